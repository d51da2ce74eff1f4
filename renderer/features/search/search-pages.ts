// How pages of search results add up: a page appended at the end, a refresh that keeps what the reader is looking at.
import type { ArticleId, SearchResult, SearchSort } from '../../../shared/model.ts';

export interface SearchAnswer {
  query: string;
  sort: SearchSort;
  result: SearchResult;
}

export const sameSearch = (a: SearchAnswer | null, query: string, sort: SearchSort): boolean =>
  a !== null && a.query === query && a.sort === sort;

/** The next page, after the hits already shown (a hit that moved up a page is not shown twice). */
export function appendPage(shown: SearchAnswer, page: SearchResult): SearchAnswer {
  const seen = new Set(shown.result.hits.map((hit) => hit.id));
  return {
    ...shown,
    result: {
      ...page,
      hits: [...shown.result.hits, ...page.hits.filter((hit) => !seen.has(hit.id))],
    },
  };
}

/**
 * The same search run again. Rows loaded beyond the refreshed range stay, so the list never
 * shrinks under the reader; the article being read stays where it was even when reading it took
 * it out of the results (`is:unread`), as in the browsed lists, until the reader leaves.
 */
export function refreshAnswer(
  shown: SearchAnswer | null,
  next: SearchAnswer,
  keepId: ArticleId | null,
): SearchAnswer {
  if (!shown || !sameSearch(shown, next.query, next.sort)) return next;
  const hits = [...next.result.hits];
  const ids = new Set(hits.map((hit) => hit.id));
  if (hits.length < next.result.total) {
    for (const hit of shown.result.hits.slice(hits.length)) {
      if (!ids.has(hit.id)) hits.push(hit);
      ids.add(hit.id);
    }
  }
  if (keepId !== null && !ids.has(keepId)) {
    const index = shown.result.hits.findIndex((hit) => hit.id === keepId);
    const kept = shown.result.hits[index];
    if (kept) hits.splice(Math.min(index, hits.length), 0, { ...kept, read: true });
  }
  return { ...next, result: { ...next.result, hits } };
}
