// One size of the search benchmark, in a process of its own (search-bench.ts starts it): fills a
// temporary library, measures Outpost then MiniSearch, prints `{ n, outpost, minisearch }`.
// Options: --n 20000  --corpus FILE.jsonl  --queries 50. Run with --expose-gc.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createJsonlCorpus, createSyntheticCorpus, uniqueWord } from './search-corpus.ts';
import { measureMiniSearch } from './search-minisearch.ts';
import { fillLibrary } from './search-library.ts';
import { measureOutpost, type FreshArticles } from './search-outpost.ts';
import { planQueries } from './search-queries.ts';

const { values } = parseArgs({
  options: {
    n: { type: 'string' },
    corpus: { type: 'string' },
    queries: { type: 'string', default: '50' },
  },
});
const n = Number(values.n);
if (!Number.isInteger(n) || n < 100) throw new Error('--n takes a whole number of at least 100.');
const corpus = values.corpus ? createJsonlCorpus(values.corpus) : createSyntheticCorpus();
const article = (index: number) => corpus.article(index);
const log = (message: string) => process.stderr.write(`[bench:search] ${message}\n`);

/** 100 articles beyond the archive, each with a word of its own and one they share. */
function freshArticles(): FreshArticles {
  const sharedWord = `${uniqueWord(n)}fresh`;
  const uniqueWords = Array.from({ length: 100 }, (_, i) => `${uniqueWord(n * 1000 + i)}new`);
  const articles = uniqueWords.map((word, i) => {
    const base = article(10_000_000 + n + i);
    return { ...base, text: `${base.text}\n\nFiled as ${word} in ${sharedWord}.` };
  });
  return { sharedWord, uniqueWords, articles };
}

const dataDir = mkdtempSync(join(tmpdir(), 'outpost-bench-search-'));
try {
  const fill = fillLibrary(dataDir, article, n);
  log(`n=${n} filled the database in ${fill.seconds} s`);
  const plan = planQueries(article, n, Number(values.queries));
  const fresh = freshArticles();
  const outpost = await measureOutpost({ dataDir, n, plan, fresh, timeoutMs: 120_000 + n * 40 });
  const minisearch = measureMiniSearch(article, n, plan, fresh);
  const result = {
    n,
    outpost: { fillSeconds: fill.seconds, ...outpost, queryWords: plan.vocabulary },
    minisearch,
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}
