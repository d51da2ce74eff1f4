// Entry of the search thread that writes the index: new segments for new and changed articles,
// catching up at start, merging in the background, rebuilding what is damaged.
import { join } from 'node:path';
import { parentPort } from 'node:worker_threads';
import { openDatabase } from '../store/db.ts';
import type { Database } from '../store/db.ts';
import { createIndexWriter, type IndexWriter } from './index-writer.ts';
import { SEARCH_FOLDER } from './segment-files.ts';
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

function enqueue(task: () => Promise<void> | void): void {
  chain = chain
    .then(task)
    .catch((error: unknown) => post({ type: 'error', message: (error as Error).message }));
}

/** Between slices of a merge: index newly arrived articles first, so they are searchable at once. */
async function onYield(): Promise<void> {
  await new Promise((resolve) => setImmediate(resolve));
  while (urgent.length > 0 && writer) {
    const ids = urgent.shift()!;
    const segments = await writer.index(ids);
    if (segments.length > 0) post({ type: 'added', segments });
    post({ type: 'indexed', articles: ids.length });
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
        writer = createIndexWriter(db, join(message.dataDir, SEARCH_FOLDER), () => new Date());
        const opened = writer.open();
        const pending = writer.pendingIds().length;
        post({ type: 'opened', segments: opened.segments, notice: opened.notice, pending });
      });
      enqueue(catchUp);
      enqueue(mergeAll);
      return;
    case 'index':
      if (merging) urgent.push(message.ids);
      else {
        enqueue(async () => {
          await indexNow(message.ids);
          post({ type: 'indexed', articles: message.ids.length });
        });
        enqueue(mergeAll);
      }
      return;
    case 'damaged':
      enqueue(async () => {
        if (!writer) return;
        const removed = writer.drop(message.segments);
        post({ type: 'replaced', removed, added: [] });
        await catchUp();
        post({ type: 'repaired' });
      });
      return;
    case 'reindex':
      enqueue(async () => {
        if (!writer) return;
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
        db?.close();
        post({ type: 'closed' });
      });
      return;
  }
});
