// The composition root: opens the data folder and implements OutpostApi on top of store, import,
// search and sync.
import { mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { EventName, OutpostEvents } from '../shared/api.ts';
import type { Backend, BackendOptions } from './backend-types.ts';
import { importBytes, importPaths } from './import/import-files.ts';
import { IMAGES_FOLDER, rewriteCachedImages } from './media-files.ts';
import { createHttpClient, type GetOptions, type HttpClient } from './net/http-client.ts';
import { createSearchService, type SearchService } from './search/search-service.ts';
import {
  articleFilterSql,
  countArticles,
  getArticle,
  listArticles,
  setArticleFlag,
} from './store/articles.ts';
import {
  applyTagEdits,
  deleteTagRule,
  insertTagRule,
  isStaleTagged,
  listTagFacets,
  listTagRules,
} from './store/tags.ts';
import { createTaggingService } from './tagging/tagging-service.ts';
import { TAGGER_VERSION } from './tagging/tagger.ts';
import { openDatabase } from './store/db.ts';
import { listFeeds, removeFeed, updateFeed } from './store/feeds.ts';
import { createFolder, deleteFolder, listFolders, renameFolder } from './store/folders.ts';
import { cachedImages } from './store/images.ts';
import { createSettingsFile } from './store/settings-file.ts';
import {
  deleteSavedSearch,
  insertSavedSearch,
  listSavedSearchRows,
} from './store/saved-searches.ts';
import { listSources } from './store/sources.ts';
import { parseQuery } from '../shared/query.ts';
import type { SyncContext } from './sync/context.ts';
import { writeOpml } from './sync/opml.ts';
import { startScheduler, type Scheduler } from './sync/scheduler.ts';
import { addFeed, importOpml } from './sync/subscriptions.ts';
import { createSyncEngine } from './sync/sync-engine.ts';
import { createWorkerPool } from './workers/pool.ts';
import { workerEntry } from './workers/worker-url.ts';

export type { Backend, BackendOptions } from './backend-types.ts';

export const DATABASE_FILE = 'outpost.db';

export async function createBackend(options: BackendOptions): Promise<Backend> {
  const { dataDir } = options;
  const now = options.now ?? (() => new Date());
  mkdirSync(dataDir, { recursive: true });
  const databaseFile = join(dataDir, DATABASE_FILE);
  const db = openDatabase(databaseFile);
  const settings = options.settings ?? createSettingsFile(dataDir);
  // Search runs on two worker threads; one-shot CLI commands that never search do not start
  // them (whatever they store is indexed when a search next starts). Long-running hosts start
  // them at once so the index is loaded before the first query.
  let searchService: SearchService | null = null;
  const search = () =>
    (searchService ??= createSearchService(dataDir, (documents) =>
      emit('search-updated', { documents }),
    ));
  if (options.autoSync) search();
  const listeners = new Map<EventName, Set<(payload: never) => void>>();

  function emit<E extends EventName>(event: E, payload: OutpostEvents[E]): void {
    if (event === 'articles-changed') {
      const { reason, ids } = payload as OutpostEvents['articles-changed'];
      // New and changed articles are tagged before search sees them, so they are indexed once.
      if (reason === 'import' || reason === 'sync') tagging.tagArticles(ids);
      // An empty list means "anything may have changed" (a feed and its articles went away).
      searchService?.articlesChanged(ids.length > 0 ? ids : null, reason !== 'state');
    }
    for (const listener of listeners.get(event) ?? []) {
      (listener as (p: OutpostEvents[E]) => void)(payload);
    }
  }

  const tagging = createTaggingService({
    db,
    changed: (ids) => emit('articles-changed', { reason: 'tags', ids }),
  });
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
    emit,
  };
  const engine = createSyncEngine(sync);
  const scheduler: Scheduler | null = options.autoSync
    ? startScheduler(sync, engine, options.schedulerTiming)
    : null;

  function afterImport(report: Awaited<ReturnType<typeof importPaths>>) {
    const ids = report.items.flatMap((item) => (item.status === 'imported' ? [item.id] : []));
    if (ids.length > 0) emit('articles-changed', { reason: 'import', ids });
    return report;
  }

  const importContext = { db, now };

  function articleWithImages(id: number) {
    // An article the background has not re-tagged yet is brought up to date when opened.
    if (isStaleTagged(db, id, TAGGER_VERSION)) tagging.tagArticles([id]);
    const article = getArticle(db, id);
    if (!article) return null;
    return { ...article, html: rewriteCachedImages(article.html, cachedImages(db, id)) };
  }

  return {
    async listArticles(filter) {
      return listArticles(db, filter);
    },
    async getArticle(id) {
      return articleWithImages(id);
    },
    async search(query, searchOptions) {
      return search().search(query, searchOptions);
    },
    async listSavedSearches() {
      const rows = listSavedSearchRows(db);
      const counts = await Promise.all(rows.map((row) => search().count(row.query)));
      return rows.map((row, i) => ({ ...row, ...counts[i]! }));
    },
    async saveSearch(name, query) {
      const parsed = parseQuery(query);
      if (!parsed.ok) throw new Error(parsed.problem);
      const row = insertSavedSearch(db, name, query, now());
      emit('saved-searches-changed', { ids: [row.id] });
      return { ...row, ...(await search().count(row.query)) };
    },
    async deleteSavedSearch(id) {
      deleteSavedSearch(db, id);
      emit('saved-searches-changed', { ids: [id] });
    },
    whenSearchReady() {
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
      setArticleFlag(db, id, 'read', read);
      emit('articles-changed', { reason: 'state', ids: [id] });
    },
    async setStarred(id, starred) {
      setArticleFlag(db, id, 'starred', starred);
      emit('articles-changed', { reason: 'state', ids: [id] });
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
      emit('feeds-changed', { ids: [id] });
      return feed;
    },
    async removeFeed(id) {
      const result = removeFeed(db, id, now());
      emit('feeds-changed', { ids: [id] });
      emit('articles-changed', { reason: 'sync', ids: [] });
      return result;
    },
    async listFolders() {
      return listFolders(db);
    },
    async createFolder(name, parentId) {
      const folder = createFolder(db, name, parentId ?? null, now());
      emit('feeds-changed', { ids: [] });
      return folder;
    },
    async renameFolder(id, name) {
      const folder = renameFolder(db, id, name);
      emit('feeds-changed', { ids: [] });
      return folder;
    },
    async deleteFolder(id) {
      deleteFolder(db, id);
      emit('feeds-changed', { ids: [] });
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
      if (!getArticle(db, id)) throw new Error(`There is no article with id ${id}.`);
      applyTagEdits(db, id, edits);
      if (edits.some((edit) => edit.kind === 'topic')) tagging.correctionsChanged();
      emit('articles-changed', { reason: 'tags', ids: [id] });
      return articleWithImages(id);
    },
    async listTagFacets(filter) {
      return listTagFacets(db, filter, articleFilterSql);
    },
    async listTagRules() {
      return listTagRules(db);
    },
    async addTagRule(rule) {
      const added = insertTagRule(db, rule, now());
      tagging.rulesChanged();
      return added;
    },
    async deleteTagRule(id) {
      deleteTagRule(db, id);
      tagging.rulesChanged();
    },
    on(event, listener) {
      let set = listeners.get(event);
      if (!set) listeners.set(event, (set = new Set()));
      set.add(listener as (payload: never) => void);
      return () => set.delete(listener as (payload: never) => void);
    },
    async close() {
      scheduler?.stop();
      tagging.close();
      await engine.close();
      await pool.close();
      await searchService?.close();
      listeners.clear();
      db.close();
    },
  };
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
