// The benchmark's articles: a synthetic news-like corpus drawn from word statistics, or a JSONL
// corpus repeated and varied to any size. Article i is the same whatever the size asked for.
import { readFileSync } from 'node:fs';
import { NAME_SYLLABLES, VOCABULARY } from './search-words.ts';

export interface BenchArticle {
  title: string;
  /** Paragraphs separated by blank lines. */
  text: string;
  /** ISO 8601, spread over five years. */
  published: string;
}

export interface Corpus {
  /** What the JSON output says about the corpus. */
  describe(): Record<string, unknown>;
  article(index: number): BenchArticle;
}

/** Deterministic, fast, good enough for text: mulberry32. */
export function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A seed per article, so article i never depends on the articles before it. */
function articleSeed(seed: number, index: number): number {
  return Math.imul(index + 1, 0x9e3779b1) ^ seed;
}

const FIRST_DAY = Date.UTC(2021, 0, 1);
const FIVE_YEARS_MS = Date.UTC(2026, 0, 1) - FIRST_DAY;

function publishedAt(random: () => number): string {
  return new Date(FIRST_DAY + Math.floor(random() * FIVE_YEARS_MS)).toISOString();
}

/** Draws ranks 0..n-1 with probability ∝ 1/(rank + offset)^exponent (Zipf–Mandelbrot). */
function zipfSampler(
  n: number,
  exponent: number,
  offset: number,
): (random: () => number) => number {
  const cumulative = new Float64Array(n);
  let total = 0;
  for (let rank = 0; rank < n; rank++) {
    total += 1 / (rank + offset) ** exponent;
    cumulative[rank] = total;
  }
  return (random) => {
    const target = random() * total;
    let low = 0;
    let high = n - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (cumulative[middle]! < target) low = middle + 1;
      else high = middle;
    }
    return low;
  };
}

const pick = <T>(values: readonly T[], random: () => number): T =>
  values[Math.floor(random() * values.length)]!;

const capitalize = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

function inventNames(count: number, random: () => number): string[] {
  const { onsets, vowels, codas } = NAME_SYLLABLES;
  const names = new Set<string>();
  while (names.size < count) {
    const syllables = 2 + Math.floor(random() * 2);
    let name = '';
    for (let i = 0; i < syllables; i++) {
      name += pick(onsets, random) + pick(vowels, random) + (i > 0 ? pick(codas, random) : '');
    }
    names.add(capitalize(name));
  }
  return [...names];
}

const SYNTHETIC = {
  seed: 20_240_611,
  zipfExponent: 1.05,
  zipfOffset: 2.7,
  names: 8000,
  /** Share of body words that are names, numbers, and the article's own topic words. */
  nameShare: 0.05,
  numberShare: 0.02,
  topicShare: 0.08,
  topicWords: 8,
  bodyWords: [300, 800],
  titleWords: [6, 12],
} as const;

/** English-like news: Zipf-distributed real words, a cast of names and a topic per article. */
export function createSyntheticCorpus(): Corpus {
  const vocabulary = VOCABULARY;
  const drawWord = zipfSampler(vocabulary.length, SYNTHETIC.zipfExponent, SYNTHETIC.zipfOffset);
  const names = inventNames(SYNTHETIC.names, createRandom(SYNTHETIC.seed));
  const drawName = zipfSampler(names.length, 1, 1);
  // Topic words come from past the function words, so articles differ in what they are about.
  const firstContentRank = 120;
  const drawTopic = zipfSampler(vocabulary.length - firstContentRank, 0.7, 10);

  return {
    describe: () => ({
      kind: 'synthetic',
      vocabularyWords: vocabulary.length,
      inventedNames: names.length,
      ...SYNTHETIC,
      years: '2021-2025',
    }),
    article(index) {
      const random = createRandom(articleSeed(SYNTHETIC.seed, index));
      const topic = Array.from(
        { length: SYNTHETIC.topicWords },
        () => vocabulary[firstContentRank + drawTopic(random)]!,
      );
      const cast = Array.from(
        { length: 2 + Math.floor(random() * 5) },
        () => names[drawName(random)]!,
      );
      const word = (): string => {
        const roll = random();
        if (roll < SYNTHETIC.nameShare) return pick(cast, random);
        if (roll < SYNTHETIC.nameShare + SYNTHETIC.numberShare) return number(random);
        if (roll < SYNTHETIC.nameShare + SYNTHETIC.numberShare + SYNTHETIC.topicShare)
          return pick(topic, random);
        return vocabulary[drawWord(random)]!;
      };
      const [minTitle, maxTitle] = SYNTHETIC.titleWords;
      const titleLength = minTitle + Math.floor(random() * (maxTitle - minTitle + 1));
      const titleWords = [pick(cast, random), pick(topic, random)];
      while (titleWords.length < titleLength) {
        titleWords.push(random() < 0.3 ? pick(topic, random) : word());
      }
      shuffle(titleWords, random);
      const [minBody, maxBody] = SYNTHETIC.bodyWords;
      const bodyLength = minBody + Math.floor(random() * (maxBody - minBody + 1));
      return {
        title: capitalize(titleWords.join(' ')),
        text: writeParagraphs(bodyLength, word, random),
        published: publishedAt(random),
      };
    },
  };
}

function number(random: () => number): string {
  const roll = random();
  if (roll < 0.4) return String(1990 + Math.floor(random() * 36));
  if (roll < 0.8) return String(1 + Math.floor(random() * 999));
  return `${Math.floor(random() * 100)}.${Math.floor(random() * 10)}`;
}

function writeParagraphs(words: number, word: () => string, random: () => number): string {
  const paragraphs: string[] = [];
  let written = 0;
  while (written < words) {
    const sentences: string[] = [];
    const count = 2 + Math.floor(random() * 4);
    for (let s = 0; s < count && written < words; s++) {
      const length = Math.min(words - written, 8 + Math.floor(random() * 21));
      const parts = Array.from({ length }, word);
      if (length > 12) parts[Math.floor(length / 2)] += ',';
      sentences.push(`${capitalize(parts.join(' '))}.`);
      written += length;
    }
    paragraphs.push(sentences.join(' '));
  }
  return paragraphs.join('\n\n');
}

function shuffle<T>(values: T[], random: () => number): void {
  for (let i = values.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [values[i], values[j]] = [values[j]!, values[i]!];
  }
}

/**
 * A JSONL file of `{title, body}` (or `text`) documents. Past its end, documents come back
 * varied: half their sentences swapped for sentences of other documents, in a new order,
 * and a made-up word of their own, so no two articles are the same.
 */
export function createJsonlCorpus(path: string): Corpus {
  const originals: Array<{ title: string; sentences: string[] }> = [];
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line.trim() === '') continue;
    const record = JSON.parse(line) as { title?: unknown; body?: unknown; text?: unknown };
    const body = typeof record.body === 'string' ? record.body : record.text;
    if (typeof body !== 'string' || body.trim() === '') continue;
    const title = typeof record.title === 'string' && record.title.trim() ? record.title : '';
    const sentences = body
      .replace(/\s+/g, ' ')
      .trim()
      .split(/(?<=[.!?])\s+(?=[A-Z0-9"“])/);
    originals.push({ title: title.trim() || sentences[0]!.slice(0, 80), sentences });
  }
  if (originals.length === 0) {
    throw new Error(`${path} holds no documents with a title and a body or text field.`);
  }
  const seed = 7_340_033;

  return {
    describe: () => ({ kind: 'jsonl', path, documents: originals.length, years: '2021-2025' }),
    article(index) {
      const random = createRandom(articleSeed(seed, index));
      const original = originals[index % originals.length]!;
      const published = publishedAt(random);
      if (index < originals.length) {
        return { title: original.title, text: paragraphsOf(original.sentences), published };
      }
      const sentences = original.sentences.map((sentence) =>
        random() < 0.5 ? pick(pick(originals, random).sentences, random) : sentence,
      );
      shuffle(sentences, random);
      sentences.push(`${uniqueWord(index)}.`);
      return { title: original.title, text: paragraphsOf(sentences), published };
    },
  };
}

function paragraphsOf(sentences: readonly string[]): string {
  const paragraphs: string[] = [];
  for (let i = 0; i < sentences.length; i += 3)
    paragraphs.push(sentences.slice(i, i + 3).join(' '));
  return paragraphs.join('\n\n');
}

/** Starts every word the benchmark makes up to tell articles apart: never a query word. */
export const MADE_UP_PREFIX = 'qzx';

/** A word no text contains: letters only, so every tokenizer keeps it whole. */
export function uniqueWord(index: number): string {
  let word = '';
  let rest = index;
  do {
    word = String.fromCharCode(97 + (rest % 26)) + word;
    rest = Math.floor(rest / 26);
  } while (rest > 0);
  return `${MADE_UP_PREFIX}${word}`;
}
