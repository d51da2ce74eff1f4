// What a search query means, once parsed: the shape the search engine evaluates.

/** Fields a term can be limited to with `field:term`. */
export const searchFields = ['title', 'author', 'source', 'region', 'topic', 'tag'] as const;
export type SearchField = (typeof searchFields)[number];

/**
 * One searchable unit. Words are lower-cased and accent-folded like the index's terms
 * (see tokenize.ts); `fuzzy` is the edit distance allowed (`word~1`), `prefix` a trailing `*`.
 */
export type QueryTerm =
  | { kind: 'word'; text: string; prefix: boolean; fuzzy: 0 | 1 | 2 }
  | { kind: 'phrase'; words: string[] };

export interface FieldTerm {
  term: QueryTerm;
  /** null: any field (title, text, author, source, tags). */
  field: SearchField | null;
}

/**
 * The query is an AND of clauses: a clause is one term (or its negation), or an OR of
 * alternatives (`mali OR niger OR "burkina faso"`), at least one of which must match.
 */
export type QueryClause =
  ({ type: 'term'; negated: boolean } & FieldTerm) | { type: 'any'; alternatives: FieldTerm[] };

export interface QueryFilters {
  /** ISO date (YYYY-MM-DD): published on or after it. */
  after: string | null;
  /** ISO date (YYYY-MM-DD): published before it. */
  before: string | null;
  read: boolean | null;
  starred: boolean | null;
}

export interface SearchQuery {
  clauses: QueryClause[];
  filters: QueryFilters;
}

export type ParsedQuery = ({ ok: true } & SearchQuery) | { ok: false; problem: string };
