// The composition root: opens the data folder and implements OutpostApi on top of store, import,
// search and sync. Every write goes through the pipeline (store → tag → index → notify).
import { randomUUID } from 'node:crypto';
import { mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { apiMethods, type EventName, type OutpostEvents } from '../shared/api.ts';
import { codeOf, OutpostError } from '../shared/api-reply.ts';
import type { ChangesInput } from '../shared/changes.ts';
import type { Article, ArticleId } from '../shared/model.ts';
import { parseQuery } from '../shared/query.ts';
import type { Backend, BackendOptions } from './backend-types.ts';
import { importBytes, importPaths } from './import/import-files.ts';
import { countMissingImages, IMAGES_FOLDER, renderOffline } from './media-files.ts';
import { createHttpClient, type GetOptions, type HttpClient } from './net/http-client.ts';
import { isHttpError } from './net/http-error.ts';
import { followOtherWriters } from './follow-writers.ts';
import { createPipeline } from './pipeline.ts';
import { createSearchService, type SearchService } from './search/search-service.ts';
import { countArticles, getArticle, listArticles, setArticleState } from './store/articles.ts';
import { appendChanges } from './store/change-log.ts';
import { announcedWrite, openDatabase, type Database } from './store/db.ts';
import { listFeeds, removeFeed, updateFeed } from './store/feeds.ts';
import { createFolder, deleteFolder, listFolders, renameFolder } from './store/folders.ts';
import { articleImages } from './store/images.ts';
import {
  deleteSavedSearch,
  insertSavedSearch,
  listSavedSearchRows,
} from './store/saved-searches.ts';
import { createSettingsFile } from './store/settings-file.ts';
import { listSources } from './store/sources.ts';
import { deleteTagRule, insertTagRule, listTagRules } from './store/tag-rules.ts';
import { applyTagEdits, isStaleTagged, listTagFacets, toTagChanges } from './store/tags.ts';
import type { SyncContext } from './sync/context.ts';
import { writeOpml } from './sync/opml.ts';
import { startScheduler, type Scheduler } from './sync/scheduler.ts';
import { addFeed, importOpml } from './sync/subscriptions.ts';
import { fetchArticleImages } from './sync/image-cache.ts';
import { createSyncEngine, imageBudget } from './sync/sync-engine.ts';
import { TAGGER_VERSION } from './tagging/tagger.ts';
import { createTaggingService } from './tagging/tagging-service.ts';
import { createWorkerPool } from './workers/pool.ts';
import { workerEntry } from './workers/worker-url.ts';

export type { Backend, BackendOptions } from './backend-types.ts';

export const DATABASE_FILE = 'outpost.db';

export async function createBackend(options: BackendOptions): Promise<Backend> {
  const { dataDir } = options;
  const now = options.now ?? (() => new Date());
  mkdirSync(dataDir, { recursive: true });
  const databaseFile = join(dataDir, DATABASE_FILE);
  const db = openDatabase(databaseFile, { busyTimeoutMs: options.busyTimeoutMs });
  const listeners = new Map<EventName, Set<(payload: never) => void>>();

  function emit<E extends EventName>(event: E, payload: OutpostEvents[E]): void {
    for (const listener of listeners.get(event) ?? []) {
      (listener as (p: OutpostEvents[E]) => void)(payload);
    }
  }

  /** Kept for `stats` (a window opened later still learns of it) and announced now. */
  const notices: string[] = [];
  function notify(message: string): void {
    if (!notices.includes(message)) notices.push(message);
    emit('notice', { message });
  }

  const settings = options.settings ?? createSettingsFile(dataDir, { onDamaged: notify });

  // Search runs on two worker threads; one-shot CLI commands that never search do not start
  // them (whatever they store is indexed when a search next starts). Long-running hosts start
  // them at once so the index is loaded before the first query.
  let searchService: SearchService | null = null;
  const search = () =>
    (searchService ??= createSearchService(
      dataDir,
      (documents) => emit('search-updated', { documents }),
      { onStopped: notify },
    ));
  if (options.autoSync) search();

  const tagging = createTaggingService({
    db,
    // The background re-tagging of the archive is a writer like any other.
    changed: (tags) => pipeline.commit({ tags }),
  });
  // This process's name in the change log, which other processes with the library open read.
  const writer = randomUUID();
  const pipeline = createPipeline({
    tag: (ids) => tagging.tagArticles(ids),
    search: () => searchService,
    notify: (changes) => emit('changed', changes),
    record: (changes) => appendChanges(db, writer, changes, now()),
  });
  const commit = (stored: ChangesInput) => pipeline.commit(stored);
  // Long-running hosts follow what other processes (a command, another window's host) write.
  const follower = options.autoSync
    ? followOtherWriters(db, writer, (changes) => pipeline.absorb(changes))
    : null;

  // Long-running hosts bring the archive up to the current tagger in the background.
  if (options.autoSync) {
    tagging.warmUp();
    tagging.startBackground();
  }

  const pool = createWorkerPool(workerEntry('worker'));
  const sync: SyncContext = {
    db,
    http: withRequestDefaults(
      createHttpClient({
        fetch: options.fetch ?? globalThis.fetch,
        now,
        ...(options.acceptEncoding !== undefined ? { acceptEncoding: options.acceptEncoding } : {}),
      }),
      options.requestDefaults ?? {},
    ),
    pool,
    imagesDir: join(dataDir, IMAGES_FOLDER),
    now,
    random: options.random ?? Math.random,
    settings,
    commit,
    report: emit,
  };
  const engine = createSyncEngine(sync);
  const scheduler: Scheduler | null = options.autoSync
    ? startScheduler(sync, engine, options.schedulerTiming)
    : null;

  function afterImport(report: Awaited<ReturnType<typeof importPaths>>) {
    const added = report.items.flatMap((item) => (item.status === 'imported' ? [item.id] : []));
    commit({ articles: { added } });
    return report;
  }

  const importContext = { db, now, pool };

  function articleWithImages(id: ArticleId): Article | null {
    // An article the background has not re-tagged yet is brought up to date when opened.
    if (isStaleTagged(db, id, TAGGER_VERSION)) commit({ tags: tagging.tagArticles([id]) });
    const article = getArticle(db, id);
    if (!article) return null;
    const html = renderOffline(article.html, articleImages(db, id));
    return { ...article, html, missingImages: countMissingImages(html) };
  }

  function setState(id: ArticleId, patch: { read?: boolean; starred?: boolean }): void {
    const change = setArticleState(db, id, patch);
    if (change) commit({ states: [change] });
  }

  const backend: Backend = {
    async listArticles(filter) {
      return listArticles(db, filter);
    },
    async getArticle(id) {
      return articleWithImages(id);
    },
    async loadImages(id) {
      if (!getArticle(db, id))
        throw new OutpostError('not-found', `There is no article with id ${id}.`);
      const limits = imageBudget(await settings.get());
      const { cached } = await fetchArticleImages(sync, id, limits);
      if (cached > 0) commit({ articles: { updated: [id] } });
      return articleWithImages(id);
    },
    async openArticle(id) {
      try {
        setState(id, { read: true });
      } catch (error) {
        if (codeOf(error) === 'not-found') return null;
        throw error;
      }
      return articleWithImages(id);
    },
    async search(query, searchOptions) {
      return search().search(query, searchOptions);
    },
    async listSavedSearches() {
      const rows = listSavedSearchRows(db);
      // A count search cannot give in time leaves its row at zero rather than the list empty.
      const counts = await Promise.all(
        rows.map((row) =>
          search()
            .count(row.query)
            .catch(() => ({ total: 0, unread: 0 })),
        ),
      );
      return rows.map((row, i) => ({ ...row, ...counts[i]! }));
    },
    async saveSearch(name, query) {
      const parsed = parseQuery(query);
      if (!parsed.ok) throw new OutpostError('invalid', parsed.problem);
      const row = insertSavedSearch(db, name, query, now());
      commit({ savedSearches: { added: [row.id] } });
      return { ...row, ...(await search().count(row.query)) };
    },
    async deleteSavedSearch(id) {
      deleteSavedSearch(db, id);
      commit({ savedSearches: { removed: [id] } });
    },
    async whenSearchReady() {
      // Articles a stopped writer stored but never tagged would be found without their places
      // and topics: they are tagged first, then indexed with the rest.
      await tagging.finishInterrupted();
      return search().whenReady();
    },
    reindex() {
      return search().reindex();
    },
    async importFiles(paths) {
      return afterImport(await importPaths(importContext, paths));
    },
    async importDocuments(documents) {
      const decoded = documents.map((document) => ({
        name: document.name,
        bytes: Buffer.from(document.base64, 'base64'),
      }));
      return afterImport(await importBytes(importContext, decoded));
    },
    async setRead(id, read) {
      setState(id, { read });
    },
    async setStarred(id, starred) {
      setState(id, { starred });
    },
    async listSources() {
      return listSources(db);
    },
    async stats() {
      const counts = countArticles(db);
      return {
        ...counts,
        sources: listSources(db).length,
        dataDir,
        databaseBytes: fileSize(databaseFile) + fileSize(`${databaseFile}-wal`),
        index: search().state(),
        tagging: { version: TAGGER_VERSION, pendingArticles: tagging.pending() },
        notices: [...notices],
      };
    },
    async getSettings() {
      return settings.get();
    },
    async updateSettings(patch) {
      const next = await settings.update(patch);
      emit('settings-changed', next);
      return next;
    },
    async addFeed(url, addOptions) {
      return addFeed(sync, url, addOptions?.folderId ?? null);
    },
    async listFeeds() {
      return listFeeds(db);
    },
    async updateFeed(id, patch) {
      const feed = updateFeed(db, id, patch);
      commit({ feeds: { updated: [id] } });
      return feed;
    },
    async removeFeed(id) {
      const { removedIds, ...result } = removeFeed(db, id, now());
      commit({ feeds: { removed: [id] }, articles: { removed: removedIds } });
      return result;
    },
    async listFolders() {
      return listFolders(db);
    },
    async createFolder(name, parentId) {
      const folder = createFolder(db, name, parentId ?? null, now());
      commit({ folders: { added: [folder.id] } });
      return folder;
    },
    async renameFolder(id, name) {
      const folder = renameFolder(db, id, name);
      commit({ folders: { updated: [id] } });
      return folder;
    },
    async deleteFolder(id) {
      const moved = deleteFolder(db, id);
      commit({
        folders: { removed: [id], updated: moved.movedFolders },
        feeds: { updated: moved.movedFeeds },
      });
    },
    async importOpml(text) {
      return importOpml(sync, text);
    },
    async exportOpml() {
      return writeOpml(listFolders(db), listFeeds(db), now());
    },
    async sync(syncOptions) {
      return engine.sync(syncOptions);
    },
    async cancelSync() {
      engine.cancel();
    },
    async getSyncProgress() {
      return engine.progress();
    },
    async editTags(id, edits) {
      if (!getArticle(db, id))
        throw new OutpostError('not-found', `There is no article with id ${id}.`);
      const diff = applyTagEdits(db, id, edits);
      if (edits.some((edit) => edit.kind === 'topic')) tagging.correctionsChanged();
      if (diff) commit({ tags: toTagChanges(db, new Map([[id, diff]])) });
      return articleWithImages(id);
    },
    async listTagFacets(filter) {
      return listTagFacets(db, filter);
    },
    async listTagRules() {
      return listTagRules(db);
    },
    async addTagRule(rule) {
      const added = insertTagRule(db, rule, now());
      tagging.rulesChanged();
      commit({ tagRules: { added: [added.id] } });
      return added;
    },
    async deleteTagRule(id) {
      deleteTagRule(db, id);
      tagging.rulesChanged();
      commit({ tagRules: { removed: [id] } });
    },
    on(event, listener) {
      let set = listeners.get(event);
      if (!set) listeners.set(event, (set = new Set()));
      set.add(listener as (payload: never) => void);
      return () => set.delete(listener as (payload: never) => void);
    },
    async close() {
      follower?.stop();
      scheduler?.stop();
      tagging.close();
      await engine.close();
      await pool.close();
      await searchService?.close();
      listeners.clear();
      db.close();
    },
  };
  return withErrorCodes(backend, db);
}

/**
 * Calls that write in one short transaction, made while someone waits: they go ahead of other
 * processes' bulk writes (see write-turns.ts), and when another process still holds the library's
 * write lock, nothing of theirs was written yet, so they are simply tried again a little later.
 */
const RETRIED_WHEN_BUSY = new Set<string>([
  'openArticle',
  'setRead',
  'setStarred',
  'editTags',
  'updateFeed',
  'removeFeed',
  'createFolder',
  'renameFolder',
  'deleteFolder',
  'saveSearch',
  'deleteSavedSearch',
  'addTagRule',
  'deleteTagRule',
]);
const BUSY_RETRIES = [200, 500, 1000, 2000, 4000];

/**
 * Failures from below the API that have a meaning for the reader get their code here, once: a
 * download that failed is a network problem whichever call needed it; a library locked by another
 * process is retried, then said in words (never "database is locked").
 */
function withErrorCodes(backend: Backend, db: Database): Backend {
  const wrapped: Backend = { ...backend };
  for (const method of apiMethods) {
    const call = backend[method] as (...args: unknown[]) => Promise<unknown>;
    (wrapped as unknown as Record<string, unknown>)[method] = async (...args: unknown[]) => {
      const short = RETRIED_WHEN_BUSY.has(method);
      for (let attempt = 0; ; attempt++) {
        try {
          // A short write someone waits for goes ahead of other processes' bulk writes.
          if (short) return await announcedWrite(db, () => call.apply(backend, args));
          return await call.apply(backend, args);
        } catch (error) {
          if (isBusy(error)) {
            const wait = BUSY_RETRIES[attempt];
            if (short && wait !== undefined) {
              await new Promise((resolve) => setTimeout(resolve, wait));
              continue;
            }
            throw new OutpostError(
              'unavailable',
              'The library is busy: another Outpost (the app, outpost serve or a command) is writing to it. Try again in a moment.',
              { cause: error },
            );
          }
          if (isHttpError(error) && error.code !== 'cancelled')
            throw new OutpostError('network', error.message, { cause: error });
          throw error;
        }
      }
    };
  }
  return wrapped;
}

/** SQLite's "database is locked": another connection holds the write lock past the busy timeout. */
function isBusy(error: unknown): boolean {
  const errcode = (error as { errcode?: unknown } | null)?.errcode;
  return (
    (error as { code?: unknown } | null)?.code === 'ERR_SQLITE_ERROR' &&
    (errcode === 5 || errcode === 6)
  );
}

function fileSize(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}

/** The same client with other defaults (timeouts, caps); a request's own options still win. */
function withRequestDefaults(client: HttpClient, defaults: GetOptions): HttpClient {
  return { get: (url, options) => client.get(url, { ...defaults, ...options }) };
}
