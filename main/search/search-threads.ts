// The search service's two worker threads as one pair: started together, replaced together once
// after either stops unexpectedly, then left stopped; closed together.
import { Worker } from 'node:worker_threads';
import { workerEntry } from '../workers/worker-url.ts';
import type {
  FromIndexWorker,
  FromQueryWorker,
  ToIndexWorker,
  ToQueryWorker,
} from './search-protocol.ts';

export interface SearchWorkers {
  query: Worker;
  index: Worker;
}

export interface SearchThreadHandlers {
  onQueryMessage(message: Exclude<FromQueryWorker, { type: 'closed' }>): void;
  onIndexMessage(message: Exclude<FromIndexWorker, { type: 'closed' }>): void;
  /**
   * The pair stopped unexpectedly: whatever waits on it must settle now with `problem`, and the
   * bookkeeping start afresh (a fresh pair, if one follows, starts from disk).
   */
  onLost(problem: string): void;
  /** For supervision tests: each pair as it starts, so a test can stop a thread for real. */
  onWorkers?: (workers: SearchWorkers) => void;
}

export interface SearchThreads {
  /** Why nothing can be sent to the threads now; null while a pair runs. */
  problem(): string | null;
  /** No pair will run again: search stopped after a second loss, or was closed. */
  ended(): boolean;
  toQuery(message: ToQueryWorker): void;
  toIndex(message: ToIndexWorker): void;
  close(): Promise<void>;
}

const RESTARTING = 'Search stopped unexpectedly and is restarting. Try again.';
const CLOSING = 'Outpost is closing.';
/** As in the backend host: one fresh start answers a rare crash; a second means something is wrong. */
const MAX_RESTARTS = 1;
/** A thread in the middle of a long merge gets this long; the next start resumes its work. */
const CLOSE_TIMEOUT_MS = 5000;

export function startSearchThreads(dataDir: string, handlers: SearchThreadHandlers): SearchThreads {
  let pair: SearchWorkers | null = null;
  let restarts = 0;
  let stoppedProblem: string | null = null;
  let closing: Promise<void> | null = null;
  /** The lost pair's threads finishing; the next pair waits, so two index threads never write at once. */
  let replacing: Promise<void> | null = null;

  function spawn(): void {
    const current: SearchWorkers = {
      query: new Worker(workerEntry('search-query')),
      index: new Worker(workerEntry('search-index')),
    };
    pair = current;
    current.query.on('message', (message: FromQueryWorker) => {
      if (pair === current && message.type !== 'closed') handlers.onQueryMessage(message);
    });
    current.index.on('message', (message: FromIndexWorker) => {
      if (pair === current && message.type !== 'closed') handlers.onIndexMessage(message);
    });
    for (const [name, worker] of [
      ['query', current.query],
      ['index', current.index],
    ] as const) {
      // An uncaught exception arrives as 'error' and then 'exit': the first one counts, the
      // second finds the pair already gone.
      worker.on('error', (error) => lose(current, error.message));
      worker.on('exit', (code) => lose(current, `its ${name} thread exited with code ${code}`));
    }
    current.query.postMessage({ type: 'start', dataDir } satisfies ToQueryWorker);
    current.index.postMessage({ type: 'start', dataDir } satisfies ToIndexWorker);
    handlers.onWorkers?.(current);
  }

  /**
   * Both threads go even when only one stopped. The query thread's loaded segments must match
   * the index thread's manifest, and messages between them (segments added or replaced, files
   * released, damage reported, articles requested) may be lost with either. A fresh pair
   * rebuilds all of that from disk: the index thread reads the manifest, removes files it no
   * longer lists, catches up on every article whose revision is not indexed and announces its
   * segments, which a fresh query thread loads.
   */
  function lose(current: SearchWorkers, cause: string): void {
    // While closing, a thread that stops is simply closed (see closeThreads).
    if (pair !== current || closing) return;
    pair = null;
    const restarting = restarts < MAX_RESTARTS;
    if (restarting) restarts++;
    else stoppedProblem = `Search stopped again (${cause}). Restart Outpost to search again.`;
    handlers.onLost(stoppedProblem ?? RESTARTING);
    replacing = Promise.allSettled([current.query.terminate(), current.index.terminate()]).then(
      () => {
        replacing = null;
        if (restarting && !closing) respawn();
      },
    );
  }

  function respawn(): void {
    try {
      spawn();
    } catch (error) {
      // No pair will answer: whenReady() calls made meanwhile must hear it now.
      const problem = `Search could not restart (${(error as Error).message}). Restart Outpost to search again.`;
      stoppedProblem = problem;
      handlers.onLost(problem);
    }
  }

  async function closeThreads(): Promise<void> {
    await replacing;
    const current = pair;
    pair = null;
    if (!current) return;
    const threads = [current.query, current.index];
    // Each thread says 'closed' once its writes are done; one that stops instead counts too.
    const finished = threads.map(
      (worker) =>
        new Promise<void>((resolve) => {
          worker.on('message', (message: { type: string }) => {
            if (message.type === 'closed') resolve();
          });
          worker.once('exit', () => resolve());
        }),
    );
    current.query.postMessage({ type: 'close' } satisfies ToQueryWorker);
    current.index.postMessage({ type: 'close' } satisfies ToIndexWorker);
    await Promise.race([
      Promise.all(finished),
      new Promise((resolve) => setTimeout(resolve, CLOSE_TIMEOUT_MS).unref()),
    ]);
    await Promise.all(threads.map((worker) => worker.terminate()));
  }

  spawn();

  return {
    problem() {
      if (closing) return CLOSING;
      if (pair) return null;
      return stoppedProblem ?? RESTARTING;
    },
    ended() {
      return closing !== null || stoppedProblem !== null;
    },
    toQuery(message) {
      pair?.query.postMessage(message);
    },
    toIndex(message) {
      pair?.index.postMessage(message);
    },
    close() {
      closing ??= closeThreads();
      return closing;
    },
  };
}
