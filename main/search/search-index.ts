// Full-text search over the archive: the one module the rest of the backend asks.
import type lunr from 'lunr';
import type { ArticleId, SearchHit, SearchOptions, SearchResult } from '../../shared/model.ts';
import { parseQuery, type QueryClause } from '../../shared/query.ts';
import { words } from '../../shared/tokenize.ts';
import { listIndexableArticles } from '../store/articles.ts';
import type { Database } from '../store/db.ts';
import { sourceTitle } from '../store/sources.ts';
import { buildLunrIndex, matchedRanges, runLunrQuery } from './lunr-index.ts';
import { makeSnippet } from './snippets.ts';

export interface SearchIndex {
  search(query: string, options?: SearchOptions): SearchResult;
  /** Call after articles were added or changed: the next search rebuilds. */
  invalidate(): void;
  /** v1 builds the index in memory on the first search after a change. */
  state(): { documents: number; state: 'not-built' | 'ready' };
}

const DEFAULT_LIMIT = 50;

interface HitRow {
  id: number;
  title: string;
  text: string;
  author: string | null;
  source: string;
  published: string | null;
  added: string;
  read: number;
  starred: number;
}

export function createSearchIndex(db: Database): SearchIndex {
  let index: lunr.Index | null = null;
  let documents = 0;

  function ensureIndex(): lunr.Index {
    if (!index) {
      const articles = listIndexableArticles(db);
      index = buildLunrIndex(articles);
      documents = articles.length;
    }
    return index;
  }

  return {
    invalidate() {
      index = null;
    },
    state() {
      return index ? { documents, state: 'ready' } : { documents: 0, state: 'not-built' };
    },
    search(query, options = {}) {
      const parsed = parseQuery(query);
      if (!parsed.ok) return emptyResult(parsed.problem);
      if (parsed.clauses.length === 0) return emptyResult(null);
      const results = runLunrQuery(ensureIndex(), parsed.clauses);
      const rows = loadRows(
        db,
        results.map((result) => Number(result.ref)),
      );
      const matches = results.filter((result) => {
        const row = rows.get(Number(result.ref));
        return row !== undefined && satisfiesPhrases(row, parsed.clauses);
      });

      if (options.sort === 'date') {
        const dateOf = (result: lunr.Index.Result) => {
          const row = rows.get(Number(result.ref))!;
          return row.published ?? row.added;
        };
        matches.sort((a, b) => dateOf(b).localeCompare(dateOf(a)));
      }
      const facets = { source: {} as Record<string, number> };
      for (const result of matches) {
        const source = rows.get(Number(result.ref))!.source;
        facets.source[source] = (facets.source[source] ?? 0) + 1;
      }
      const offset = options.offset ?? 0;
      const limit = options.limit ?? DEFAULT_LIMIT;
      const hits = matches
        .slice(offset, offset + limit)
        .map((result) => toHit(result, rows.get(Number(result.ref))!));
      return {
        total: matches.length,
        hits,
        facets,
        terms: highlightTerms(parsed.clauses),
        problem: null,
      };
    },
  };
}

function emptyResult(problem: string | null): SearchResult {
  return { total: 0, hits: [], facets: { source: {} }, terms: [], problem };
}

function loadRows(db: Database, ids: readonly ArticleId[]): Map<number, HitRow> {
  const rows = new Map<number, HitRow>();
  // SQLite limits bound parameters per statement; stay well below it.
  for (let i = 0; i < ids.length; i += 500) {
    const chunk = ids.slice(i, i + 500);
    const found = db
      .prepare(
        `SELECT a.id, a.title, a.text, a.author, ${sourceTitle} AS source, a.published_at AS published,
           a.added_at AS added, a.read, a.starred
         FROM articles a JOIN sources s ON s.id = a.source_id
         WHERE a.id IN (${chunk.map(() => '?').join(',')})`,
      )
      .all(...chunk) as unknown as HitRow[];
    for (const row of found) rows.set(row.id, row);
  }
  return rows;
}

/** lunr has no word positions across terms, so phrases are checked on the stored words. */
function satisfiesPhrases(row: HitRow, clauses: readonly QueryClause[]): boolean {
  for (const clause of clauses) {
    if (clause.kind !== 'phrase') continue;
    const haystack = fieldWords(row, clause.field);
    const found = containsSequence(haystack, clause.words);
    if (found === clause.negated) return false;
  }
  return true;
}

function fieldWords(row: HitRow, field: QueryClause['field']): string[] {
  switch (field) {
    case 'title':
      return words(row.title);
    case 'author':
      return words(row.author ?? '');
    case 'source':
      return words(row.source);
    default:
      return words(`${row.title}\n${row.text}`);
  }
}

function containsSequence(haystack: readonly string[], needle: readonly string[]): boolean {
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) {
      if (haystack[i + j] !== needle[j]) continue outer;
    }
    return true;
  }
  return false;
}

function highlightTerms(clauses: readonly QueryClause[]): string[] {
  const terms = new Set<string>();
  for (const clause of clauses) {
    if (clause.negated) continue;
    if (clause.kind === 'phrase') clause.words.forEach((word) => terms.add(word));
    else terms.add(clause.text);
  }
  return [...terms];
}

function toHit(result: lunr.Index.Result, row: HitRow): SearchHit {
  const { snippet, highlights } = makeSnippet(row.text, matchedRanges(result, 'text'));
  return {
    id: row.id,
    title: row.title,
    score: Math.round(result.score * 1000) / 1000,
    snippet,
    highlights,
    published: row.published,
    added: row.added,
    source: row.source,
    read: row.read === 1,
    starred: row.starred === 1,
    // Filled once articles are tagged.
    regions: [],
    topics: [],
  };
}
