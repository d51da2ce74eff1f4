// Evaluates a parsed query over the loaded segments: terms are looked up in lunr's inverted index
// and token sets, weighted with lunr's BM25 vectors re-based on global statistics; then filters,
// phrases, facets, order and the page of hits.
import lunr from 'lunr';
import type {
  FieldTerm,
  QueryClause,
  QueryTerm,
  SearchField,
  SearchQuery,
} from '../../shared/query-ast.ts';
import type { OfflineState, SearchFacets, SearchHit, SearchOptions } from '../../shared/model.ts';
import { tokenize } from '../../shared/tokenize.ts';
import { FIELDS, fieldNames, type FieldName } from './indexing.ts';
import {
  globalStats,
  isLive,
  segmentDf,
  termScale,
  termWeight,
  type GlobalStats,
  type TermScale,
  type LoadedSegment,
  type SegmentSet,
} from './segment-set.ts';
import { makeSnippet } from './snippets.ts';

/** What the engine knows of every live article without reading its text. */
export interface DocMeta {
  source: number;
  /** Publication (else storage) time, ms since the epoch. */
  date: number;
  read: boolean;
  starred: boolean;
  /** Country codes (ISO alpha-2). */
  countries: readonly string[];
  /** Names of the countries and regions the article is tagged with. */
  places: readonly string[];
  /** Topic labels. */
  topics: readonly string[];
}

/** Where a phrase must stand: anywhere in the article (title or text), or in one field. */
export type PhraseField = 'anywhere' | 'title' | 'author' | 'source' | 'tags';

/** The database reads the engine needs, injected so the engine runs anywhere. */
export interface QueryStore {
  /** The ids among `ids` (all articles when null) where the phrase's words stand together. */
  phraseMatches(
    ids: readonly number[] | null,
    phrase: readonly string[],
    field: PhraseField,
  ): Set<number>;
  hitRows(ids: readonly number[]): Map<number, HitRow>;
}

export interface HitRow {
  id: number;
  title: string;
  text: string;
  published: string | null;
  added: string;
  offline: OfflineState;
}

export interface EngineState {
  set: SegmentSet;
  meta: Map<number, DocMeta>;
  sources: Map<number, string>;
}

export interface EngineResult {
  total: number;
  hits: SearchHit[];
  facets: SearchFacets;
  terms: string[];
}

const DEFAULT_LIMIT = 50;

const lunrField: Record<SearchField, FieldName> = {
  title: 'title',
  author: 'author',
  source: 'source',
  region: 'tags',
  topic: 'tags',
  tag: 'tags',
};

type Scores = Map<number, number>;

export function runSearch(
  state: EngineState,
  store: QueryStore,
  query: SearchQuery,
  options: SearchOptions = {},
): EngineResult {
  const stats = globalStats(state.set);
  const matched = new Set<string>();
  let candidates: Scores | null = null;
  if (query.clauses.some(constrains)) {
    candidates = new Map();
    for (const segment of state.set.segments.values()) {
      for (const [ref, score] of matchSegment(segment, stats, query.clauses, matched)) {
        const id = Number(ref);
        if (isLive(state.set, segment.id, id)) candidates.set(id, score);
      }
    }
  }
  // OR alternatives made only of common words cannot be looked up: check their phrases directly.
  for (const clause of query.clauses) {
    if (
      clause.type !== 'any' ||
      !clause.alternatives.some((alternative) => !hasIndexTerms(alternative.term))
    )
      continue;
    for (const alternative of clause.alternatives) {
      if (alternative.term.kind !== 'phrase' || hasIndexTerms(alternative.term)) continue;
      for (const id of store.phraseMatches(
        null,
        alternative.term.words,
        phraseField(alternative),
      )) {
        if (!candidates?.has(id)) candidates?.set(id, 0);
      }
    }
  }
  if (!candidates) {
    // Only filters, exclusions or phrases of common words: start from every live article.
    candidates = new Map([...state.meta.keys()].map((id) => [id, 0]));
    const exclusions = query.clauses.filter((clause) => clause.type === 'term' && clause.negated);
    if (exclusions.length > 0) {
      for (const segment of state.set.segments.values()) {
        for (const clause of exclusions as Array<Extract<QueryClause, { type: 'term' }>>) {
          if (clause.term.kind !== 'word') continue;
          const requirement = requirementFor(segment, stats, clause, new Set());
          for (const ref of requirement?.docs().keys() ?? []) candidates.delete(Number(ref));
        }
      }
    }
  }

  const ids = [...candidates.keys()].filter((id) => passesFilters(state.meta.get(id), query));
  const kept = checkPhrases(store, ids, query.clauses);
  const sorted = kept.sort((a, b) =>
    options.sort === 'date'
      ? state.meta.get(b)!.date - state.meta.get(a)!.date
      : candidates.get(b)! - candidates.get(a)! ||
        state.meta.get(b)!.date - state.meta.get(a)!.date,
  );
  const offset = options.offset ?? 0;
  const page = sorted.slice(offset, offset + (options.limit ?? DEFAULT_LIMIT));
  return {
    total: sorted.length,
    hits: toHits(state, store, page, candidates, highlightTerms(query, matched)),
    facets: countFacets(state, sorted),
    terms: displayTerms(query),
  };
}

/** Whether a clause narrows the articles through the index (rather than only by phrase or filter). */
function constrains(clause: QueryClause): boolean {
  if (clause.type === 'any')
    return clause.alternatives.every((alternative) => hasIndexTerms(alternative.term));
  return !clause.negated && hasIndexTerms(clause.term);
}

/**
 * What one clause asks of an article in one segment: the articles that satisfy it (with their
 * score), and a cheap test of one article, so the rarest clause picks the candidates and the
 * others only check them.
 */
interface Requirement {
  size: number;
  docs(): Map<string, number>;
  probe(ref: string): number | undefined;
}

/** Matches the query's clauses in one segment, as lunr would, but without building match objects. */
function matchSegment(
  segment: LoadedSegment,
  stats: GlobalStats,
  clauses: readonly QueryClause[],
  matched: Set<string>,
): Map<string, number> {
  const required: Requirement[] = [];
  const excluded: Requirement[] = [];
  for (const clause of clauses) {
    if (clause.type === 'any') {
      const alternatives = clause.alternatives.map((alternative) =>
        requirementFor(segment, stats, alternative, matched),
      );
      if (alternatives.some((alternative) => alternative === null)) continue;
      required.push(anyOf(alternatives as Requirement[]));
    } else if (clause.negated) {
      // A negated phrase excludes only where its words stand together: checked on the text, later.
      if (clause.term.kind === 'word') {
        const requirement = requirementFor(segment, stats, clause, new Set());
        if (requirement) excluded.push(requirement);
      }
    } else {
      const requirement = requirementFor(segment, stats, clause, matched);
      if (requirement) required.push(requirement);
    }
  }
  if (required.length === 0) return new Map();
  required.sort((a, b) => a.size - b.size);
  const result = required[0]!.docs();
  for (const requirement of [...required.slice(1), ...excluded]) {
    const isExclusion = excluded.includes(requirement);
    for (const [ref, score] of result) {
      const extra = requirement.probe(ref);
      if (isExclusion ? extra !== undefined : extra === undefined) result.delete(ref);
      else if (!isExclusion) result.set(ref, score + extra!);
    }
    if (result.size === 0) break;
  }
  return result;
}

/** A term clause or an OR alternative as a requirement; null when it is only common words. */
function requirementFor(
  segment: LoadedSegment,
  stats: GlobalStats,
  clause: FieldTerm,
  matched: Set<string>,
): Requirement | null {
  const fields = clause.field ? [lunrField[clause.field]] : fieldNames;
  const term = clause.term;
  if (term.kind === 'phrase') {
    // Every word must be there (their order is checked on the stored words afterwards).
    const words = term.words.filter((word) => !isStopWord(word));
    if (words.length === 0) return null;
    const parts = words.map((word) =>
      termsRequirement(segment, stats, [stem(word)], fields, matched),
    );
    return allOf(parts);
  }
  if (!term.prefix && term.fuzzy === 0 && isStopWord(term.text)) return null;
  return termsRequirement(segment, stats, expand(segment, stats, term), fields, matched);
}

type Postings = Record<string, Record<string, object> | undefined>;

/** The article holds at least one of these index terms, in one of these fields. */
function termsRequirement(
  segment: LoadedSegment,
  stats: GlobalStats,
  terms: readonly string[],
  fields: readonly FieldName[],
  matched: Set<string>,
): Requirement {
  const index = segment.index as unknown as { invertedIndex: Record<string, Postings> };
  const lists: Array<{ scale: TermScale; field: FieldName; refs: Record<string, object> }> = [];
  let size = 0;
  for (const term of terms) {
    const posting = index.invertedIndex[term];
    const scale = posting ? termScale(segment, stats, term) : null;
    if (!posting || !scale) continue;
    matched.add(term);
    // The document frequency is cached per segment: counting postings here would allocate.
    size += segmentDf(segment, term);
    for (const field of fields) {
      const refs = posting[field];
      if (refs) lists.push({ scale, field, refs });
    }
  }
  // A prefix can stand for dozens of terms holding much of the archive. Looking up each posting's
  // BM25 weight is what costs; for many terms an estimate (idf and field boost) ranks well enough.
  const estimate = terms.length > 4;
  const weigh = (field: FieldName, ref: string, scale: TermScale) =>
    estimate ? scale.idf * boosts[field] : termWeight(segment, field, ref, scale);
  return {
    size,
    docs() {
      const docs = new Map<string, number>();
      for (const { scale, field, refs } of lists) {
        for (const ref of Object.keys(refs))
          docs.set(ref, (docs.get(ref) ?? 0) + weigh(field, ref, scale));
      }
      return docs;
    },
    probe(ref) {
      let score: number | undefined;
      for (const { scale, field, refs } of lists) {
        if (Object.hasOwn(refs, ref)) score = (score ?? 0) + weigh(field, ref, scale);
      }
      return score;
    },
  };
}

const boosts = Object.fromEntries(FIELDS.map((field) => [field.name, field.boost])) as Record<
  FieldName,
  number
>;

function allOf(parts: Requirement[]): Requirement {
  parts.sort((a, b) => a.size - b.size);
  return {
    size: parts[0]!.size,
    docs() {
      const docs = parts[0]!.docs();
      for (const part of parts.slice(1)) {
        for (const [ref, score] of docs) {
          const extra = part.probe(ref);
          if (extra === undefined) docs.delete(ref);
          else docs.set(ref, score + extra);
        }
      }
      return docs;
    },
    probe(ref) {
      let score = 0;
      for (const part of parts) {
        const extra = part.probe(ref);
        if (extra === undefined) return undefined;
        score += extra;
      }
      return score;
    },
  };
}

function anyOf(alternatives: Requirement[]): Requirement {
  return {
    size: alternatives.reduce((sum, alternative) => sum + alternative.size, 0),
    docs() {
      const docs = new Map<string, number>();
      for (const alternative of alternatives) {
        for (const [ref, score] of alternative.docs())
          docs.set(ref, Math.max(docs.get(ref) ?? 0, score));
      }
      return docs;
    },
    probe(ref) {
      let best: number | undefined;
      for (const alternative of alternatives) {
        const score = alternative.probe(ref);
        if (score !== undefined) best = Math.max(best ?? 0, score);
      }
      return best;
    },
  };
}

/** lunr's TokenSet constructor for fuzzy matching, which its type declarations leave out. */
interface TokenSetStatics {
  fromFuzzyString(text: string, editDistance: number): lunr.TokenSet;
}

/** At most this many index terms for one prefix or fuzzy word: the most frequent ones. */
const MAX_EXPANSION = 64;

/**
 * The index terms a word stands for in one segment. The index holds stems, so a prefix also
 * reaches the stem it was cut to (see GlobalStats.prefixTerms), and a misspelt word is compared
 * both as typed and stemmed.
 */
function expand(
  segment: LoadedSegment,
  stats: GlobalStats,
  term: Extract<QueryTerm, { kind: 'word' }>,
): string[] {
  if (term.prefix) return stats.prefixTerms(term.text, MAX_EXPANSION);
  if (term.fuzzy > 0) {
    const tokenSet = (segment.index as unknown as { tokenSet: lunr.TokenSet }).tokenSet;
    const terms = new Set<string>();
    for (const form of new Set([term.text, stem(term.text)])) {
      const fuzzy = (lunr.TokenSet as unknown as TokenSetStatics).fromFuzzyString(form, term.fuzzy);
      for (const found of tokenSet.intersect(fuzzy).toArray()) terms.add(found);
    }
    return [...terms]
      .sort((a, b) => segmentDf(segment, b) - segmentDf(segment, a))
      .slice(0, MAX_EXPANSION);
  }
  return [stem(term.text)];
}

function hasIndexTerms(term: QueryTerm): boolean {
  if (term.kind === 'phrase') return term.words.some((word) => !isStopWord(word));
  return term.prefix || term.fuzzy > 0 || !isStopWord(term.text);
}

function isStopWord(word: string): boolean {
  return lunr.stopWordFilter(new lunr.Token(word, {})) === undefined;
}

function passesFilters(meta: DocMeta | undefined, query: SearchQuery): boolean {
  if (!meta) return false;
  const { after, before, read, starred } = query.filters;
  if (after && meta.date < Date.parse(`${after}T00:00:00Z`)) return false;
  if (before && meta.date >= Date.parse(`${before}T00:00:00Z`)) return false;
  if (read !== null && meta.read !== read) return false;
  if (starred !== null && meta.starred !== starred) return false;
  return true;
}

function phraseField(clause: FieldTerm): PhraseField {
  switch (clause.field) {
    case null:
      return 'anywhere';
    case 'title':
    case 'author':
    case 'source':
      return clause.field;
    default:
      return 'tags';
  }
}

/** lunr keeps no word order: phrases are checked against the stored words. */
function checkPhrases(store: QueryStore, ids: number[], clauses: readonly QueryClause[]): number[] {
  let kept = ids;
  for (const clause of clauses) {
    if (clause.type !== 'term' || clause.term.kind !== 'phrase' || kept.length === 0) continue;
    const found = store.phraseMatches(kept, clause.term.words, phraseField(clause));
    kept = kept.filter((id) => found.has(id) !== clause.negated);
  }
  return kept;
}

function countFacets(state: EngineState, ids: readonly number[]): EngineResult['facets'] {
  const source: Record<string, number> = {};
  const year: Record<string, number> = {};
  const region: Record<string, number> = {};
  const topic: Record<string, number> = {};
  const country: Record<string, number> = {};
  const bump = (counts: Record<string, number>, key: string) => {
    counts[key] = (counts[key] ?? 0) + 1;
  };
  for (const id of ids) {
    const meta = state.meta.get(id)!;
    bump(source, state.sources.get(meta.source) ?? 'Unknown source');
    bump(year, String(new Date(meta.date).getUTCFullYear()));
    for (const name of meta.places) bump(region, name);
    for (const label of meta.topics) bump(topic, label);
    for (const code of meta.countries) bump(country, code);
  }
  return { source, year, region, topic, country };
}

/** Index terms to mark in the text: what lunr matched (stemmed, expanded) and phrase words. */
function highlightTerms(query: SearchQuery, matched: Set<string>): Set<string> {
  const terms = new Set(matched);
  for (const clause of query.clauses) {
    const parts = clause.type === 'term' ? (clause.negated ? [] : [clause]) : clause.alternatives;
    for (const part of parts) {
      if (part.term.kind === 'phrase') for (const word of part.term.words) terms.add(stem(word));
    }
  }
  return terms;
}

/** The words as typed, for marking in the list and the reader. */
function displayTerms(query: SearchQuery): string[] {
  const terms = new Set<string>();
  for (const clause of query.clauses) {
    const parts = clause.type === 'term' ? (clause.negated ? [] : [clause]) : clause.alternatives;
    for (const part of parts) {
      if (part.term.kind === 'phrase') part.term.words.forEach((word) => terms.add(word));
      else terms.add(part.term.text);
    }
  }
  return [...terms];
}

const stems = new Map<string, string>();

/** lunr's stemmer, remembered: snippets stem every word of every hit on the page. */
function stem(word: string): string {
  let stemmed = stems.get(word);
  if (stemmed === undefined) {
    if (stems.size > 50_000) stems.clear();
    stemmed = lunr.stemmer(new lunr.Token(word, {})).toString();
    stems.set(word, stemmed);
  }
  return stemmed;
}

function toHits(
  state: EngineState,
  store: QueryStore,
  page: readonly number[],
  scores: Scores,
  terms: Set<string>,
): SearchHit[] {
  const rows = store.hitRows(page);
  return page.flatMap((id) => {
    const row = rows.get(id);
    const meta = state.meta.get(id);
    if (!row || !meta) return [];
    const ranges: Array<[number, number]> = [];
    for (const token of tokenize(row.text)) {
      if (terms.has(stem(token.term)) || terms.has(token.term))
        ranges.push([token.start, token.end]);
    }
    const { snippet, highlights } = makeSnippet(row.text, ranges);
    return [
      {
        id,
        title: row.title,
        score: Math.round((scores.get(id) ?? 0) * 1000) / 1000,
        snippet,
        highlights,
        published: row.published,
        added: row.added,
        source: state.sources.get(meta.source) ?? '',
        read: meta.read,
        starred: meta.starred,
        offline: row.offline,
        regions: [...meta.places],
        topics: [...meta.topics],
      },
    ];
  });
}
