// Search as you type: the box's text, the query it settles into after a pause, its order, and its results page by page.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ArticleId, SearchSort } from '../../../shared/model.ts';
import { getOutpost } from '../../api-client.ts';
import { appendPage, refreshAnswer, sameSearch } from './search-pages.ts';
import type { SearchAnswer } from './search-pages.ts';

export type { SearchAnswer } from './search-pages.ts';

export const searchDebounceMs = 200;
export const searchPageSize = 50;
/** The most a refresh asks for at once (the API's limit). */
const maxRefresh = 10_000;

export interface SearchState {
  /** What is in the box right now. */
  text: string;
  /** The query the results are for ('' when not searching). */
  query: string;
  sort: SearchSort;
  /** The latest results, kept on screen while a newer query is on its way. */
  answer: SearchAnswer | null;
  pending: boolean;
  loadingMore: boolean;
  setText: (text: string) => void;
  /** Searches now, without waiting for the pause (Enter). */
  submit: () => void;
  /** Puts `text` in the box and searches for it at once (a facet chip, a saved search). */
  run: (text: string) => void;
  clear: () => void;
  setSort: (sort: SearchSort) => void;
  /** Loads the next page after the hits shown. */
  showMore: () => void;
}

/**
 * Runs again whenever the library changes (`revision`) or new articles became searchable
 * (`searchRevision`, see useSearchUpdates), keeping every page already loaded; `keepId` is the
 * article being read (see refreshAnswer).
 */
export function useSearch(
  revision: number,
  searchRevision: number,
  keepId: ArticleId | null,
  onError: (error: unknown) => void,
): SearchState {
  const [text, setTextState] = useState('');
  const [query, setQuery] = useState('');
  const [sort, setSortState] = useState<SearchSort>('relevance');
  const [answer, setAnswer] = useState<SearchAnswer | null>(null);
  const [loadingMore, setLoadingMore] = useState(false);

  // Answers arrive out of order; callbacks made long ago read the present through these.
  const latest = useRef({ query, sort, answer, keepId, loadingMore: false });
  useEffect(() => {
    latest.current = { ...latest.current, query, sort, answer, keepId };
  });
  const requests = useRef({ sent: 0, applied: 0 });

  const commit = useCallback((next: string) => {
    const trimmed = next.trim();
    setQuery(trimmed);
    if (!trimmed) setAnswer(null);
  }, []);

  useEffect(() => {
    if (text.trim() === query) return;
    const timer = setTimeout(() => commit(text), searchDebounceMs);
    return () => clearTimeout(timer);
  }, [text, query, commit]);

  useEffect(() => {
    if (!query) return;
    const shown = latest.current.answer;
    // The same search again (the library changed): reload every page on screen in one call.
    const loaded = sameSearch(shown, query, sort) ? (shown?.result.hits.length ?? 0) : 0;
    const limit = Math.min(maxRefresh, Math.max(searchPageSize, loaded));
    const id = ++requests.current.sent;
    getOutpost()
      .search(query, { limit, sort })
      .then((result) => {
        const now = latest.current;
        // Only the newest answer for what is asked now; an older one would undo a newer one.
        if (now.query !== query || now.sort !== sort || id < requests.current.applied) return;
        requests.current.applied = id;
        setAnswer((current) => refreshAnswer(current, { query, sort, result }, now.keepId));
      }, onError);
  }, [query, sort, revision, searchRevision, onError]);

  const showMore = useCallback(() => {
    const { answer: shown, query: current, sort: order, loadingMore: busy } = latest.current;
    if (busy || !shown || !sameSearch(shown, current, order)) return;
    const offset = shown.result.hits.length;
    if (offset >= shown.result.total) return;
    latest.current.loadingMore = true;
    setLoadingMore(true);
    getOutpost()
      .search(current, { limit: searchPageSize, offset, sort: order })
      .then((page) => {
        setAnswer((now) => (now && sameSearch(now, current, order) ? appendPage(now, page) : now));
      }, onError)
      .finally(() => {
        latest.current.loadingMore = false;
        setLoadingMore(false);
      });
  }, [onError]);

  return {
    text,
    query,
    sort,
    answer: query ? answer : null,
    pending: query !== '' && !sameSearch(answer, query, sort),
    loadingMore,
    setText: setTextState,
    submit: () => commit(text),
    run: (next) => {
      setTextState(next);
      commit(next);
    },
    clear: () => {
      setTextState('');
      commit('');
    },
    setSort: setSortState,
    showMore,
  };
}
