// What the reader taught the tagger: a multinomial naive Bayes model per topic, trained on this
// machine from the articles the reader tagged with a topic (positive) or removed it from
// (negative), against a background sample of the archive. Its verdict is blended into the
// lexicon's scores, more strongly the more examples a topic has.
import { iptcTopics } from '../../shared/iptc-topics.ts';
import type { TopicScore } from './topics.ts';

export interface TopicExample {
  qcode: string;
  text: string;
  positive: boolean;
}

export interface LearnedTopics {
  /** Topics with at least one example. */
  readonly topics: number;
  adjust(scored: readonly TopicScore[], text: string): TopicScore[];
}

/** Examples a topic needs before its model speaks with full weight. */
const FULL_WEIGHT_EXAMPLES = 3;
/** Laplace smoothing. */
const ALPHA = 0.5;
/** Words of an article the model looks at (the first ones carry the story). */
const MAX_WORDS = 400;
const STOP = new Set(
  'the a an and or of to in on at for by with from as is are was were be been has have had it its this that these those he she they we you i his her their our not but said says will would could can may also than after before over into about more most new one two'.split(
    ' ',
  ),
);

export function learnTopics(
  examples: readonly TopicExample[],
  background: readonly string[],
): LearnedTopics | null {
  if (examples.length === 0) return null;
  const labels = new Map(iptcTopics.map((t) => [t.qcode, t.label]));
  const backgroundCounts = new Map<string, number>();
  let backgroundTotal = 0;
  for (const text of [...background, ...examples.map((e) => e.text)]) {
    for (const word of contentWords(text)) {
      backgroundCounts.set(word, (backgroundCounts.get(word) ?? 0) + 1);
      backgroundTotal++;
    }
  }
  interface Side {
    counts: Map<string, number>;
    total: number;
    examples: number;
  }
  const models = new Map<string, { positive: Side; negative: Side }>();
  for (const example of examples) {
    const model = models.get(example.qcode) ?? {
      positive: { counts: new Map(), total: 0, examples: 0 },
      negative: { counts: new Map(), total: 0, examples: 0 },
    };
    const side = example.positive ? model.positive : model.negative;
    side.examples++;
    for (const word of contentWords(example.text)) {
      side.counts.set(word, (side.counts.get(word) ?? 0) + 1);
      side.total++;
    }
    models.set(example.qcode, model);
  }
  const vocabulary = backgroundCounts.size + 1;
  const logP = (side: { counts: Map<string, number>; total: number }, word: string) =>
    Math.log(((side.counts.get(word) ?? 0) + ALPHA) / (side.total + ALPHA * vocabulary));
  const backgroundSide = { counts: backgroundCounts, total: backgroundTotal };
  /** Mean log-likelihood ratio per word: > 0 when the text reads like the side's examples. */
  const likeness = (side: Side, words: readonly string[]) => {
    if (side.examples === 0) return 0;
    let sum = 0;
    let known = 0;
    for (const word of words) {
      // A word nobody has seen says nothing either way.
      if (!backgroundCounts.has(word)) continue;
      sum += logP(side, word) - logP(backgroundSide, word);
      known++;
    }
    return known === 0 ? 0 : sum / known;
  };
  return {
    topics: models.size,
    adjust(scored, text) {
      const words = contentWords(text).slice(0, MAX_WORDS);
      const byCode = new Map(scored.map((t) => [t.qcode, { ...t }]));
      for (const [qcode, model] of models) {
        const weightOf = (side: Side) => Math.min(1, side.examples / FULL_WEIGHT_EXAMPLES);
        const yes = sigmoid(6 * likeness(model.positive, words)) * weightOf(model.positive);
        const no = sigmoid(6 * likeness(model.negative, words)) * weightOf(model.negative);
        const current = byCode.get(qcode) ?? { qcode, label: labels.get(qcode) ?? qcode, score: 0 };
        let score = current.score;
        if (yes > 0.5 && yes > no) score = Math.max(score, yes);
        if (no > 0.5 && no > yes) score = score * (1 - no);
        byCode.set(qcode, { ...current, score: Math.round(score * 1000) / 1000 });
      }
      return [...byCode.values()].sort((a, b) => b.score - a.score);
    },
  };
}

function contentWords(text: string): string[] {
  const words: string[] = [];
  for (const match of text.toLowerCase().matchAll(/\p{L}[\p{L}\p{M}'’-]*\p{L}|\p{L}/gu)) {
    const word = match[0];
    if (word.length > 2 && !STOP.has(word)) words.push(word);
  }
  return words;
}

function sigmoid(x: number): number {
  return 1 / (1 + Math.exp(-x));
}
