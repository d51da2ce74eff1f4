// Search as you type: the box's text, the query it settles into after a pause, its order, and its results page by page.
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ArticleId, SearchSort } from '../../../shared/model.ts';
import { getOutpost } from '../../api-client.ts';
import { useReportError } from '../../data/useReportError.ts';
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
 * The results live in the query cache under ['search', query, sort]; they are fetched again when the
 * index changes ('search-updated'), keeping every page already loaded; `keepId` is the article being
 * read (see refreshAnswer).
 */
export function useSearch(
  keepId: ArticleId | null,
  onError: (error: unknown) => void,
): SearchState {
  const client = useQueryClient();
  const [text, setTextState] = useState('');
  const [query, setQuery] = useState('');
  const [sort, setSortState] = useState<SearchSort>('relevance');
  const [loadingMore, setLoadingMore] = useState(false);
  const keep = useRef(keepId);
  useEffect(() => {
    keep.current = keepId;
  }, [keepId]);

  const commit = useCallback((next: string) => setQuery(next.trim()), []);

  useEffect(() => {
    if (text.trim() === query) return;
    const timer = setTimeout(() => commit(text), searchDebounceMs);
    return () => clearTimeout(timer);
  }, [text, query, commit]);

  const key = useMemo(() => searchKey(query, sort), [query, sort]);
  const results = useQuery({
    queryKey: key,
    queryFn: async (): Promise<SearchAnswer> => {
      // The same search again (the index changed): every page on screen, in one call.
      const loaded = client.getQueryData<SearchAnswer>(key)?.result.hits.length ?? 0;
      const limit = Math.min(maxRefresh, Math.max(searchPageSize, loaded));
      const result = await getOutpost().search(query, { limit, sort });
      const shown = client.getQueryData<SearchAnswer>(key) ?? null;
      return refreshAnswer(shown, { query, sort, result }, keep.current);
    },
    enabled: query !== '',
    // The latest results stay on screen while a newer query is on its way.
    placeholderData: keepPreviousData,
  });
  useReportError(onError, results.error);
  const answer = query ? (results.data ?? null) : null;

  const showMore = useCallback(() => {
    const shown = client.getQueryData<SearchAnswer>(key);
    if (loadingMore || !shown) return;
    const offset = shown.result.hits.length;
    if (offset >= shown.result.total) return;
    setLoadingMore(true);
    getOutpost()
      .search(shown.query, { limit: searchPageSize, offset, sort: shown.sort })
      .then((page) => {
        client.setQueryData<SearchAnswer>(key, (now) => (now ? appendPage(now, page) : now));
      }, onError)
      .finally(() => setLoadingMore(false));
  }, [client, key, loadingMore, onError]);

  return {
    text,
    query,
    sort,
    answer,
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

/** Where a search's pages live in the query cache. */
export function searchKey(query: string, sort: SearchSort) {
  return ['search', query, sort] as const;
}
