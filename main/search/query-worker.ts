// Entry of the search thread that answers queries: it loads segments (newest first, one at a time,
// answering queries in between) and evaluates queries against what is loaded.
import { join } from 'node:path';
import { parentPort } from 'node:worker_threads';
import { DatabaseSync } from 'node:sqlite';
import { runSearch, type EngineState, type QueryStore } from './query-engine.ts';
import { createQueryStore, loadMeta, loadSourceNames } from './query-store.ts';
import { readSegment, SEARCH_FOLDER, type SegmentInfo } from './segment-files.ts';
import { addSegment, createSegmentSet, removeSegments } from './segment-set.ts';
import type { FromQueryWorker, ToQueryWorker } from './search-protocol.ts';

if (!parentPort) throw new Error('query-worker.ts must run in a worker thread.');
const port = parentPort;
const post = (message: FromQueryWorker) => port.postMessage(message);

let dir = '';
let db: DatabaseSync | null = null;
let store: QueryStore | null = null;
const state: EngineState = { set: createSegmentSet(), meta: new Map(), sources: new Map() };
/** Segments announced but not loaded yet, those with the newest articles first. */
const queue: SegmentInfo[] = [];
let loading = false;
let seq = 0;

port.on('message', (message: ToQueryWorker) => {
  switch (message.type) {
    case 'start':
      dir = join(message.dataDir, SEARCH_FOLDER);
      // A reader of its own: WAL lets it read while the API thread and the indexer write.
      db = new DatabaseSync(join(message.dataDir, 'outpost.db'), { readOnly: true, timeout: 5000 });
      store = createQueryStore(db);
      state.meta = loadMeta(db);
      state.sources = loadSourceNames(db);
      return;
    case 'add':
      seq = message.seq;
      enqueue(message.segments);
      reportProgress();
      return;
    case 'replace':
      seq = message.seq;
      replace(message.removed, message.added);
      return;
    case 'refresh':
      refresh(message.ids);
      return;
    case 'sources':
      if (db) state.sources = loadSourceNames(db);
      return;
    case 'search':
      try {
        post({
          type: 'result',
          id: message.id,
          result: runSearch(state, store!, message.query, message.options),
        });
      } catch (error) {
        post({ type: 'failed', id: message.id, message: (error as Error).message });
      }
      return;
    case 'close':
      db?.close();
      post({ type: 'closed' });
      return;
  }
});

function enqueue(segments: readonly SegmentInfo[]): void {
  queue.push(...segments);
  // Newest articles first (a merged segment is new but holds older articles), smaller first on ties.
  queue.sort((a, b) => newestArticle(b) - newestArticle(a) || a.docs.length - b.docs.length);
  if (!loading) void drain();
}

/** One segment per turn of the event loop: queries asked meanwhile are answered in between. */
async function drain(): Promise<void> {
  loading = true;
  while (queue.length > 0) {
    const info = queue.shift()!;
    try {
      const segment = readSegment(dir, info);
      addSegment(state.set, info.id, segment.index, segment.docs);
    } catch (error) {
      post({ type: 'damaged', segments: [info.id], message: (error as Error).message });
    }
    reportProgress();
    await new Promise((resolve) => setImmediate(resolve));
  }
  loading = false;
}

function replace(removed: readonly SegmentInfo[], added: readonly SegmentInfo[]): void {
  // Load the new segments before dropping the old, so no article is missing in between.
  for (const info of added) {
    try {
      const segment = readSegment(dir, info);
      addSegment(state.set, info.id, segment.index, segment.docs);
    } catch (error) {
      post({ type: 'damaged', segments: [info.id], message: (error as Error).message });
    }
  }
  const gone = new Set(removed.map((info) => info.id));
  queue.splice(0, queue.length, ...queue.filter((info) => !gone.has(info.id)));
  removeSegments(state.set, [...gone]);
  post({ type: 'released', files: removed.map((info) => info.file) });
  reportProgress();
}

function refresh(ids: number[]): void {
  if (!db) return;
  const fresh = loadMeta(db, ids);
  for (const id of ids) {
    const meta = fresh.get(id);
    if (meta) state.meta.set(id, meta);
    else state.meta.delete(id);
  }
  for (const meta of fresh.values()) {
    if (!state.sources.has(meta.source)) state.sources = loadSourceNames(db);
  }
}

function reportProgress(): void {
  post({
    type: 'progress',
    seq,
    loaded: state.set.segments.size,
    queued: queue.length,
    documents: state.set.owner.size,
  });
}

function newestArticle(info: SegmentInfo): number {
  let newest = 0;
  for (const [id] of info.docs) if (id > newest) newest = id;
  return newest;
}
