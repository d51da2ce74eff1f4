// Full-text search for the backend: the one module the rest of it asks. The work happens on two
// worker threads, one answering queries and one writing the index, so the API thread never waits.
import type { SearchOptions, SearchResult } from '../../shared/model.ts';
import type { QueryFilters, SearchQuery } from '../../shared/query-ast.ts';
import { parseQuery } from '../../shared/query.ts';
import type { SegmentInfo } from './segment-files.ts';
import type { FromIndexWorker, FromQueryWorker } from './search-protocol.ts';
import { startSearchThreads, type SearchWorkers } from './search-threads.ts';

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
  /**
   * Articles that changed: `reindex` when their words or tags did (they are indexed again),
   * otherwise only their state or their absence (deleted) is refreshed.
   */
  articlesChanged(ids: number[], reindex: boolean): void;
  /** Feeds were renamed, added or removed: hits show their names as they are now. */
  sourcesChanged(): void;
  /** Drops the index and rebuilds it from the library; resolves when done. */
  reindex(): Promise<void>;
  /** Resolves once every stored article is searchable; rejects if search stops meanwhile. */
  whenReady(): Promise<void>;
  state(): SearchIndexState;
  close(): Promise<void>;
}

export interface SearchServiceOptions {
  /** For supervision tests: each pair of search threads as it starts (see search-threads.ts). */
  onWorkers?: (workers: SearchWorkers) => void;
  /** Search stopped for good (it died again after its restart): the reader should be told. */
  onStopped?: (message: string) => void;
}

interface Waiter {
  resolve: () => void;
  reject: (error: Error) => void;
}

/** New articles arrive in bursts (a sync commits feed after feed): index them together. */
const INDEX_DELAY_MS = 150;

export function createSearchService(
  dataDir: string,
  onUpdated: (documents: number) => void = () => undefined,
  options: SearchServiceOptions = {},
): SearchService {
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
  const readyWaiters: Waiter[] = [];
  const reindexWaiters: Waiter[] = [];

  const loadingDone = () => opened && doneSeq === sentSeq && queued === 0;
  const ready = () =>
    loadingDone() &&
    repairs === 0 &&
    requested === 0 &&
    pendingArticles === 0 &&
    waiting.size === 0 &&
    indexTimer === null;

  function settle(): void {
    if (ready()) for (const waiter of readyWaiters.splice(0)) waiter.resolve();
  }

  /** Everything waiting on the threads gets its answer now: `problem` for searches, an Error otherwise. */
  function settleAll(problem: string): void {
    for (const resolve of searches.values()) resolve(emptyResult(problem));
    searches.clear();
    for (const waiter of [...readyWaiters.splice(0), ...reindexWaiters.splice(0)])
      waiter.reject(new Error(problem));
  }

  /**
   * The threads are gone with whatever they held, and a fresh pair (if any) starts from disk.
   * Articles waiting to be sent need no resend: their revisions are committed, so the new index
   * thread's catch-up finds them.
   */
  function forgetThreads(): void {
    segments.clear();
    sentSeq = doneSeq = announcedSeq = 0;
    queued = loaded = documents = 0;
    opened = false;
    pendingArticles = requested = repairs = 0;
    if (indexTimer) clearTimeout(indexTimer);
    indexTimer = null;
    waiting = new Set();
    notice = null;
  }

  const threads = startSearchThreads(dataDir, {
    onQueryMessage,
    onIndexMessage,
    onLost(problem) {
      settleAll(problem);
      forgetThreads();
      if (threads.ended()) options.onStopped?.(problem);
    },
    onWorkers: options.onWorkers,
  });

  function sendSegments(change: { added: SegmentInfo[]; removed?: SegmentInfo[] }): void {
    for (const segment of change.removed ?? []) segments.delete(segment.id);
    for (const segment of change.added) segments.set(segment.id, segment);
    const seq = ++sentSeq;
    if (change.removed)
      threads.toQuery({ type: 'replace', seq, removed: change.removed, added: change.added });
    else threads.toQuery({ type: 'add', seq, segments: change.added });
  }

  function onQueryMessage(message: Exclude<FromQueryWorker, { type: 'closed' }>): void {
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
        threads.toIndex({ type: 'damaged', segments: message.segments });
        return;
      case 'released':
        threads.toIndex({ type: 'release', files: message.files });
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
    }
  }

  function onIndexMessage(message: Exclude<FromIndexWorker, { type: 'closed' }>): void {
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
        for (const waiter of reindexWaiters.splice(0)) waiter.resolve();
        return;
      case 'error':
        notice = `The search index could not be updated: ${message.message}`;
        return;
    }
  }

  /** What the reader should know about results right now, if anything. */
  function currentNotice(): string | null {
    const problem = threads.problem();
    if (problem) return problem;
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
    threads.toIndex({ type: 'index', ids });
  }

  /** One query for the query thread; answered at once with the reason when no thread can take it. */
  function ask(query: SearchQuery, searchOptions: SearchOptions): Promise<SearchResult> {
    const problem = threads.problem();
    if (problem) return Promise.resolve(emptyResult(problem));
    const id = nextSearchId++;
    return new Promise((resolve) => {
      searches.set(id, resolve);
      threads.toQuery({ type: 'search', id, query, options: searchOptions });
    });
  }

  const service: SearchService = {
    search(query, searchOptions = {}) {
      const parsed = parseQuery(query);
      if (!parsed.ok) return Promise.resolve(emptyResult(parsed.problem));
      if (parsed.clauses.length === 0 && !hasFilters(parsed.filters)) {
        return Promise.resolve(emptyResult(null));
      }
      return ask({ clauses: parsed.clauses, filters: parsed.filters }, searchOptions);
    },
    async count(query) {
      const parsed = parseQuery(query);
      if (!parsed.ok || (parsed.clauses.length === 0 && !hasFilters(parsed.filters))) {
        return { total: 0, unread: 0 };
      }
      // A query that search could not answer (search stopped, or the query failed) counts as none.
      const run = (filters: QueryFilters) =>
        ask({ clauses: parsed.clauses, filters }, { limit: 0 });
      const [all, unread] = await Promise.all([
        run(parsed.filters),
        parsed.filters.read === true ? null : run({ ...parsed.filters, read: false }),
      ]);
      return { total: all.total, unread: unread?.total ?? 0 };
    },
    articlesChanged(ids, reindex) {
      // Without threads there is no one to tell: a fresh pair reads the library as it is then.
      if (threads.problem()) return;
      threads.toQuery({ type: 'refresh', ids });
      if (!reindex) return;
      for (const id of ids) waiting.add(id);
      indexTimer ??= setTimeout(flushIndexRequests, INDEX_DELAY_MS);
    },
    sourcesChanged() {
      if (!threads.problem()) threads.toQuery({ type: 'sources' });
    },
    async reindex() {
      const problem = threads.problem();
      if (problem) throw new Error(problem);
      notice = null;
      const rebuilt = new Promise<void>((resolve, reject) =>
        reindexWaiters.push({ resolve, reject }),
      );
      threads.toIndex({ type: 'reindex' });
      await rebuilt;
      await service.whenReady();
    },
    whenReady() {
      // While a lost pair is being replaced, readiness is still coming: wait for the fresh one.
      const problem = threads.problem();
      if (problem && threads.ended()) return Promise.reject(new Error(problem));
      if (ready()) return Promise.resolve();
      return new Promise((resolve, reject) => readyWaiters.push({ resolve, reject }));
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
      indexTimer = null;
      settleAll('Outpost is closing.');
      await threads.close();
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
