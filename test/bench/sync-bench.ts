// npm run bench:sync — a full sync of many loopback feeds with full-article pages and images,
// then a re-sync where every feed answers 304. Prints JSON. Options: --feeds N --items M.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { Worker } from 'node:worker_threads';
import { createBackend } from '../../main/backend.ts';

const { values } = parseArgs({
  options: { feeds: { type: 'string', default: '200' }, items: { type: 'string', default: '50' } },
});
const feeds = Number(values.feeds);
const items = Number(values.items);

const server = new Worker(new URL('./sync-server.ts', import.meta.url), {
  workerData: { feeds, items },
});
const origin = await new Promise<string>((resolve) => server.once('message', resolve));
const dataDir = mkdtempSync(join(tmpdir(), 'outpost-bench-sync-'));
const backend = await createBackend({ dataDir });
const outlines = Array.from(
  { length: feeds },
  (_, feed) => `<outline text="Desk ${feed}" type="rss" xmlUrl="${origin}/feed/${feed}.xml"/>`,
).join('');
await backend.importOpml(`<opml version="2.0"><head/><body>${outlines}</body></opml>`);

/** Runs a sync while measuring the API thread: event-loop delay, and how long API calls take. */
async function measuredSync() {
  const delay = monitorEventLoopDelay({ resolution: SAMPLE_MS });
  const apiLatencies: number[] = [];
  const phases: Record<string, number> = {};
  let phaseStart = performance.now();
  let phase = 'feeds';
  const off = backend.on('sync-progress', (progress) => {
    if (progress.phase !== phase) {
      phases[phase] = Math.round(performance.now() - phaseStart);
      phase = progress.phase;
      phaseStart = performance.now();
    }
  });
  let probing = true;
  const probe = (async () => {
    while (probing) {
      const started = performance.now();
      await backend.listArticles({ limit: 50 });
      apiLatencies.push(performance.now() - started);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  })();
  const wireBefore = await wireBytes();
  delay.enable();
  const started = performance.now();
  const summary = await backend.sync();
  const wallMs = performance.now() - started;
  delay.disable();
  probing = false;
  await probe;
  off();
  const wireAfter = await wireBytes();
  apiLatencies.sort((a, b) => a - b);
  return {
    wallSeconds: round(wallMs / 1000),
    phasesMs: phases,
    summary: {
      feeds: summary.feeds,
      succeeded: summary.succeeded,
      notModified: summary.notModified,
      failed: summary.failed.length,
      newArticles: summary.newArticles,
      fullArticles: summary.fullArticles,
      images: summary.images,
      bytes: summary.bytes,
    },
    wireBytes: {
      sent: wireAfter.read - wireBefore.read,
      received: wireAfter.written - wireBefore.written,
      perFeed: round(
        (wireAfter.read - wireBefore.read + wireAfter.written - wireBefore.written) / feeds,
      ),
    },
    articlesPerSecond: round(summary.newArticles / (wallMs / 1000)),
    fullArticlesPerSecond: round(summary.fullArticles / (wallMs / 1000)),
    // The histogram records whole sampling intervals; the delay is what exceeds the interval.
    eventLoopDelayMs: {
      p50: lateness(delay.percentile(50)),
      p99: lateness(delay.percentile(99)),
      max: lateness(delay.max),
    },
    apiCallMs: {
      samples: apiLatencies.length,
      p50: round(apiLatencies[Math.floor(apiLatencies.length * 0.5)] ?? 0),
      p99: round(apiLatencies[Math.floor(apiLatencies.length * 0.99)] ?? 0),
    },
  };
}

const SAMPLE_MS = 10;

/** Bytes the feed hosts have read and written so far (requests and responses, headers included). */
function wireBytes(): Promise<{ read: number; written: number }> {
  const answer = new Promise<{ read: number; written: number }>((resolve) =>
    server.once('message', resolve),
  );
  server.postMessage('bytes');
  return answer;
}

function lateness(nanoseconds: number): number {
  return round(Math.max(0, nanoseconds / 1e6 - SAMPLE_MS));
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

const first = await measuredSync();
const resync = await measuredSync();
console.log(
  JSON.stringify(
    {
      benchmark: 'sync',
      feeds,
      itemsPerFeed: items,
      firstSync: first,
      resyncAll304: resync,
      goals: {
        eventLoopP99BelowMs: 50,
        met: first.eventLoopDelayMs.p99 < 50 && resync.eventLoopDelayMs.p99 < 50,
      },
    },
    null,
    2,
  ),
);
await backend.close();
await server.terminate();
rmSync(dataDir, { recursive: true, force: true });
