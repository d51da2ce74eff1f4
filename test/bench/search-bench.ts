// npm run bench:search — Outpost's search at several archive sizes (full build, queries, new
// articles, cold start, memory, disk) beside MiniSearch on the same articles. Prints JSON.
// Options: --sizes 1000,10000,20000,50000  --corpus FILE.jsonl  --queries 50 (per type).
// Each size runs in a process of its own (search-size.ts), so memory figures start from zero.
import { spawnSync } from 'node:child_process';
import { cpus, loadavg, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { getHeapStatistics } from 'node:v8';
import { createJsonlCorpus, createSyntheticCorpus } from './search-corpus.ts';
import { QUERY_TYPES, round } from './search-queries.ts';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,10000,20000,50000' },
    corpus: { type: 'string' },
    queries: { type: 'string', default: '50' },
  },
});
const sizes = values.sizes.split(',').map(Number);
if (sizes.some((n) => !Number.isInteger(n) || n < 100)) {
  throw new Error(`--sizes takes whole numbers of at least 100, for example 1000,10000.`);
}
// Read here too, so a bad --corpus fails before the first size starts.
const corpus = values.corpus ? createJsonlCorpus(values.corpus) : createSyntheticCorpus();
const sizeScript = fileURLToPath(new URL('./search-size.ts', import.meta.url));

interface SizeResult {
  n: number;
  outpost: Record<string, unknown>;
  minisearch: Record<string, unknown> | null;
}

const started = performance.now();
const results: SizeResult[] = [];
for (const n of sizes) {
  const args = ['--n', String(n), '--queries', values.queries];
  if (values.corpus) args.push('--corpus', values.corpus);
  // --expose-gc: MiniSearch's heap is only measurable after forced collections.
  const child = spawnSync(
    process.execPath,
    ['--expose-gc', ...process.execArgv, sizeScript, ...args],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  let result: SizeResult;
  try {
    result = JSON.parse(child.stdout) as SizeResult;
  } catch {
    const why = child.signal ?? `exit code ${child.status}`;
    result = {
      n,
      outpost: { completed: false, error: `The run for ${n} articles died (${why}).` },
      minisearch: null,
    };
  }
  if (result.minisearch) result.minisearch.ratios = ratios(result.outpost, result.minisearch);
  results.push(result);
}

/** Outpost ÷ MiniSearch, same run, same articles: above 1 means Outpost takes longer or more. */
function ratios(outpost: Record<string, unknown>, minisearch: Record<string, unknown>) {
  const o = outpost as Measured;
  const m = minisearch as Measured;
  const divide = (a: number | null | undefined, b: number | null | undefined) =>
    a == null || b == null || b === 0 ? null : round(a / b);
  return {
    note: 'Outpost ÷ MiniSearch. Outpost times include the thread hop, database reads, snippets and facets; its build persists segments.',
    buildTime: divide(o.build?.searchableSeconds, m.buildSeconds),
    memoryLoaded: divide(loadedSearchHeap(o), m.heapDeltaMB),
    memoryPeak: divide(maxSearchHeap(o), m.heapDeltaMB),
    add100: divide(o.newArticles?.searchableMsFromImportStart, m.add100Ms),
    queryP50: Object.fromEntries(
      QUERY_TYPES.map((type) => [
        type,
        divide(o.queries?.byType[type]?.p50Ms, m.queries?.byType[type]?.p50Ms),
      ]),
    ),
  };
}

interface Measured {
  completed?: boolean;
  build?: { searchableSeconds: number; peak: { searchHeapsUsedMB: number } };
  queries?: { byType: Record<string, { p50Ms: number | null; p95Ms: number | null } | null> };
  newArticles?: { searchableMsFromImportStart: number | null };
  coldStart?: {
    firstResultWithHitsMs: number | null;
    memory: {
      peakWhileLoading: { searchHeapsUsedMB: number };
      searchThreadHeaps: Partial<Record<'query' | 'index', { usedMB: number }>>;
    };
  };
  buildSeconds?: number;
  heapDeltaMB?: number;
  add100Ms?: number;
}

/** The most the two search threads held at once, while building or while loading. */
function maxSearchHeap(o: Measured): number | null {
  const values = [
    o.build?.peak.searchHeapsUsedMB,
    o.coldStart?.memory.peakWhileLoading.searchHeapsUsedMB,
  ].filter((value): value is number => typeof value === 'number' && value > 0);
  return values.length > 0 ? Math.max(...values) : null;
}

/** What the two search threads hold once the index is loaded and nothing else runs. */
function loadedSearchHeap(o: Measured): number | null {
  const heaps = o.coldStart?.memory.searchThreadHeaps;
  if (!heaps?.query) return null;
  return heaps.query.usedMB + (heaps.index?.usedMB ?? 0);
}

function worstP95(o: Measured): number | null {
  const values = Object.values(o.queries?.byType ?? {}).map((type) => type?.p95Ms ?? null);
  return values.length === 0 || values.includes(null) ? null : Math.max(...(values as number[]));
}

function goalsAt(n: number) {
  const entry = results.find((result) => result.n === n);
  return entry ? (entry.outpost as Measured) : null;
}

const at20k = goalsAt(20_000);
const at50k = goalsAt(50_000);
const goals = {
  at20k: {
    p95Max: 50,
    newSearchableMaxMs: 1000,
    firstResultMaxMs: 1500,
    heapMaxMB: 800,
    measured: at20k && {
      worstP95Ms: worstP95(at20k),
      newSearchableMsFromImportStart: at20k.newArticles?.searchableMsFromImportStart ?? null,
      firstResultMs: at20k.coldStart?.firstResultWithHitsMs ?? null,
      peakSearchHeapsMB: maxSearchHeap(at20k),
      loadedSearchHeapsMB: loadedSearchHeap(at20k),
    },
    met: at20k && {
      p95: lessOrEqual(worstP95(at20k), 50),
      newSearchable: lessOrEqual(at20k.newArticles?.searchableMsFromImportStart, 1000),
      firstResult: lessOrEqual(at20k.coldStart?.firstResultWithHitsMs, 1500),
      heap: lessOrEqual(maxSearchHeap(at20k), 800),
      heapOnceLoaded: lessOrEqual(loadedSearchHeap(at20k), 800),
    },
    notes:
      'p95 is the worst p95 over all query types; new articles count from the start of the import; heap is the peak V8 used heap of both search threads together while building, merging or loading (garbage included); heapOnceLoaded is the same after a cold start has loaded everything.',
  },
  at50k: {
    p95Max: 150,
    measured: at50k && { worstP95Ms: worstP95(at50k) },
    completed: at50k ? at50k.completed === true : null,
    met: at50k && { p95: lessOrEqual(worstP95(at50k), 150) },
  },
};

function lessOrEqual(value: number | null | undefined, limit: number): boolean | null {
  return value == null ? null : value <= limit;
}

const heap = getHeapStatistics();
console.log(
  JSON.stringify(
    {
      benchmark: 'search',
      corpus: corpus.describe(),
      machine: {
        cpus: cpus().length,
        cpuModel: cpus()[0]?.model ?? null,
        memoryGB: round(totalmem() / 2 ** 30, 1),
        node: process.version,
        mainHeapLimitMB: Math.round(heap.heap_size_limit / 2 ** 20),
        loadAverageAtEnd: loadavg().map((load) => round(load)),
      },
      wallSeconds: round((performance.now() - started) / 1000),
      queriesPerType: Number(values.queries),
      sizes: results,
      goals,
    },
    null,
    2,
  ),
);
