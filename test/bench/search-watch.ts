// Watching a running backend from outside: waiting with a deadline, sampling memory, searching
// while it works, and telling when the index has stopped merging.
import type { EventLoopUtilization } from 'node:perf_hooks';
import type { Backend } from '../../main/backend.ts';
import { probe } from './search-probe.ts';
import { percentile, round, type QueryPlan } from './search-queries.ts';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
export const rssMB = () => Math.round(process.memoryUsage.rss() / 1024 / 1024);

/** Waits for `promise`, unless a search thread dies or `timeoutMs` passes first. */
export async function guard<T>(promise: Promise<T>, what: string, timeoutMs: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`${what} did not finish within ${timeoutMs / 1000} s.`)),
      timeoutMs,
    );
  });
  try {
    return await Promise.race([promise, probe.failed(), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Peak process RSS and search-thread heaps while something runs. */
export function startSampler(everyMs = 500) {
  const peak = { rssMB: rssMB(), query: 0, index: 0, sum: 0 };
  let busy = false;
  const sample = async () => {
    if (busy) return;
    busy = true;
    try {
      peak.rssMB = Math.max(peak.rssMB, rssMB());
      const heaps = await probe.heaps();
      const query = heaps.query?.usedMB ?? 0;
      const index = heaps.index?.usedMB ?? 0;
      peak.query = Math.max(peak.query, query);
      peak.index = Math.max(peak.index, index);
      peak.sum = Math.max(peak.sum, query + index);
    } catch {
      // A thread that exited mid-sample: the next sample sees the new state.
    } finally {
      busy = false;
    }
  };
  const timer = setInterval(() => void sample(), everyMs);
  return {
    async stop() {
      clearInterval(timer);
      await sample();
      return {
        rssMB: peak.rssMB,
        queryHeapUsedMB: peak.query,
        indexHeapUsedMB: peak.index,
        searchHeapsUsedMB: peak.sum,
      };
    },
  };
}

/**
 * Searches every 200 ms while something runs in the background, as a reader would: how long the
 * answers take while the index merges or loads (the query thread loads a segment in one go).
 */
export function startSearching(backend: Backend, plan: QueryPlan) {
  const latencies: number[] = [];
  let running = true;
  const words = plan.queries.word.map((query) => query.outpost.query);
  const loop = (async () => {
    for (let i = 0; running; i++) {
      const started = performance.now();
      await backend.search(words[i % words.length]!, { limit: 20 });
      latencies.push(performance.now() - started);
      await sleep(200);
    }
  })();
  return {
    async stop() {
      running = false;
      await guard(loop, 'A search', 120_000);
      return {
        searches: latencies.length,
        p50Ms: percentile(latencies, 50),
        p95Ms: percentile(latencies, 95),
        maxMs: percentile(latencies, 100),
      };
    },
  };
}

/**
 * Step 2's second half: the index is quiet once its thread has been idle (under 5% busy) for
 * 2 s with no change in segments. Merges run after whenSearchReady, for minutes at worst.
 */
export async function waitUntilQuiet(backend: Backend, started: number, timeoutMs: number) {
  const deadline = performance.now() + timeoutMs;
  let mark: EventLoopUtilization | null = null;
  let idleSince: number | null = null;
  let segments = (await backend.stats()).index.segments;
  const watching = probe.sees();
  while (performance.now() < deadline) {
    await guard(sleep(250), 'Waiting for merges', timeoutMs);
    const now = performance.now();
    const current = (await backend.stats()).index.segments;
    const sample = probe.indexBusy(mark);
    mark = sample.mark;
    // Without the probe, only a stable segment count is seen: a long merge looks quiet.
    const idle = current === segments && (!watching || sample.busy < 0.05);
    segments = current;
    if (!idle) idleSince = null;
    else {
      idleSince ??= now - 250;
      if (now - idleSince >= 2000)
        return { seconds: round((idleSince - started) / 1000), segments };
    }
  }
  throw new Error(`The index was still merging after ${timeoutMs / 1000} s.`);
}
