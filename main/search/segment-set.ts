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
}

export function createSegmentSet(): SegmentSet {
  return { segments: new Map(), owner: new Map() };
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
}

/**
 * Statistics over all loaded segments, as if they were one index. Superseded versions still
 * count until a merge drops them: a small, temporary skew, as with Lucene's deletions.
 */
export function globalStats(set: SegmentSet): GlobalStats {
  let documents = 0;
  for (const segment of set.segments.values()) documents += segment.docCount;
  const cache = new Map<string, number>();
  return {
    documents,
    idf(term) {
      let value = cache.get(term);
      if (value === undefined) {
        let df = 0;
        for (const segment of set.segments.values()) df += segmentDf(segment, term);
        value = idf(df, documents);
        cache.set(term, value);
      }
      return value;
    },
  };
}

/**
 * The weight lunr stored for a term in one field of a document (BM25 with the segment's idf
 * and the field boost), re-based on the global idf.
 */
export function termWeight(
  segment: LoadedSegment,
  stats: GlobalStats,
  field: string,
  ref: string,
  term: string,
): number {
  const index = segment.index as unknown as {
    invertedIndex: Record<string, { _index: number }>;
    fieldVectors: Record<string, { elements: number[] }>;
  };
  const vector = index.fieldVectors[`${field}/${ref}`];
  const termIndex = index.invertedIndex[term]?._index;
  if (!vector || termIndex === undefined) return 0;
  const elements = vector.elements;
  let low = 0;
  let high = elements.length / 2 - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const at = elements[middle * 2]!;
    if (at === termIndex) {
      const local = idf(segmentDf(segment, term), segment.docCount);
      return local > 0 ? (elements[middle * 2 + 1]! * stats.idf(term)) / local : 0;
    }
    if (at < termIndex) low = middle + 1;
    else high = middle - 1;
  }
  return 0;
}
