// Entry of the search thread that writes the index: new segments for new and changed articles,
// catching up at start, merging in the background, rebuilding what is damaged.
import { join } from 'node:path';
import { parentPort } from 'node:worker_threads';
import { openDatabase } from '../store/db.ts';
import type { Database } from '../store/db.ts';
import { createIndexWriter, type IndexWriter } from './index-writer.ts';
import { SEARCH_FOLDER } from './segment-files.ts';
import { LOCK_BEAT_MS } from './writer-lock.ts';
import type { FromIndexWorker, ToIndexWorker } from './search-protocol.ts';

if (!parentPort) throw new Error('index-worker.ts must run in a worker thread.');
const port = parentPort;
const post = (message: FromIndexWorker) => port.postMessage(message);

let db: Database | null = null;
let writer: IndexWriter | null = null;
/** Work runs one task at a time; new articles jump ahead of merges (see onYield). */
let chain: Promise<void> = Promise.resolve();
const urgent: number[][] = [];
let merging = false;
let closing = false;

/** `tidying`: the task only tidies the index (a merge), so its failure leaves no article out. */
function enqueue(task: () => Promise<void> | void, tidying = false): void {
  chain = chain.then(task).catch((error: unknown) => report(error, !tidying));
}

function report(error: unknown, articlesMissing: boolean): void {
  post({ type: 'error', message: (error as Error).message, articlesMissing });
}

/** The last 'working' sent: the service counts silence from its threads (see search-service.ts). */
let lastBeat = 0;
const BEAT_MS = 1000;

/**
 * Between slices of a build: says the thread is still at work, then indexes newly arrived
 * articles first, so they are searchable at once.
 */
async function onYield(): Promise<void> {
  if (Date.now() - lastBeat >= BEAT_MS) {
    lastBeat = Date.now();
    post({ type: 'working' });
  }
  await new Promise((resolve) => setImmediate(resolve));
  while (urgent.length > 0 && writer) {
    const ids = urgent.shift()!;
    try {
      const segments = await writer.index(ids);
      if (segments.length > 0) post({ type: 'added', segments });
    } catch (error) {
      // The merge goes on; these articles stay pending for the next catch-up.
      report(error, true);
    } finally {
      post({ type: 'indexed', articles: ids.length });
    }
  }
}

async function indexNow(ids: readonly number[]): Promise<void> {
  if (!writer || ids.length === 0) return;
  const segments = await writer.index(ids, { onYield });
  if (segments.length > 0) post({ type: 'added', segments });
}

async function catchUp(): Promise<void> {
  if (!writer) return;
  const pending = writer.pendingIds();
  post({ type: 'pending', articles: pending.length });
  await indexNow(pending);
  post({ type: 'pending', articles: 0 });
}

/** Merges while the policy asks for one; each merge replaces its segments in one step. */
async function mergeAll(): Promise<void> {
  while (writer && !closing) {
    const plan = writer.planMerge();
    if (!plan) return;
    merging = true;
    try {
      const merged = await writer.merge(plan, { onYield });
      post({ type: 'replaced', removed: plan, added: merged ? [merged] : [] });
    } finally {
      merging = false;
    }
  }
}

port.on('message', (message: ToIndexWorker) => {
  switch (message.type) {
    case 'start':
      enqueue(() => {
        // Its own connection: it writes the words of indexed articles, beside the API thread.
        db = openDatabase(join(message.dataDir, 'outpost.db'));
        const opening = createIndexWriter(
          db,
          join(message.dataDir, SEARCH_FOLDER),
          () => new Date(),
        );
        // Only an opened writer does work: if its folder cannot be fixed, the error is the answer.
        const opened = opening.open();
        writer = opening;
        // The keeper of the index says, now and then, that it is still there (see writer-lock.ts).
        if (writer.keeper() === null) setInterval(() => writer?.beat(), LOCK_BEAT_MS).unref();
        const pending = writer.pendingIds().length;
        post({ type: 'opened', segments: opened.segments, notice: opened.notice, pending });
      });
      enqueue(catchUp);
      enqueue(mergeAll, true);
      return;
    case 'index':
      if (merging) urgent.push(message.ids);
      else {
        enqueue(async () => {
          // Answered even if indexing fails, so the service's count of requests stays right; the
          // failure first, so the service never counts itself complete without these articles.
          try {
            await indexNow(message.ids);
          } catch (error) {
            report(error, true);
          } finally {
            post({ type: 'indexed', articles: message.ids.length });
          }
        });
        enqueue(mergeAll, true);
      }
      return;
    case 'damaged':
      enqueue(async () => {
        try {
          if (!writer) return;
          const removed = writer.drop(message.segments);
          post({ type: 'replaced', removed, added: [] });
          await catchUp();
        } catch (error) {
          report(error, true);
        } finally {
          post({ type: 'repaired' });
        }
      });
      return;
    case 'reindex':
      enqueue(async () => {
        if (!writer) return;
        const keeper = writer.keeper();
        if (keeper !== null) {
          post({
            type: 'reindexed',
            refused: `The search index is kept by another Outpost (${keeper}) that has this library open: rebuild it there, or close it first.`,
          });
          return;
        }
        const removed = writer.drop(writer.manifest().segments.map((segment) => segment.id));
        post({ type: 'replaced', removed, added: [] });
        await catchUp();
        await mergeAll();
        post({ type: 'reindexed' });
      });
      return;
    case 'release':
      enqueue(() => writer?.release(message.files));
      return;
    case 'close':
      closing = true;
      enqueue(() => {
        writer?.close();
        db?.close();
        post({ type: 'closed' });
      });
      return;
  }
});
