// Measures Outpost's own search at one archive size, through the backend's public methods: a
// full index build, queries, new articles becoming searchable, a cold start, memory and disk.
import { createBackend, type Backend } from '../../main/backend.ts';
import { tagText } from '../../main/tagging/tagger.ts';
import type { BenchArticle } from './search-corpus.ts';
import { diskUse } from './search-library.ts';
import { probe, type ThreadHeap } from './search-probe.ts';
import {
  percentile,
  QUERY_TYPES,
  round,
  type QueryPlan,
  type QueryType,
} from './search-queries.ts';
import { guard, rssMB, startSampler, startSearching, waitUntilQuiet } from './search-watch.ts';

export interface FreshArticles {
  /** In every one of them: polling for it tells when all are searchable. */
  sharedWord: string;
  uniqueWords: string[];
  articles: BenchArticle[];
}

const log = (message: string) => process.stderr.write(`[bench:search] ${message}\n`);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const seconds = (fromMs: number) => round((performance.now() - fromMs) / 1000);

export interface OutpostRun {
  dataDir: string;
  n: number;
  plan: QueryPlan;
  fresh: FreshArticles;
  /** How long one step (building, loading, merging) may take before the run gives up on it. */
  timeoutMs: number;
}

/** Steps 2–6 on a filled data folder. Returns what it measured, up to a failure if one happens. */
export async function measureOutpost(run: OutpostRun): Promise<Record<string, unknown>> {
  const result: Record<string, unknown> = {};
  let backend: Backend | null = null;
  try {
    probe.reset();
    const rssBefore = rssMB();
    const opening = performance.now();
    backend = await createBackend({ dataDir: run.dataDir });
    const openMs = round(performance.now() - opening);
    const sampler = startSampler();
    const started = performance.now();
    await guard(backend.whenSearchReady(), 'The full index build', run.timeoutMs);
    const readySeconds = seconds(started);
    const atReady = (await backend.stats()).index;
    log(`n=${run.n} searchable after ${readySeconds} s (${atReady.segments} segments)`);
    const searching = startSearching(backend, run.plan);
    const quiet = await waitUntilQuiet(backend, started, run.timeoutMs);
    const searchesWhileMerging = await searching.stop();
    const buildPeak = await sampler.stop();
    const merges = probe.merges();
    log(`n=${run.n} index quiet after ${quiet.seconds} s, ${merges.count} merges`);
    result.build = {
      backendOpenMs: openMs,
      searchableSeconds: readySeconds,
      quietSeconds: quiet.seconds,
      lastMergeEndedSeconds:
        merges.lastAt === null ? null : round((merges.lastAt - started) / 1000),
      merges: merges.count,
      segmentsWhenSearchable: atReady.segments,
      segmentsWhenQuiet: quiet.segments,
      quietMeasuredBy: probe.sees()
        ? 'index thread under 5% busy (event-loop utilization) and segment count unchanged for 2 s'
        : 'segment count unchanged for 2 s (index thread not observable)',
      searchesUntilQuiet: searchesWhileMerging,
      rssBeforeMB: rssBefore,
      peak: buildPeak,
    };

    result.queries = await measureQueries(backend, run);
    result.newArticles = await measureNewArticles(backend, run);

    await backend.close();
    backend = null;
    result.coldStart = await measureColdStart(run, (opened) => (backend = opened));
    const disk = diskUse(run.dataDir);
    result.disk = disk;
    log(
      `n=${run.n} disk: search ${round(disk.searchBytes / 1e6, 1)} MB, database ${round(disk.databaseBytes / 1e6, 1)} MB`,
    );
    result.completed = true;
  } catch (error) {
    result.completed = false;
    result.error = (error as Error).message;
    log(`n=${run.n} Outpost failed: ${(error as Error).message}`);
  } finally {
    const closing = backend as Backend | null;
    if (closing) await closing.close().catch(() => undefined);
  }
  return result;
}

/** Step 3: rounds of one query of each type, so drift on a shared machine hits all alike. */
async function measureQueries(backend: Backend, run: OutpostRun) {
  const timeout = 60_000;
  for (const query of run.plan.queries.word.slice(0, 5)) {
    await guard(backend.search(query.outpost.query, { limit: 20 }), 'A warm-up search', timeout);
  }
  const times = Object.fromEntries(QUERY_TYPES.map((type) => [type, [] as number[]])) as Record<
    QueryType,
    number[]
  >;
  const totals = Object.fromEntries(QUERY_TYPES.map((type) => [type, [] as number[]])) as Record<
    QueryType,
    number[]
  >;
  const problems: string[] = [];
  const rounds = run.plan.queries.word.length;
  for (let r = 0; r < rounds; r++) {
    for (const type of QUERY_TYPES) {
      const { query, options } = run.plan.queries[type][r]!.outpost;
      const started = performance.now();
      const found = await guard(backend.search(query, { ...options, limit: 20 }), query, timeout);
      times[type].push(performance.now() - started);
      totals[type].push(found.total);
      if (found.problem) problems.push(`${query}: ${found.problem}`);
    }
  }
  const byType = Object.fromEntries(
    QUERY_TYPES.map((type) => {
      const first = run.plan.queries[type][0]!.outpost;
      return [
        type,
        {
          queries: times[type].length,
          p50Ms: percentile(times[type], 50),
          p95Ms: percentile(times[type], 95),
          maxMs: percentile(times[type], 100),
          sample: { query: first.query, options: first.options, total: totals[type][0] },
          medianTotal: percentile(totals[type], 50),
          zeroHitQueries: totals[type].filter((total) => total === 0).length,
        },
      ];
    }),
  );
  const worst = QUERY_TYPES.reduce((a, b) =>
    (byType[a]!.p95Ms ?? 0) >= (byType[b]!.p95Ms ?? 0) ? a : b,
  );
  log(
    `n=${run.n} queries: ${QUERY_TYPES.map((type) => `${type} ${byType[type]!.p50Ms}/${byType[type]!.p95Ms}`).join(', ')} ms (p50/p95)`,
  );
  return {
    limit: 20,
    warmupQueries: 5,
    worstP95: { type: worst, ms: byType[worst]!.p95Ms },
    byType,
    problems,
  };
}

/** Step 4: import 100 documents, then poll until every one of them is found. */
async function measureNewArticles(backend: Backend, run: OutpostRun) {
  const { fresh } = run;
  const documents = fresh.articles.map((article, i) => ({
    name: `bench-new-${i}.txt`,
    base64: Buffer.from(`${article.title}\n\n${article.text}\n`).toString('base64'),
  }));
  // The app builds the tagging lexicons at start (~70–150 ms); this backend, opened without
  // background work, would otherwise build them inside the import being timed.
  tagText({ title: '', text: 'Niamey' });
  const started = performance.now();
  const report = await guard(backend.importDocuments(documents), 'Importing 100 documents', 60_000);
  const resolved = performance.now();
  let polls = 0;
  let found = 0;
  const deadline = resolved + 60_000;
  while (performance.now() < deadline) {
    polls++;
    const result = await guard(backend.search(fresh.sharedWord, { limit: 1 }), 'A poll', 60_000);
    found = result.total;
    if (found >= documents.length) break;
    await sleep(20);
  }
  const searchable = performance.now();
  let uniqueFound = 0;
  for (const word of fresh.uniqueWords) {
    const result = await guard(backend.search(word, { limit: 1 }), 'A search', 60_000);
    if (result.total === 1) uniqueFound++;
  }
  const searchableMs = found >= documents.length ? round(searchable - resolved) : null;
  log(
    `n=${run.n} ${report.imported} imported in ${round(resolved - started)} ms, searchable ${searchableMs} ms later (${uniqueFound}/100 unique words found)`,
  );
  return {
    imported: report.imported,
    duplicates: report.duplicates,
    failed: report.failed.length,
    importMs: round(resolved - started),
    searchableMsAfterImportResolved: searchableMs,
    searchableMsFromImportStart: searchableMs === null ? null : round(searchable - started),
    foundByPollingWord: found,
    uniqueWordsFoundOnce: uniqueFound,
    polls,
    pollEveryMs: 20,
  };
}

/** Step 5 and 6: a new backend on the same folder; the first search with hits, then all loaded. */
async function measureColdStart(run: OutpostRun, opened: (backend: Backend) => void) {
  probe.reset();
  const rssBefore = rssMB();
  const sampler = startSampler();
  const started = performance.now();
  const backend = await createBackend({ dataDir: run.dataDir });
  opened(backend);
  let firstAnswerMs: number | null = null;
  let first: { ms: number; hits: number; total: number; notice: string | null } | null = null;
  const deadline = started + run.timeoutMs;
  while (!first && performance.now() < deadline) {
    const result = await guard(
      backend.search(run.plan.commonWord, { limit: 20 }),
      'A search',
      60_000,
    );
    const ms = round(performance.now() - started);
    firstAnswerMs ??= ms;
    if (result.hits.length > 0) {
      first = { ms, hits: result.hits.length, total: result.total, notice: result.notice };
    } else await sleep(5);
  }
  const searching = startSearching(backend, run.plan);
  await guard(backend.whenSearchReady(), 'Loading the index', run.timeoutMs);
  const readyMs = round(performance.now() - started);
  const searchesWhileLoading = await searching.stop();
  const loaded = await backend.search(run.plan.commonWord, { limit: 20 });
  const peak = await sampler.stop();
  const heaps = await probe.heaps().catch(() => ({}) as Partial<Record<string, ThreadHeap>>);
  const stats = await backend.stats();
  log(
    `n=${run.n} cold start: first hits after ${first?.ms} ms (${first?.total} of ${loaded.total}), all loaded after ${readyMs} ms; search heaps ${heaps.query?.usedMB}+${heaps.index?.usedMB} MB`,
  );
  return {
    query: run.plan.commonWord,
    firstAnswerMs,
    firstResultWithHitsMs: first?.ms ?? null,
    firstResultTotal: first?.total ?? null,
    firstResultNotice: first?.notice ?? null,
    fullyLoadedMs: readyMs,
    totalWhenLoaded: loaded.total,
    noticeWhenLoaded: loaded.notice,
    searchesWhileLoading,
    segments: stats.index.segments,
    memory: {
      rssBeforeMB: rssBefore,
      rssAfterMB: rssMB(),
      peakWhileLoading: peak,
      searchThreadHeaps: heaps,
      measuredBy: probe.sees()
        ? 'Worker.getHeapStatistics() on the two search threads (V8 used heap, garbage included: threads cannot be made to collect); RSS is the whole process, all threads'
        : 'process RSS only: the search threads were not observable',
    },
  };
}
