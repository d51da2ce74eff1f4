// Watches the two search threads the backend starts and keeps to itself: their heaps, how busy
// the index thread is, its merges, and whether either died. It sees them by swapping the
// `Worker` export of node:worker_threads for a subclass (module.syncBuiltinESMExports), which
// changes nothing they do.
import { createRequire, syncBuiltinESMExports } from 'node:module';
import type { EventLoopUtilization } from 'node:perf_hooks';
import type * as WorkerThreads from 'node:worker_threads';
import type { Worker as NodeWorker, WorkerOptions } from 'node:worker_threads';

export type SearchThread = 'query' | 'index';

export interface ThreadHeap {
  usedMB: number;
  totalMB: number;
  limitMB: number;
}

interface Watched {
  thread: SearchThread;
  worker: NodeWorker;
}

const workerThreads = createRequire(import.meta.url)('node:worker_threads') as typeof WorkerThreads;
const OriginalWorker = workerThreads.Worker;

let watched: Watched[] = [];
let failure: Error | null = null;
let failureListeners: Array<(error: Error) => void> = [];
let merges = 0;
let lastMergeAt: number | null = null;

class WatchedWorker extends OriginalWorker {
  constructor(filename: string | URL, options?: WorkerOptions) {
    super(filename, options);
    const file = String(filename);
    const thread = file.includes('query-worker')
      ? 'query'
      : file.includes('index-worker')
        ? 'index'
        : null;
    if (thread) watch(this, thread);
  }
}

function watch(worker: NodeWorker, thread: SearchThread): void {
  watched.push({ thread, worker });
  worker.on('error', (error: Error) => {
    failure ??= new Error(`The search ${thread} thread failed: ${error.message}`);
    for (const listener of failureListeners.splice(0)) listener(failure);
  });
  if (thread === 'index') {
    worker.on('message', (message: { type?: string; removed?: unknown[] }) => {
      // A merge replaces segments with one; the service relays the change to the query thread.
      if (message.type === 'replaced' && (message.removed?.length ?? 0) > 0) {
        merges++;
        lastMergeAt = performance.now();
      }
    });
  }
}

workerThreads.Worker = WatchedWorker;
syncBuiltinESMExports();

export const probe = {
  /** Forgets the threads of a closed backend; call before starting the next one. */
  reset(): void {
    watched = [];
    failure = null;
    failureListeners = [];
    merges = 0;
    lastMergeAt = null;
  },
  /** Whether the backend's search threads were seen (false would mean the swap did not take). */
  sees(): boolean {
    return watched.some((entry) => entry.thread === 'query');
  },
  merges: () => ({ count: merges, lastAt: lastMergeAt }),
  /** Rejects when a search thread reports an error (out of memory, a crash). */
  failed(): Promise<never> {
    return new Promise((_, reject) => {
      if (failure) reject(failure);
      else failureListeners.push(reject);
    });
  },
  /** V8 heap of each search thread (Worker.getHeapStatistics, Node ≥ 22.16). */
  async heaps(): Promise<Partial<Record<SearchThread, ThreadHeap>>> {
    const result: Partial<Record<SearchThread, ThreadHeap>> = {};
    await Promise.all(
      watched.map(async ({ thread, worker }) => {
        if (worker.threadId < 0) return;
        const stats = await worker.getHeapStatistics();
        result[thread] = {
          usedMB: toMB(stats.used_heap_size),
          totalMB: toMB(stats.total_heap_size),
          limitMB: toMB(stats.heap_size_limit),
        };
      }),
    );
    return result;
  },
  /** Share of time the index thread was busy since the previous call (0–1). */
  indexBusy(previous: EventLoopUtilization | null): {
    busy: number;
    mark: EventLoopUtilization | null;
  } {
    const index = watched.find((entry) => entry.thread === 'index')?.worker;
    if (!index) return { busy: 0, mark: null };
    const mark = index.performance.eventLoopUtilization();
    if (!previous) return { busy: 1, mark };
    return { busy: index.performance.eventLoopUtilization(mark, previous).utilization, mark };
  },
};

function toMB(bytes: number): number {
  return Math.round(bytes / 1024 / 1024);
}
