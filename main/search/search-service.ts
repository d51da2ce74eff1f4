// Full-text search for the backend: the one module the rest of it asks. The work happens on two
// worker threads, one answering queries and one writing the index, so the API thread never waits.
import { Worker } from 'node:worker_threads';
import type { SearchOptions, SearchResult } from '../../shared/model.ts';
import type { QueryFilters } from '../../shared/query-ast.ts';
import { parseQuery } from '../../shared/query.ts';
import { workerEntry } from '../workers/worker-url.ts';
import type { SegmentInfo } from './segment-files.ts';
import type {
  FromIndexWorker,
  FromQueryWorker,
  ToIndexWorker,
  ToQueryWorker,
} from './search-protocol.ts';

export interface SearchIndexState {
  state: 'loading' | 'indexing' | 'ready';
  documents: number;
  segments: number;
  /** Articles stored but not yet searchable. */
  pendingArticles: number;
  bytesOnDisk: number;
  notice: string | null;
}

export interface SearchService {
  search(query: string, options?: SearchOptions): Promise<SearchResult>;
  /** How many articles match, and how many of those are unread (for smart folders). */
  count(query: string): Promise<{ total: number; unread: number }>;
  /** New or changed articles (ids), or null when anything may have changed (deletions). */
  articlesChanged(ids: number[] | null, reindex: boolean): void;
  /** Drops the index and rebuilds it from the library; resolves when done. */
  reindex(): Promise<void>;
  /** Resolves once every stored article is searchable. */
  whenReady(): Promise<void>;
  state(): SearchIndexState;
  close(): Promise<void>;
}

/** New articles arrive in bursts (a sync commits feed after feed): index them together. */
const INDEX_DELAY_MS = 150;

export function createSearchService(
  dataDir: string,
  onUpdated: (documents: number) => void = () => undefined,
): SearchService {
  const queryWorker = new Worker(workerEntry('search-query'));
  const indexWorker = new Worker(workerEntry('search-index'));
  const toQuery = (message: ToQueryWorker) => queryWorker.postMessage(message);
  const toIndex = (message: ToIndexWorker) => indexWorker.postMessage(message);

  const searches = new Map<number, (result: SearchResult) => void>();
  let nextSearchId = 1;
  const segments = new Map<number, SegmentInfo>();
  /** Segment changes sent to the query thread, and the last one it has handled. */
  let sentSeq = 0;
  let doneSeq = 0;
  let announcedSeq = 0;
  let queued = 0;
  let loaded = 0;
  let documents = 0;
  let opened = false;
  /** Articles the index thread is working on, and ids waiting to be sent to it. */
  let pendingArticles = 0;
  let waiting = new Set<number>();
  let indexTimer: NodeJS.Timeout | null = null;
  let notice: string | null = null;
  /** Damaged segments reported but not yet rebuilt. */
  let repairs = 0;
  /** Articles sent to the index thread whose segment has not been reported yet. */
  let requested = 0;
  const readyWaiters: Array<() => void> = [];
  const reindexWaiters: Array<() => void> = [];
  let closing: { resolve: () => void; closed: Set<string> } | null = null;

  const loadingDone = () => opened && doneSeq === sentSeq && queued === 0;
  const ready = () =>
    loadingDone() &&
    repairs === 0 &&
    requested === 0 &&
    pendingArticles === 0 &&
    waiting.size === 0 &&
    indexTimer === null;

  function settle(): void {
    if (ready()) for (const resolve of readyWaiters.splice(0)) resolve();
  }

  function sendSegments(change: { added: SegmentInfo[]; removed?: SegmentInfo[] }): void {
    for (const segment of change.removed ?? []) segments.delete(segment.id);
    for (const segment of change.added) segments.set(segment.id, segment);
    const seq = ++sentSeq;
    if (change.removed)
      toQuery({ type: 'replace', seq, removed: change.removed, added: change.added });
    else toQuery({ type: 'add', seq, segments: change.added });
  }

  queryWorker.on('message', (message: FromQueryWorker) => {
    switch (message.type) {
      case 'progress': {
        ({ seq: doneSeq, queued, loaded, documents } = message);
        // Once per batch of segment changes, when all of it is loaded.
        if (doneSeq === sentSeq && queued === 0 && doneSeq > announcedSeq) {
          announcedSeq = doneSeq;
          onUpdated(documents);
        }
        settle();
        return;
      }
      case 'damaged':
        notice = `${message.message} Outpost is rebuilding that part of the search index.`;
        // Not ready until the index thread says it has rebuilt what the segment held.
        repairs++;
        toIndex({ type: 'damaged', segments: message.segments });
        return;
      case 'released':
        toIndex({ type: 'release', files: message.files });
        return;
      case 'result':
      case 'failed': {
        const resolve = searches.get(message.id);
        searches.delete(message.id);
        if (!resolve) return;
        if (message.type === 'failed')
          return resolve(emptyResult(`Search failed: ${message.message}`));
        resolve({ ...message.result, problem: null, notice: currentNotice() });
        return;
      }
      case 'closed':
        markClosed('query');
        return;
    }
  });

  indexWorker.on('message', (message: FromIndexWorker) => {
    switch (message.type) {
      case 'opened':
        opened = true;
        notice = message.notice;
        pendingArticles = message.pending;
        sendSegments({ added: message.segments });
        return;
      case 'added':
        sendSegments({ added: message.segments });
        return;
      case 'replaced':
        sendSegments({ added: message.added, removed: message.removed });
        return;
      case 'pending':
        pendingArticles = message.articles;
        settle();
        return;
      case 'indexed':
        requested -= message.articles;
        settle();
        return;
      case 'repaired':
        repairs--;
        settle();
        return;
      case 'reindexed':
        for (const resolve of reindexWaiters.splice(0)) resolve();
        return;
      case 'error':
        notice = `The search index could not be updated: ${message.message}`;
        return;
      case 'closed':
        markClosed('index');
        return;
    }
  });

  for (const worker of [queryWorker, indexWorker]) {
    worker.on('error', (error) => {
      notice = `Search stopped working (${error.message}). Restart Outpost to search again.`;
    });
  }

  function markClosed(which: string): void {
    closing?.closed.add(which);
    if (closing?.closed.size === 2) closing.resolve();
  }

  /** What the reader should know about results right now, if anything. */
  function currentNotice(): string | null {
    if (!loadingDone()) {
      const total = loaded + queued;
      return `Older articles are still being loaded into search (${loaded} of ${total} parts).`;
    }
    const adding = pendingArticles + requested + waiting.size;
    if (adding > 0) return `${adding} articles are still being added to search.`;
    return notice;
  }

  function flushIndexRequests(): void {
    indexTimer = null;
    const ids = [...waiting];
    waiting = new Set();
    if (ids.length === 0) return;
    requested += ids.length;
    toIndex({ type: 'index', ids });
  }

  toQuery({ type: 'start', dataDir });
  toIndex({ type: 'start', dataDir });

  const service: SearchService = {
    search(query, options = {}) {
      const parsed = parseQuery(query);
      if (!parsed.ok) return Promise.resolve(emptyResult(parsed.problem));
      if (parsed.clauses.length === 0 && !hasFilters(parsed.filters)) {
        return Promise.resolve(emptyResult(null));
      }
      const id = nextSearchId++;
      return new Promise((resolve) => {
        searches.set(id, resolve);
        toQuery({
          type: 'search',
          id,
          query: { clauses: parsed.clauses, filters: parsed.filters },
          options,
        });
      });
    },
    async count(query) {
      const parsed = parseQuery(query);
      if (!parsed.ok || (parsed.clauses.length === 0 && !hasFilters(parsed.filters))) {
        return { total: 0, unread: 0 };
      }
      const run = (filters: QueryFilters) =>
        new Promise<SearchResult>((resolve) => {
          const id = nextSearchId++;
          searches.set(id, resolve);
          toQuery({
            type: 'search',
            id,
            query: { clauses: parsed.clauses, filters },
            options: { limit: 0 },
          });
        });
      const [all, unread] = await Promise.all([
        run(parsed.filters),
        parsed.filters.read === true ? null : run({ ...parsed.filters, read: false }),
      ]);
      return { total: all.total, unread: unread?.total ?? 0 };
    },
    articlesChanged(ids, reindex) {
      toQuery({ type: 'refresh', ids });
      if (!reindex) return;
      if (ids === null) {
        toIndex({ type: 'reconcile' });
        return;
      }
      for (const id of ids) waiting.add(id);
      indexTimer ??= setTimeout(flushIndexRequests, INDEX_DELAY_MS);
    },
    async reindex() {
      notice = null;
      const rebuilt = new Promise<void>((resolve) => reindexWaiters.push(resolve));
      toIndex({ type: 'reindex' });
      await rebuilt;
      await service.whenReady();
    },
    whenReady() {
      if (ready()) return Promise.resolve();
      return new Promise((resolve) => readyWaiters.push(resolve));
    },
    state() {
      let bytesOnDisk = 0;
      for (const segment of segments.values()) bytesOnDisk += segment.bytes;
      return {
        state: !loadingDone()
          ? 'loading'
          : pendingArticles + requested > 0 || waiting.size > 0
            ? 'indexing'
            : 'ready',
        documents,
        segments: segments.size,
        pendingArticles: pendingArticles + requested + waiting.size,
        bytesOnDisk,
        notice: currentNotice(),
      };
    },
    async close() {
      if (indexTimer) clearTimeout(indexTimer);
      for (const resolve of searches.values()) resolve(emptyResult('Outpost is closing.'));
      searches.clear();
      const closed = new Promise<void>((resolve) => {
        closing = { resolve, closed: new Set() };
      });
      toQuery({ type: 'close' });
      toIndex({ type: 'close' });
      // A worker in the middle of a long merge gets a few seconds; the next start resumes its work.
      await Promise.race([closed, new Promise((resolve) => setTimeout(resolve, 5000).unref())]);
      await Promise.all([queryWorker.terminate(), indexWorker.terminate()]);
    },
  };
  return service;
}

function hasFilters(filters: QueryFilters): boolean {
  return (
    filters.after !== null ||
    filters.before !== null ||
    filters.read !== null ||
    filters.starred !== null
  );
}

function emptyResult(problem: string | null): SearchResult {
  return {
    total: 0,
    hits: [],
    facets: { source: {}, year: {}, region: {}, topic: {}, country: {} },
    terms: [],
    problem,
    notice: null,
  };
}
