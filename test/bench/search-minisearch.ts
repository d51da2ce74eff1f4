// The yardstick: MiniSearch over the same articles in this process, built all at once, asked the
// same queries where it has them. It does less than Outpost (no snippets, facets, stemming,
// persistence or threads), so the ratios say what that costs, not who wins.
import MiniSearch from 'minisearch';
import type { BenchArticle } from './search-corpus.ts';
import type { FreshArticles } from './search-outpost.ts';
import {
  percentile,
  QUERY_TYPES,
  round,
  type QueryPlan,
  type QueryType,
} from './search-queries.ts';

interface MiniDocument {
  id: number;
  title: string;
  text: string;
  date: number;
}

const log = (message: string) => process.stderr.write(`[bench:search] ${message}\n`);

function collectGarbage(): boolean {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) return false;
  gc();
  gc();
  return true;
}

function buildIndex(documents: MiniDocument[]) {
  const started = performance.now();
  const index = new MiniSearch<MiniDocument>({
    fields: ['title', 'text'],
    storeFields: ['date'],
    searchOptions: { boost: { title: 8 } },
  });
  index.addAll(documents);
  return { index, buildSeconds: round((performance.now() - started) / 1000) };
}

const heapMB = () => process.memoryUsage().heapUsed / 1024 / 1024;

export function measureMiniSearch(
  article: (index: number) => BenchArticle,
  n: number,
  plan: QueryPlan,
  fresh: FreshArticles,
): Record<string, unknown> {
  // Article ids are 1..n in the benchmark's database; the same ids here keep is:unread alike.
  const toDocument = (a: BenchArticle, id: number): MiniDocument => ({
    id,
    title: a.title,
    text: a.text,
    date: Date.parse(a.published),
  });
  const exactHeap = collectGarbage();
  const heapBefore = heapMB();
  // The articles are made and dropped inside: the heap difference is the index alone.
  const { index, buildSeconds } = buildIndex(
    Array.from({ length: n }, (_, i) => toDocument(article(i), i + 1)),
  );
  collectGarbage();
  const heapDeltaMB = Math.round(heapMB() - heapBefore);
  log(`n=${n} MiniSearch built in ${buildSeconds} s, heap +${heapDeltaMB} MB`);

  for (const query of plan.queries.word.slice(0, 5)) index.search(query.minisearch!.query);
  const times = new Map<QueryType, number[]>();
  const totals = new Map<QueryType, number[]>();
  const rounds = plan.queries.word.length;
  for (let r = 0; r < rounds; r++) {
    for (const type of QUERY_TYPES) {
      const query = plan.queries[type][r]!.minisearch;
      if (!query) continue;
      const started = performance.now();
      const results = index.search(query.query, query.options);
      results.slice(0, 20);
      (times.get(type) ?? times.set(type, []).get(type)!).push(performance.now() - started);
      (totals.get(type) ?? totals.set(type, []).get(type)!).push(results.length);
    }
  }
  const byType = Object.fromEntries(
    QUERY_TYPES.map((type) => {
      const measured = times.get(type);
      const first = plan.queries[type][0]!.minisearch;
      if (!measured || !first) return [type, null];
      return [
        type,
        {
          queries: measured.length,
          p50Ms: percentile(measured, 50),
          p95Ms: percentile(measured, 95),
          maxMs: percentile(measured, 100),
          sample: { query: first.query, total: totals.get(type)![0] },
          medianTotal: percentile(totals.get(type)!, 50),
        },
      ];
    }),
  );
  log(
    `n=${n} MiniSearch queries: ${QUERY_TYPES.filter((type) => byType[type])
      .map((type) => `${type} ${byType[type]!.p50Ms}/${byType[type]!.p95Ms}`)
      .join(', ')} ms (p50/p95)`,
  );

  const added = fresh.articles.map((a, i) => toDocument(a, n + 1 + i));
  const adding = performance.now();
  index.addAll(added);
  const add100Ms = round(performance.now() - adding);
  const foundNew = index.search(fresh.sharedWord).length;

  return {
    buildSeconds,
    heapDeltaMB,
    heapMeasuredBy: exactHeap
      ? 'heapUsed after minus before, each after a forced full GC (--expose-gc); the articles themselves excluded'
      : 'heapUsed after minus before without forced GC (run with --expose-gc for an exact figure)',
    queries: {
      limit: 20,
      byType,
      notes:
        'phrase and sortByDate: no MiniSearch equivalent (null). titleField uses its fields option, afterDate and unread its filter callback over a stored date and the id. Times are in-process calls: no thread hop, no database, no snippets or facets.',
    },
    add100Ms,
    foundNewAfterAdd: foundNew,
  };
}
