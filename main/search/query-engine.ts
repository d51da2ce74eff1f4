// Evaluates a parsed query over the loaded segments: lunr finds the matches, scores are re-based
// on global statistics, then filters, phrases, facets, order and the page of hits.
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
import type { FieldName } from './indexing.ts';
import {
  globalStats,
  isLive,
  termWeight,
  type GlobalStats,
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
  const positives = query.clauses.filter(
    (clause) => clause.type === 'term' && !clause.negated,
  ) as Array<Extract<QueryClause, { type: 'term' }>>;
  // A negated phrase excludes only where its words stand together: checked on the text, later.
  const negatives = query.clauses.filter(
    (clause) => clause.type === 'term' && clause.negated && clause.term.kind === 'word',
  ) as Array<Extract<QueryClause, { type: 'term' }>>;
  const groups = query.clauses.filter((clause) => clause.type === 'any') as Array<
    Extract<QueryClause, { type: 'any' }>
  >;

  let candidates: Scores | null = null;
  if (positives.some((clause) => hasIndexTerms(clause.term))) {
    candidates = evaluate(state.set, stats, matched, (query) => {
      for (const clause of positives) addTerm(query, clause, lunr.Query.presence.REQUIRED);
      for (const clause of negatives) addTerm(query, clause, lunr.Query.presence.PROHIBITED);
    });
  }
  for (const group of groups) {
    const union: Scores = new Map();
    for (const alternative of group.alternatives) {
      const found = evaluate(state.set, stats, matched, (query) =>
        addTerm(query, alternative, lunr.Query.presence.REQUIRED),
      );
      for (const [id, score] of found) union.set(id, Math.max(union.get(id) ?? 0, score));
      if (alternative.term.kind === 'phrase' && !hasIndexTerms(alternative.term)) {
        for (const id of store.phraseMatches(
          null,
          alternative.term.words,
          phraseField(alternative),
        )) {
          if (!union.has(id)) union.set(id, 0);
        }
      }
    }
    candidates = candidates ? intersect(candidates, union) : union;
  }
  if (!candidates) {
    // Only filters, exclusions or phrases of common words: start from every live article.
    candidates = new Map([...state.meta.keys()].map((id) => [id, 0]));
  }
  if (negatives.length > 0 && !positives.some((clause) => hasIndexTerms(clause.term))) {
    const excluded = evaluate(state.set, stats, new Set(), (query) => {
      for (const clause of negatives) addTerm(query, clause, lunr.Query.presence.OPTIONAL);
    });
    for (const id of excluded.keys()) candidates.delete(id);
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

/** Runs one lunr query over every segment; keeps live versions, scored with global statistics. */
function evaluate(
  set: SegmentSet,
  stats: GlobalStats,
  matched: Set<string>,
  build: (query: lunr.Query) => void,
): Scores {
  const scores: Scores = new Map();
  for (const segment of set.segments.values()) {
    for (const result of segment.index.query(build)) {
      const id = Number(result.ref);
      if (!isLive(set, segment.id, id)) continue;
      let score = 0;
      const metadata = result.matchData.metadata as Record<string, Record<string, unknown>>;
      for (const term of Object.keys(metadata)) {
        matched.add(term);
        for (const field of Object.keys(metadata[term]!)) {
          score += termWeight(segment, stats, field, result.ref, term);
        }
      }
      scores.set(id, score);
    }
  }
  return scores;
}

function addTerm(query: lunr.Query, clause: FieldTerm, presence: lunr.Query.presence): void {
  const scope = clause.field ? { fields: [lunrField[clause.field]], presence } : { presence };
  const term: QueryTerm = clause.term;
  if (term.kind === 'phrase') {
    for (const word of term.words) if (!isStopWord(word)) query.term(word, scope);
    return;
  }
  if (term.prefix) {
    query.term(term.text, { ...scope, wildcard: lunr.Query.wildcard.TRAILING, usePipeline: false });
  } else if (term.fuzzy > 0) {
    query.term(term.text, { ...scope, editDistance: term.fuzzy });
  } else if (!isStopWord(term.text)) {
    query.term(term.text, scope);
  }
}

function hasIndexTerms(term: QueryTerm): boolean {
  if (term.kind === 'phrase') return term.words.some((word) => !isStopWord(word));
  return term.prefix || term.fuzzy > 0 || !isStopWord(term.text);
}

function isStopWord(word: string): boolean {
  return lunr.stopWordFilter(new lunr.Token(word, {})) === undefined;
}

function intersect(a: Scores, b: Scores): Scores {
  const result: Scores = new Map();
  for (const [id, score] of a) {
    const other = b.get(id);
    if (other !== undefined) result.set(id, score + other);
  }
  return result;
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
  for (const id of ids) {
    const meta = state.meta.get(id)!;
    const name = state.sources.get(meta.source) ?? 'Unknown source';
    source[name] = (source[name] ?? 0) + 1;
    const key = String(new Date(meta.date).getUTCFullYear());
    year[key] = (year[key] ?? 0) + 1;
  }
  // Region and topic counts arrive with tagging.
  return { source, year, region: {}, topic: {} };
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
        // Filled once articles are tagged.
        regions: [],
        topics: [],
      },
    ];
  });
}
