// Search as you type: the box's text, the query it settles into after a pause, and its results.
import { useCallback, useEffect, useState } from 'react';
import type { SearchResult } from '../../../shared/model.ts';
import { getOutpost } from '../../api-client.ts';

export const searchDebounceMs = 200;
export const searchPageSize = 100;

export interface SearchAnswer {
  query: string;
  result: SearchResult;
}

export interface SearchState {
  /** What is in the box right now. */
  text: string;
  /** The query the results are for ('' when not searching). */
  query: string;
  /** The latest results, kept on screen while a newer query is on its way. */
  answer: SearchAnswer | null;
  pending: boolean;
  setText: (text: string) => void;
  /** Searches now, without waiting for the pause (Enter). */
  submit: () => void;
  clear: () => void;
  showMore: () => void;
}

export function useSearch(revision: number, onError: (error: unknown) => void): SearchState {
  const [text, setTextState] = useState('');
  const [query, setQuery] = useState('');
  const [limit, setLimit] = useState(searchPageSize);
  const [answer, setAnswer] = useState<SearchAnswer | null>(null);

  const commit = useCallback((next: string) => {
    const trimmed = next.trim();
    setQuery(trimmed);
    setLimit(searchPageSize);
    if (!trimmed) setAnswer(null);
  }, []);

  useEffect(() => {
    if (text.trim() === query) return;
    const timer = setTimeout(() => commit(text), searchDebounceMs);
    return () => clearTimeout(timer);
  }, [text, query, commit]);

  useEffect(() => {
    if (!query) return;
    let cancelled = false;
    getOutpost()
      .search(query, { limit })
      .then((result) => {
        if (!cancelled) setAnswer({ query, result });
      }, onError);
    return () => {
      cancelled = true;
    };
  }, [query, limit, revision, onError]);

  return {
    text,
    query,
    answer: query ? answer : null,
    pending: query !== '' && answer?.query !== query,
    setText: setTextState,
    submit: () => commit(text),
    clear: () => {
      setTextState('');
      commit('');
    },
    showMore: () => setLimit((current) => current + searchPageSize),
  };
}
