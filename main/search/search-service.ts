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
  /**
   * Drops the index and rebuilds it from the library; resolves when done, rejects if search
   * stops, fails to write the index or goes silent (see SEARCH_TIMEOUTS).
   */
  reindex(): Promise<void>;
  /**
   * Resolves once every stored article is searchable; rejects if search stops, cannot write the
   * index or goes silent meanwhile (see SEARCH_TIMEOUTS).
   */
  whenReady(): Promise<void>;
  state(): SearchIndexState;
  close(): Promise<void>;
}

export interface SearchServiceOptions {
  /** For supervision tests: each pair of search threads as it starts (see search-threads.ts). */
  onWorkers?: (workers: SearchWorkers) => void;
  /** Search stopped for good (it died again after its restart): the reader should be told. */
  onStopped?: (message: string) => void;
  /** For tests: shorter limits than SEARCH_TIMEOUTS. */
  timeouts?: Partial<SearchTimeouts>;
}

export interface SearchTimeouts {
  /** How long a search or count waits for the query thread's answer. */
  answerMs: number;
  /** How long whenReady and reindex wait while neither search thread says anything. */
  silenceMs: number;
}

/**
 * A search waits behind at most one step of the query thread: opening (every article's dates and
 * tags, a few seconds at 50,000 articles on a slow laptop), loading one segment (at most 4,000
 * articles, under a second here, a few seconds there), or another query (well under a second).
 * Searches are answered between segment loads, so a first search does not wait for the whole
 * index. 30 s is several times the slowest of those steps: only a stuck thread reaches it.
 *
 * Readiness and a rebuild legitimately take minutes at 50,000 articles (fifty segments of 1,000
 * articles, then merges of up to 4,000), so they get no deadline; what must not happen is waiting
 * on threads that have stopped doing anything. The index thread reports each segment and, while
 * building one, that it is working at least once a second; the query thread reports each segment
 * it loads. Their longest quiet step (finishing and writing a 4,000-article segment) takes about
 * 2 s on a 2-core machine, so 2 minutes of silence means nothing is moving.
 */
export const SEARCH_TIMEOUTS: SearchTimeouts = { answerMs: 30_000, silenceMs: 120_000 };

interface Waiter {
  resolve: () => void;
  reject: (error: Error) => void;
}

interface PendingSearch {
  resolve: (result: SearchResult) => void;
  timer: NodeJS.Timeout;
}

/** New articles arrive in bursts (a sync commits feed after feed): index them together. */
const INDEX_DELAY_MS = 150;

export function createSearchService(
  dataDir: string,
  onUpdated: (documents: number) => void = () => undefined,
  options: SearchServiceOptions = {},
): SearchService {
  const timeouts = { ...SEARCH_TIMEOUTS, ...options.timeouts };
  const searches = new Map<number, PendingSearch>();
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
  /** Why the index thread could not finish its work; cleared when a catch-up completes. */
  let failure: string | null = null;
  const readyWaiters: Waiter[] = [];
  const reindexWaiters: Waiter[] = [];
  /** Runs while something waits on readiness or a rebuild; every message from a thread restarts it. */
  let silenceTimer: NodeJS.Timeout | null = null;

  const loadingDone = () => opened && doneSeq === sentSeq && queued === 0;
  const ready = () =>
    failure === null &&
    loadingDone() &&
    repairs === 0 &&
    requested === 0 &&
    pendingArticles === 0 &&
    waiting.size === 0 &&
    indexTimer === null;

  function settle(): void {
    if (ready()) for (const waiter of readyWaiters.splice(0)) waiter.resolve();
    stopWatchingSilence();
  }

  function wait(waiters: Waiter[]): Promise<void> {
    return new Promise((resolve, reject) => {
      waiters.push({ resolve, reject });
      if (!silenceTimer) {
        silenceTimer = setTimeout(onSilence, timeouts.silenceMs);
        // The threads keep the process alive while they run; this timer alone must not.
        silenceTimer.unref();
      }
    });
  }

  function rejectWaiters(waiters: Waiter[], problem: string): void {
    for (const waiter of waiters.splice(0)) waiter.reject(new Error(problem));
    stopWatchingSilence();
  }

  function stopWatchingSilence(): void {
    if (silenceTimer && readyWaiters.length === 0 && reindexWaiters.length === 0) {
      clearTimeout(silenceTimer);
      silenceTimer = null;
    }
  }

  function onSilence(): void {
    silenceTimer = null;
    const problem =
      `Search has not made progress for ${describeDuration(timeouts.silenceMs)} while bringing ` +
      'its index up to date. Restart Outpost to try again.';
    rejectWaiters(readyWaiters, problem);
    rejectWaiters(reindexWaiters, problem);
  }

  /** Everything waiting on the threads gets its answer now: `problem` for searches, an Error otherwise. */
  function settleAll(problem: string): void {
    for (const search of searches.values()) {
      clearTimeout(search.timer);
      search.resolve(emptyResult(problem));
    }
    searches.clear();
    rejectWaiters(readyWaiters, problem);
    rejectWaiters(reindexWaiters, problem);
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
    failure = null;
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
    silenceTimer?.refresh();
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
        // Absent when it was given up on (see ask): a late answer has no one to go to.
        const search = searches.get(message.id);
        searches.delete(message.id);
        if (!search) return;
        clearTimeout(search.timer);
        if (message.type === 'failed')
          return search.resolve(emptyResult(`Search failed: ${message.message}`));
        search.resolve({ ...message.result, problem: null, notice: currentNotice() });
        return;
      }
    }
  }

  function onIndexMessage(message: Exclude<FromIndexWorker, { type: 'closed' }>): void {
    silenceTimer?.refresh();
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
        if (message.articles === 0) failure = null;
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
      case 'working':
        return;
      case 'reindexed':
        if (message.refused) rejectWaiters(reindexWaiters, message.refused);
        else {
          failure = null;
          for (const waiter of reindexWaiters.splice(0)) waiter.resolve();
        }
        stopWatchingSilence();
        return;
      case 'error':
        notice = `The search index could not be updated: ${message.message}`;
        if (!message.articlesMissing) return;
        // What failed stays out of the index until the next catch-up (a restart, a repair or a
        // rebuild), so waiting for readiness would be waiting for nothing.
        failure = notice;
        rejectWaiters(readyWaiters, failure);
        rejectWaiters(reindexWaiters, failure);
        return;
    }
  }

  /** What the reader should know about results right now, if anything. */
  function currentNotice(): string | null {
    const problem = threads.problem();
    if (problem) return problem;
    if (failure) return failure;
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

  /**
   * One query for the query thread; answered at once with the reason when no thread can take it.
   * Rejects when the thread does not answer in time (see SEARCH_TIMEOUTS).
   */
  function ask(query: SearchQuery, searchOptions: SearchOptions): Promise<SearchResult> {
    const problem = threads.problem();
    if (problem) return Promise.resolve(emptyResult(problem));
    const id = nextSearchId++;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        searches.delete(id);
        reject(
          new Error(
            `Search did not answer in ${describeDuration(timeouts.answerMs)}. It may be busy ` +
              'loading a large index: try again in a minute, and restart Outpost if this keeps happening.',
          ),
        );
      }, timeouts.answerMs);
      timer.unref();
      searches.set(id, { resolve, timer });
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
      return ask({ clauses: parsed.clauses, filters: parsed.filters }, searchOptions).catch(
        (error: Error) => emptyResult(error.message),
      );
    },
    async count(query) {
      const parsed = parseQuery(query);
      if (!parsed.ok || (parsed.clauses.length === 0 && !hasFilters(parsed.filters))) {
        return { total: 0, unread: 0 };
      }
      // A query that search could not answer (search stopped, or the query failed) counts as none;
      // stopping is announced on its own (onStopped). A thread that does not answer is announced
      // nowhere else, so that rejects with the reason rather than pass for zero matches.
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
      const rebuilt = wait(reindexWaiters);
      threads.toIndex({ type: 'reindex' });
      await rebuilt;
      await service.whenReady();
    },
    whenReady() {
      // While a lost pair is being replaced, readiness is still coming: wait for the fresh one.
      const problem = threads.problem();
      if (problem && threads.ended()) return Promise.reject(new Error(problem));
      if (failure && !problem) return Promise.reject(new Error(failure));
      if (ready()) return Promise.resolve();
      return wait(readyWaiters);
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

/** "30 seconds", "2 minutes"; tests' short limits read "50 ms". */
function describeDuration(ms: number): string {
  if (ms < 1000) return `${ms} ms`;
  const seconds = Math.round(ms / 1000);
  if (seconds < 120) return seconds === 1 ? '1 second' : `${seconds} seconds`;
  return `${Math.round(seconds / 60)} minutes`;
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
