// Scores an article against the IPTC Media Topics with the keyword lexicon (shared/topic-lexicon.ts):
// pure and synchronous, cheap enough to run inline during sync (a 500-word article in well under 1 ms).
import { iptcTopics } from '../../shared/iptc-topics.ts';
import { listLexiconTerms, neutralPhrases } from '../../shared/topic-lexicon.ts';
import { normalizeTerm } from '../../shared/tokenize.ts';

/** Stored with automatic topic tags; bump it when the lexicon or the scoring changes. */
export const TOPIC_LEXICON_VERSION = '2';

export interface TopicInput {
  title: string;
  text: string;
  /** The feed's own category strings ("Sport", "Politics", "tech"), if any. */
  categories?: readonly string[];
}

export interface TopicScore {
  qcode: string;
  label: string;
  /** Share of the article's topical evidence, 0..1; level-2 evidence also counts for its parent. */
  score: number;
}

const TITLE_WEIGHT = 3;
const LEAD_WEIGHT = 1.5;
const BODY_WEIGHT = 1;
const LEAD_WORDS = 60;
const CATEGORY_WEIGHT = 4;
/** A category equal to a topic's label (or to a part of a level-1 label) is strong evidence. */
const CATEGORY_LABEL_EVIDENCE = 8;
/**
 * Evidence for "none of these topics": without it one stray keyword would score 1.0. With it, a
 * weak hint stays low and a long, clearly topical article still scores close to 1.
 */
const UNKNOWN_EVIDENCE = 4;
const MAX_PHRASE_WORDS = 4;
const MIN_PREFIX = 3;

/** Where a word was found; each zone has its weight. */
type Zone = 0 | 1 | 2 | 3;
const TITLE: Zone = 0;
const LEAD: Zone = 1;
const BODY: Zone = 2;
const CATEGORY: Zone = 3;
const ZONES = 4;
const zoneWeights = [TITLE_WEIGHT, LEAD_WEIGHT, BODY_WEIGHT, CATEGORY_WEIGHT];

/** What one word or phrase of an article is evidence for. */
interface Match {
  /** Lexicon entries, at most one per topic (the heaviest): evidence for each topic. */
  entries: number[];
  /**
   * The heaviest of those per level-1 topic: a word listed under two subtopics of "education" is
   * one piece of evidence for education, not two.
   */
  parentEntries: number[];
}

interface CompiledLexicon {
  /** Topic index (into iptcTopics) and weight of each (topic, term) entry. */
  entryTopic: Int32Array;
  entryWeight: Float64Array;
  words: Map<string, number[]>;
  prefixes: Map<string, number[]>;
  prefixLengths: number[];
  /** Whole phrases, words joined by one space. */
  phrases: Map<string, Match>;
  /** Phrases whose last word is a prefix, keyed by their other words. */
  prefixPhrases: Map<string, { prefix: string; match: Match }[]>;
  /** First words of all phrases: most words start none, so they skip the phrase lookups. */
  phraseStarts: Set<string>;
  /** Level-1 topic index of each topic (itself for a level-1 topic). */
  parentOf: Int32Array;
  /** Normalised labels and level-1 label parts, for matching feed categories. */
  labels: Map<string, number>;
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;
// Plain ASCII words only need lower-casing; the full normalisation (accents, apostrophes) is slower.
const NEEDS_NORMALIZING = /['’]|\P{ASCII}/u;

/** Splits text into words exactly as the search index does (shared/tokenize.ts), only faster. */
export function tokenizeForTopics(text: string): string[] {
  const words: string[] = [];
  for (const [found] of text.matchAll(WORD)) {
    const word = NEEDS_NORMALIZING.test(found) ? normalizeTerm(found) : found.toLowerCase();
    if (word) words.push(word);
  }
  return words;
}

function pushTo(map: Map<string, number[]>, key: string, entry: number): void {
  const list = map.get(key);
  if (list) list.push(entry);
  else map.set(key, [entry]);
}

/** Keeps the heaviest of `entries` per group (topic, or level-1 topic). */
function heaviestPer(
  entries: readonly number[],
  groupOf: (entry: number) => number,
  weight: Float64Array,
): number[] {
  const best = new Map<number, number>();
  for (const entry of entries) {
    const group = groupOf(entry);
    const current = best.get(group);
    if (current === undefined || weight[entry]! > weight[current]!) best.set(group, entry);
  }
  return [...best.values()];
}

function compileLexicon(): CompiledLexicon {
  const topicIndex = new Map(iptcTopics.map((topic, index) => [topic.qcode, index]));
  const parentOf = Int32Array.from(iptcTopics, (topic, index) =>
    topic.parent === null ? index : (topicIndex.get(topic.parent) ?? index),
  );
  const rows = listLexiconTerms();
  const entryTopic = new Int32Array(rows.length);
  const entryWeight = new Float64Array(rows.length);
  const words = new Map<string, number[]>();
  const prefixes = new Map<string, number[]>();
  const phraseEntries = new Map<string, number[]>();
  const prefixPhraseEntries = new Map<string, number[]>();
  const seen = new Set<string>();

  rows.forEach((row, entry) => {
    const topic = topicIndex.get(row.qcode);
    if (topic === undefined) throw new Error(`Topic lexicon: unknown topic ${row.qcode}.`);
    const isPrefix = row.term.endsWith('*');
    const termWords = tokenizeForTopics(isPrefix ? row.term.slice(0, -1) : row.term);
    const key = termWords.join(' ');
    const where = `Topic lexicon, ${row.qcode}, "${row.term}"`;
    if (termWords.length === 0 || termWords.length > MAX_PHRASE_WORDS) {
      throw new Error(`${where}: a term is 1 to ${MAX_PHRASE_WORDS} words.`);
    }
    if (isPrefix && termWords.length === 1 && key.length < MIN_PREFIX) {
      throw new Error(`${where}: a one-word prefix needs at least ${MIN_PREFIX} letters.`);
    }
    const identity = `${row.qcode} ${key}${isPrefix ? '*' : ''}`;
    if (seen.has(identity)) throw new Error(`${where}: listed twice for this topic.`);
    seen.add(identity);

    entryTopic[entry] = topic;
    entryWeight[entry] = row.weight;
    if (termWords.length === 1) pushTo(isPrefix ? prefixes : words, key, entry);
    else pushTo(isPrefix ? prefixPhraseEntries : phraseEntries, key, entry);
  });

  const toMatch = (entries: readonly number[]): Match => {
    const perTopic = heaviestPer(entries, (entry) => entryTopic[entry]!, entryWeight);
    const perParent = heaviestPer(perTopic, (entry) => parentOf[entryTopic[entry]!]!, entryWeight);
    return { entries: perTopic, parentEntries: perParent };
  };
  const phrases = new Map([...phraseEntries].map(([key, list]) => [key, toMatch(list)]));
  for (const raw of neutralPhrases.split(',')) {
    const key = tokenizeForTopics(raw).join(' ');
    const where = `Topic lexicon, neutral phrase "${raw.trim()}"`;
    if (!key.includes(' ') || key.split(' ').length > MAX_PHRASE_WORDS || raw.includes('*')) {
      throw new Error(`${where}: a neutral phrase is 2 to ${MAX_PHRASE_WORDS} words, no prefix.`);
    }
    if (phrases.has(key)) throw new Error(`${where}: also listed as a topic term.`);
    phrases.set(key, { entries: [], parentEntries: [] });
  }
  const prefixPhrases = new Map<string, { prefix: string; match: Match }[]>();
  for (const [key, list] of prefixPhraseEntries) {
    const cut = key.lastIndexOf(' ');
    const head = key.slice(0, cut);
    prefixPhrases.set(head, [
      ...(prefixPhrases.get(head) ?? []),
      { prefix: key.slice(cut + 1), match: toMatch(list) },
    ]);
  }
  const phraseStarts = new Set(
    [...phrases.keys(), ...prefixPhraseEntries.keys()].map((key) => key.split(' ')[0]!),
  );

  const labels = new Map<string, number>();
  iptcTopics.forEach((topic, index) => {
    labels.set(tokenizeForTopics(topic.label).join(' '), index);
  });
  iptcTopics.forEach((topic, index) => {
    if (topic.parent !== null) return;
    // "arts, culture, entertainment and media" → arts · culture · entertainment · media
    for (const part of topic.label.split(/,\s*|\s+and\s+/)) {
      const key = tokenizeForTopics(part).join(' ');
      if (key && !labels.has(key)) labels.set(key, index);
    }
  });

  return {
    entryTopic,
    entryWeight,
    words,
    prefixes,
    prefixLengths: [...new Set([...prefixes.keys()].map((prefix) => prefix.length))].sort(
      (a, b) => a - b,
    ),
    phrases,
    prefixPhrases,
    phraseStarts,
    parentOf,
    labels,
  };
}

const lexicon = compileLexicon();
const NO_MATCH: Match = { entries: [], parentEntries: [] };

/** What a lone word matches, exactly or by prefix; memoised per article. */
function matchWord(word: string, memo: Map<string, Match>): Match {
  const cached = memo.get(word);
  if (cached) return cached;
  const found: number[] = [...(lexicon.words.get(word) ?? [])];
  for (const length of lexicon.prefixLengths) {
    if (length > word.length) break;
    const entries = lexicon.prefixes.get(word.slice(0, length));
    if (entries) found.push(...entries);
  }
  let match = NO_MATCH;
  if (found.length > 0) {
    const entries = heaviestPer(found, (entry) => lexicon.entryTopic[entry]!, lexicon.entryWeight);
    const parentEntries = heaviestPer(
      entries,
      (entry) => lexicon.parentOf[lexicon.entryTopic[entry]!]!,
      lexicon.entryWeight,
    );
    match = { entries, parentEntries };
  }
  memo.set(word, match);
  return match;
}

/** The longest phrase starting at `start` and its length in words; null if none does. */
function matchPhrase(words: readonly string[], start: number): [Match, number] | null {
  if (!lexicon.phraseStarts.has(words[start]!)) return null;
  const longest = Math.min(MAX_PHRASE_WORDS, words.length - start);
  for (let length = longest; length >= 2; length--) {
    const head = words.slice(start, start + length - 1).join(' ');
    const last = words[start + length - 1]!;
    const whole = lexicon.phrases.get(`${head} ${last}`);
    if (whole) return [whole, length];
    for (const candidate of lexicon.prefixPhrases.get(head) ?? []) {
      if (last.startsWith(candidate.prefix)) return [candidate.match, length];
    }
  }
  return null;
}

/** Occurrences of each entry in each zone, for its topic and for its level-1 topic. */
interface Counts {
  topic: Map<number, number>;
  parent: Map<number, number>;
}

function countMatches(
  words: readonly string[],
  zoneAt: (index: number) => Zone,
  counts: Counts,
  memo: Map<string, Match>,
): void {
  for (let i = 0; i < words.length;) {
    const [match, length] = matchPhrase(words, i) ?? [matchWord(words[i]!, memo), 1];
    const zone = zoneAt(i);
    for (const entry of match.entries) {
      const slot = entry * ZONES + zone;
      counts.topic.set(slot, (counts.topic.get(slot) ?? 0) + 1);
    }
    for (const entry of match.parentEntries) {
      const slot = entry * ZONES + zone;
      counts.parent.set(slot, (counts.parent.get(slot) ?? 0) + 1);
    }
    i += length;
  }
}

/** Sums, per topic (or per level-1 topic), weight × zone weight × (1 + ln occurrences). */
function sumEvidence(
  counts: Map<number, number>,
  groupOf: (topic: number) => number,
): Float64Array {
  const evidence = new Float64Array(iptcTopics.length);
  for (const [slot, count] of counts) {
    const entry = Math.floor(slot / ZONES);
    const weight = lexicon.entryWeight[entry]! * zoneWeights[slot % ZONES]!;
    evidence[groupOf(lexicon.entryTopic[entry]!)]! += weight * (1 + Math.log(count));
  }
  return evidence;
}

function matchCategory(category: string): number | undefined {
  const key = tokenizeForTopics(category).join(' ');
  // Feeds say "Elections" or "Sports" where IPTC says "election" and "sport".
  return lexicon.labels.get(key) ?? lexicon.labels.get(key.replace(/s$/, ''));
}

/**
 * Scores every level-1 topic and each level-2 topic with any evidence, best first. Evidence is a
 * term's weight times, per zone (title ×3, first 60 words ×1.5, rest ×1, feed category ×4),
 * 1 + ln(occurrences): repeating a word adds ever less. Scores are shares of all the evidence.
 */
export function scoreTopics(input: TopicInput): TopicScore[] {
  const counts: Counts = { topic: new Map(), parent: new Map() };
  const memo = new Map<string, Match>();
  countMatches(tokenizeForTopics(input.title), () => TITLE, counts, memo);
  countMatches(
    tokenizeForTopics(input.text),
    (index) => (index < LEAD_WORDS ? LEAD : BODY),
    counts,
    memo,
  );
  const labelled: number[] = [];
  for (const category of input.categories ?? []) {
    const topic = matchCategory(category);
    if (topic !== undefined) labelled.push(topic);
    countMatches(tokenizeForTopics(category), () => CATEGORY, counts, memo);
  }

  const evidence = sumEvidence(counts.topic, (topic) => topic);
  const totals = sumEvidence(counts.parent, (topic) => lexicon.parentOf[topic]!);
  for (const topic of labelled) {
    evidence[topic]! += CATEGORY_LABEL_EVIDENCE;
    totals[lexicon.parentOf[topic]!]! += CATEGORY_LABEL_EVIDENCE;
  }
  // Only level-1 slots of `totals` are ever filled.
  const sum = totals.reduce((a, b) => a + b, UNKNOWN_EVIDENCE);

  const scores: TopicScore[] = [];
  iptcTopics.forEach((topic, index) => {
    if (topic.parent === null) {
      scores.push({ qcode: topic.qcode, label: topic.label, score: totals[index]! / sum });
    } else if (evidence[index]! > 0) {
      // A subtopic never outscores its parent, whose evidence includes the subtopic's.
      const capped = Math.min(evidence[index]!, totals[lexicon.parentOf[index]!]!);
      scores.push({ qcode: topic.qcode, label: topic.label, score: capped / sum });
    }
  });
  // Array.prototype.sort is stable: ties keep the vocabulary's order.
  return scores.sort((a, b) => b.score - a.score);
}
