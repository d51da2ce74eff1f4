// The loaded segments, which segment holds the live version of each article, and the global term
// statistics that make scores from different segments comparable.
import type lunr from 'lunr';
import { fieldNames } from './indexing.ts';

export interface LoadedSegment {
  id: number;
  index: lunr.Index;
  docCount: number;
  /** Article id → the revision this segment holds. */
  revisions: Map<number, number>;
  /** Per-term document frequency in this segment, computed as lunr's idf does, cached. */
  df: Map<string, number>;
}

export interface SegmentSet {
  segments: Map<number, LoadedSegment>;
  /** Article id → the segment holding its newest indexed revision. */
  owner: Map<number, { segment: number; revision: number }>;
  /**
   * Every index term of every loaded segment, sorted: prefixes are expanded once per query by a
   * binary search here, rather than by walking each segment's token set.
   */
  vocabulary: string[];
}

export function createSegmentSet(): SegmentSet {
  return { segments: new Map(), owner: new Map(), vocabulary: [] };
}

export function addSegment(
  set: SegmentSet,
  id: number,
  index: lunr.Index,
  docs: ReadonlyArray<[number, number]>,
): void {
  const revisions = new Map(docs);
  set.segments.set(id, { id, index, docCount: docs.length, revisions, df: new Map() });
  for (const [article, revision] of docs) claim(set, article, id, revision);
  set.vocabulary = mergeSorted(set.vocabulary, termsOf(index));
}

/** Drops segments (merged away or damaged); their articles fall back to other segments, if any. */
export function removeSegments(set: SegmentSet, ids: readonly number[]): void {
  const affected = new Set<number>();
  for (const id of ids) {
    const segment = set.segments.get(id);
    if (!segment) continue;
    set.segments.delete(id);
    for (const article of segment.revisions.keys()) affected.add(article);
  }
  for (const article of affected) {
    if (!ids.includes(set.owner.get(article)?.segment ?? -1)) continue;
    set.owner.delete(article);
    for (const segment of set.segments.values()) {
      const revision = segment.revisions.get(article);
      if (revision !== undefined) claim(set, article, segment.id, revision);
    }
  }
  set.vocabulary = [];
  for (const segment of set.segments.values()) {
    set.vocabulary = mergeSorted(set.vocabulary, termsOf(segment.index));
  }
}

function termsOf(index: lunr.Index): string[] {
  return Object.keys((index as unknown as { invertedIndex: object }).invertedIndex).sort();
}

/** Two sorted lists as one, without duplicates. */
function mergeSorted(a: readonly string[], b: readonly string[]): string[] {
  const merged: string[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const next = j >= b.length || (i < a.length && a[i]! <= b[j]!) ? a[i++]! : b[j++]!;
    if (merged[merged.length - 1] !== next) merged.push(next);
  }
  return merged;
}

/** The index terms starting with `prefix`, in order, from the sorted vocabulary. */
export function termsStartingWith(set: SegmentSet, prefix: string): string[] {
  const vocabulary = set.vocabulary;
  let low = 0;
  let high = vocabulary.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (vocabulary[middle]! < prefix) low = middle + 1;
    else high = middle;
  }
  const terms: string[] = [];
  for (let i = low; i < vocabulary.length && vocabulary[i]!.startsWith(prefix); i++)
    terms.push(vocabulary[i]!);
  return terms;
}

/** A newer revision wins; between equal revisions, the newer segment (a merge) wins. */
function claim(set: SegmentSet, article: number, segment: number, revision: number): void {
  const current = set.owner.get(article);
  if (
    !current ||
    revision > current.revision ||
    (revision === current.revision && segment > current.segment)
  ) {
    set.owner.set(article, { segment, revision });
  }
}

export function isLive(set: SegmentSet, segment: number, article: number): boolean {
  return set.owner.get(article)?.segment === segment;
}

/** Document frequency of an index term in one segment, counted per field as lunr.idf does. */
export function segmentDf(segment: LoadedSegment, term: string): number {
  let df = segment.df.get(term);
  if (df === undefined) {
    df = 0;
    const posting = (
      segment.index as unknown as { invertedIndex: Record<string, Record<string, object>> }
    ).invertedIndex[term];
    if (posting) for (const field of fieldNames) df += Object.keys(posting[field] ?? {}).length;
    segment.df.set(term, df);
  }
  return df;
}

/** lunr's inverse document frequency, so weights built with it can be re-based. */
export function idf(df: number, documents: number): number {
  return Math.log(1 + Math.abs((documents - df + 0.5) / (df + 0.5)));
}

export interface GlobalStats {
  documents: number;
  idf(term: string): number;
  /** Document frequency over all segments. */
  df(term: string): number;
  /**
   * The index terms a typed prefix stands for: those starting with it, and the slightly shorter
   * stems stemming may have cut it to ("generat" → "gener"); at most `limit`, most frequent first.
   */
  prefixTerms(prefix: string, limit: number): string[];
}

/**
 * Statistics over all loaded segments, as if they were one index. Superseded versions still
 * count until a merge drops them: a small, temporary skew, as with Lucene's deletions.
 */
export function globalStats(set: SegmentSet): GlobalStats {
  let documents = 0;
  for (const segment of set.segments.values()) documents += segment.docCount;
  const dfs = new Map<string, number>();
  const df = (term: string): number => {
    let value = dfs.get(term);
    if (value === undefined) {
      value = 0;
      for (const segment of set.segments.values()) value += segmentDf(segment, term);
      dfs.set(term, value);
    }
    return value;
  };
  const idfs = new Map<string, number>();
  return {
    documents,
    df,
    idf(term) {
      let value = idfs.get(term);
      if (value === undefined) {
        value = idf(df(term), documents);
        idfs.set(term, value);
      }
      return value;
    },
    prefixTerms(prefix, limit) {
      const terms = termsStartingWith(set, prefix);
      for (let length = prefix.length - 1; length >= Math.max(3, prefix.length - 4); length--) {
        const candidate = prefix.slice(0, length);
        if (termsStartingWith(set, candidate)[0] === candidate) terms.push(candidate);
      }
      if (terms.length <= limit) return terms;
      return terms
        .map((term) => [term, df(term)] as const)
        .sort((a, b) => b[1] - a[1])
        .slice(0, limit)
        .map(([term]) => term);
    },
  };
}

/** How one index term is weighed in one segment: its position in lunr's vectors and its idf ratio. */
export interface TermScale {
  termIndex: number;
  /** Global idf over the segment's idf, to re-base the weights lunr stored. */
  ratio: number;
  /** The global idf itself. */
  idf: number;
}

export function termScale(
  segment: LoadedSegment,
  stats: GlobalStats,
  term: string,
): TermScale | null {
  const index = segment.index as unknown as { invertedIndex: Record<string, { _index: number }> };
  const termIndex = index.invertedIndex[term]?._index;
  if (termIndex === undefined) return null;
  const local = idf(segmentDf(segment, term), segment.docCount);
  const global = stats.idf(term);
  return { termIndex, ratio: local > 0 ? global / local : 0, idf: global };
}

/**
 * The weight lunr stored for a term in one field of a document (BM25 with the segment's idf
 * and the field boost), re-based on the global idf.
 */
export function termWeight(
  segment: LoadedSegment,
  field: string,
  ref: string,
  scale: TermScale,
): number {
  const vector = (
    segment.index as unknown as { fieldVectors: Record<string, { elements: number[] }> }
  ).fieldVectors[`${field}/${ref}`];
  if (!vector) return 0;
  const elements = vector.elements;
  let low = 0;
  let high = elements.length / 2 - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const at = elements[middle * 2]!;
    if (at === scale.termIndex) return elements[middle * 2 + 1]! * scale.ratio;
    if (at < scale.termIndex) low = middle + 1;
    else high = middle - 1;
  }
  return 0;
}
