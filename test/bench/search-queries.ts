// The benchmark's queries: words drawn from the articles of the size being measured, one list
// per query type, each with its Outpost form and, where MiniSearch has one, its MiniSearch form.
import lunr from 'lunr';
import type { SearchOptions as MiniSearchOptions } from 'minisearch';
import type { SearchOptions } from '../../shared/model.ts';
import { words } from '../../shared/tokenize.ts';
import { createRandom, MADE_UP_PREFIX, type BenchArticle } from './search-corpus.ts';
import { isRead } from './search-library.ts';

export const QUERY_TYPES = [
  'word',
  'twoWordsAnd',
  'phrase',
  'or',
  'prefix',
  'fuzzy',
  'titleField',
  'afterDate',
  'sortByDate',
  'unread',
] as const;
export type QueryType = (typeof QUERY_TYPES)[number];

export interface BenchQuery {
  outpost: { query: string; options: SearchOptions };
  /** null where MiniSearch has no such query (phrases; ordering by date). */
  minisearch: { query: string; options: MiniSearchOptions } | null;
}

export interface QueryPlan {
  queries: Record<QueryType, BenchQuery[]>;
  /** A word found in most articles: the cold-start probe. */
  commonWord: string;
  /** How the words were chosen, for the JSON output. */
  vocabulary: { sampledArticles: number; distinctWords: number; midFrequencyWords: number };
}

const isStopWord = (word: string) => lunr.stopWordFilter(new lunr.Token(word, {})) === undefined;
const isPlainWord = (word: string) =>
  /^[a-z]{3,}$/.test(word) && !isStopWord(word) && !word.startsWith(MADE_UP_PREFIX);

/**
 * Draws `perType` queries of each type from a sample of articles 0..n-1. Mid-frequency words
 * (in 0.5–5% of articles) are what people search for; stop words never are.
 */
export function planQueries(
  article: (index: number) => BenchArticle,
  n: number,
  perType: number,
): QueryPlan {
  const random = createRandom(n * 31 + perType);
  const sampleSize = Math.min(n, 2000);
  const sample = Array.from({ length: sampleSize }, (_, i) =>
    article(Math.floor((i * n) / sampleSize)),
  );
  const df = new Map<string, number>();
  for (const { title, text } of sample) {
    for (const word of new Set(words(`${title}\n${text}`))) df.set(word, (df.get(word) ?? 0) + 1);
  }
  const share = (word: string) => (df.get(word) ?? 0) / sampleSize;
  const plain = [...df.keys()].filter(isPlainWord).sort();
  let middle = plain.filter((word) => share(word) >= 0.005 && share(word) <= 0.05);
  if (middle.length < perType * 2) {
    middle = plain.filter((word) => share(word) >= 0.002 && share(word) <= 0.2);
  }
  if (middle.length < 4) throw new Error(`The corpus has too few distinct words to query.`);
  const commonWord = plain.reduce((best, word) => (share(word) > share(best) ? word : best));

  const draw = () => middle[Math.floor(random() * middle.length)]!;
  const long = () => {
    for (let i = 0; i < 1000; i++) {
      const word = draw();
      if (word.length >= 5) return word;
    }
    return draw();
  };
  const many = (make: (k: number) => BenchQuery) =>
    Array.from({ length: perType }, (_, k) => make(k));
  const ms = (query: string, options: MiniSearchOptions = {}) => ({ query, options });

  const queries: Record<QueryType, BenchQuery[]> = {
    word: many(() => {
      const word = draw();
      return { outpost: { query: word, options: {} }, minisearch: ms(word) };
    }),
    twoWordsAnd: many(() => {
      const [a, b] = [draw(), draw()];
      return {
        outpost: { query: `${a} ${b}`, options: {} },
        minisearch: ms(`${a} ${b}`, { combineWith: 'AND' }),
      };
    }),
    phrase: many(() => {
      const [a, b] = phraseFrom(sample, random, (word) => share(word) <= 0.2);
      return { outpost: { query: `"${a} ${b}"`, options: {} }, minisearch: null };
    }),
    or: many(() => {
      const [a, b] = [draw(), draw()];
      return { outpost: { query: `${a} OR ${b}`, options: {} }, minisearch: ms(`${a} ${b}`) };
    }),
    prefix: many((k) => {
      const stem = long().slice(0, 3 + (k % 2));
      return {
        outpost: { query: `${stem}*`, options: {} },
        minisearch: ms(stem, { prefix: true }),
      };
    }),
    fuzzy: many(() => {
      const typo = misspell(long(), random);
      return { outpost: { query: `${typo}~1`, options: {} }, minisearch: ms(typo, { fuzzy: 1 }) };
    }),
    titleField: many(() => {
      const word = titleWord(sample, random);
      return {
        outpost: { query: `title:${word}`, options: {} },
        minisearch: ms(word, { fields: ['title'] }),
      };
    }),
    afterDate: many(() => {
      const word = draw();
      const year = 2022 + Math.floor(random() * 4);
      const after = Date.UTC(year, 0, 1);
      return {
        outpost: { query: `${word} after:${year}-01-01`, options: {} },
        minisearch: ms(word, { filter: (result) => (result.date as number) >= after }),
      };
    }),
    sortByDate: many(() => {
      const word = draw();
      return { outpost: { query: word, options: { sort: 'date' } }, minisearch: null };
    }),
    unread: many(() => {
      const word = draw();
      return {
        outpost: { query: `${word} is:unread`, options: {} },
        minisearch: ms(word, { filter: (result) => !isRead(result.id as number) }),
      };
    }),
  };
  return {
    queries,
    commonWord,
    vocabulary: {
      sampledArticles: sampleSize,
      distinctWords: df.size,
      midFrequencyWords: middle.length,
    },
  };
}

/** Two neighbouring words of one sentence of a sampled article: a phrase that occurs. */
function phraseFrom(
  sample: readonly BenchArticle[],
  random: () => number,
  rareEnough: (word: string) => boolean,
): [string, string] {
  for (let attempt = 0; attempt < 10_000; attempt++) {
    const { text } = sample[Math.floor(random() * sample.length)]!;
    const sentences = text.split(/(?<=[.!?])\s+/);
    const sentence = words(sentences[Math.floor(random() * sentences.length)]!);
    if (sentence.length < 2) continue;
    const at = Math.floor(random() * (sentence.length - 1));
    const [a, b] = [sentence[at]!, sentence[at + 1]!];
    if (isPlainWord(a) && isPlainWord(b) && (rareEnough(a) || rareEnough(b))) return [a, b];
  }
  throw new Error('Found no two-word phrase without stop words in the corpus.');
}

function titleWord(sample: readonly BenchArticle[], random: () => number): string {
  for (let attempt = 0; attempt < 10_000; attempt++) {
    const candidates = words(sample[Math.floor(random() * sample.length)]!.title).filter(
      isPlainWord,
    );
    if (candidates.length > 0) return candidates[Math.floor(random() * candidates.length)]!;
  }
  throw new Error('Found no title word without stop words in the corpus.');
}

/** One letter inside the word replaced by another: a typo an edit distance of 1 forgives. */
function misspell(word: string, random: () => number): string {
  const at = 1 + Math.floor(random() * (word.length - 2));
  const was = word.charCodeAt(at) - 97;
  const letter = String.fromCharCode(97 + ((was + 1 + Math.floor(random() * 25)) % 26));
  return word.slice(0, at) + letter + word.slice(at + 1);
}

/** p-th percentile by nearest rank, in ms rounded to 0.01. */
export function percentile(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return round(sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)]!);
}

export function round(value: number, digits = 2): number {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}
