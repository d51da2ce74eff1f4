// Where each worker thread's entry lives when running from source (CLI, tests, outpost serve).
// The desktop bundle replaces this module with one pointing at the bundled files.

export type WorkerName = 'worker' | 'search-query' | 'search-index';

const entries: Record<WorkerName, string> = {
  worker: './worker.ts',
  'search-query': '../search/query-worker.ts',
  'search-index': '../search/index-worker.ts',
};

export function workerEntry(name: WorkerName): URL {
  return new URL(entries[name], import.meta.url);
}
