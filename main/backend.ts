// The composition root: opens the data folder and implements OutpostApi on top of store, import and search.
import { mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { EventName, OutpostEvents } from '../shared/api.ts';
import type { Backend, BackendOptions } from './backend-types.ts';
import { importBytes, importPaths } from './import/import-files.ts';
import { createSearchIndex } from './search/search-index.ts';
import { countArticles, getArticle, listArticles, setArticleFlag } from './store/articles.ts';
import { openDatabase } from './store/db.ts';
import { createSettingsFile } from './store/settings-file.ts';
import { listSources } from './store/sources.ts';

export type { Backend, BackendOptions } from './backend-types.ts';

export const DATABASE_FILE = 'outpost.db';

export async function createBackend(options: BackendOptions): Promise<Backend> {
  const { dataDir } = options;
  const now = options.now ?? (() => new Date());
  mkdirSync(dataDir, { recursive: true });
  const databaseFile = join(dataDir, DATABASE_FILE);
  const db = openDatabase(databaseFile);
  const settings = options.settings ?? createSettingsFile(dataDir);
  const search = createSearchIndex(db);
  const listeners = new Map<EventName, Set<(payload: never) => void>>();

  function emit<E extends EventName>(event: E, payload: OutpostEvents[E]): void {
    for (const listener of listeners.get(event) ?? [])
      (listener as (p: OutpostEvents[E]) => void)(payload);
  }

  function afterImport(report: Awaited<ReturnType<typeof importPaths>>) {
    const ids = report.items.flatMap((item) => (item.status === 'imported' ? [item.id] : []));
    if (ids.length > 0) {
      search.invalidate();
      emit('articles-changed', { reason: 'import', ids });
    }
    return report;
  }

  const context = { db, now };

  return {
    async listArticles(filter) {
      return listArticles(db, filter);
    },
    async getArticle(id) {
      return getArticle(db, id);
    },
    async search(query, searchOptions) {
      return search.search(query, searchOptions);
    },
    async importFiles(paths) {
      return afterImport(await importPaths(context, paths));
    },
    async importDocuments(documents) {
      const decoded = documents.map((document) => ({
        name: document.name,
        bytes: Buffer.from(document.base64, 'base64'),
      }));
      return afterImport(await importBytes(context, decoded));
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
        index: search.state(),
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
    on(event, listener) {
      let set = listeners.get(event);
      if (!set) listeners.set(event, (set = new Set()));
      set.add(listener as (payload: never) => void);
      return () => set.delete(listener as (payload: never) => void);
    },
    async close() {
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
