// How long tagging takes per article (places and topics), on the synthetic news-like corpus or a
// JSONL corpus (`--corpus FILE.jsonl`, lines {title, body}). Prints JSON; the goal is ≤ 2 ms per
// article. The first call builds the lexicons and is reported apart.
// Usage: node test/bench/tag-bench.ts [--articles N] [--corpus FILE.jsonl]
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { tagText } from '../../main/tagging/tagger.ts';
import { createSyntheticCorpus, type BenchArticle } from './search-corpus.ts';

const { values } = parseArgs({
  options: { articles: { type: 'string', default: '5000' }, corpus: { type: 'string' } },
});
const count = Number(values.articles);
const articles: BenchArticle[] = [];
if (values.corpus) {
  for (const line of readFileSync(values.corpus, 'utf8').split('\n')) {
    if (!line.trim() || articles.length >= count) continue;
    const doc = JSON.parse(line) as { title?: string; body?: string; dateline?: string };
    articles.push({
      title: doc.title ?? '',
      text: `${doc.dateline ?? ''} ${doc.body ?? ''}`,
      published: '',
    });
  }
} else {
  const corpus = createSyntheticCorpus();
  for (let i = 0; i < count; i++) articles.push(corpus.article(i));
}

const firstStart = performance.now();
tagText({ title: 'Niger', text: 'Talks in Niamey.' });
const firstCallMs = performance.now() - firstStart;

const times: number[] = [];
let words = 0;
for (const article of articles) {
  const start = performance.now();
  tagText({ title: article.title, text: article.text });
  times.push(performance.now() - start);
  words += article.text.split(/\s+/).length;
}
times.sort((a, b) => a - b);
const at = (q: number) =>
  Math.round(times[Math.min(times.length - 1, Math.floor(q * times.length))]! * 1000) / 1000;
const total = times.reduce((sum, t) => sum + t, 0);
console.log(
  JSON.stringify(
    {
      benchmark: 'tag',
      corpus: values.corpus ?? 'synthetic',
      articles: articles.length,
      meanWords: Math.round(words / articles.length),
      firstCallMs: Math.round(firstCallMs),
      msPerArticle: {
        mean: Math.round((total / articles.length) * 1000) / 1000,
        p50: at(0.5),
        p95: at(0.95),
        max: at(1),
      },
      goalMsPerArticle: 2,
      met: total / articles.length <= 2,
      node: process.version,
    },
    null,
    2,
  ),
);
