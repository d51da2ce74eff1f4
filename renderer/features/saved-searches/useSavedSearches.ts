// The saved searches (smart folders) with their counts, from the query cache.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { SavedSearch } from '../../../shared/model.ts';
import { getOutpost } from '../../api-client.ts';
import { apiQuery } from '../../data/queries.ts';
import { useReportError } from '../../data/useReportError.ts';

export interface SavedSearchesState {
  list: SavedSearch[];
  /** Saves the query under a name; rejects with the backend's message (an unreadable query). */
  save: (name: string, query: string) => Promise<SavedSearch>;
  remove: (id: number) => Promise<void>;
}

const none: SavedSearch[] = [];
const savedQuery = apiQuery('listSavedSearches');
const key = savedQuery.queryKey;

export function useSavedSearches(onError: (error: unknown) => void): SavedSearchesState {
  const client = useQueryClient();
  const query = useQuery(savedQuery);
  useReportError(onError, query.error);

  const save = useCallback(
    async (name: string, text: string) => {
      const saved = await getOutpost().saveSearch(name, text);
      client.setQueryData(key, (list) =>
        list && !list.some((row) => row.id === saved.id) ? [...list, saved] : list,
      );
      return saved;
    },
    [client],
  );

  const remove = useCallback(
    async (id: number) => {
      await getOutpost().deleteSavedSearch(id);
      client.setQueryData(key, (list) => list?.filter((row) => row.id !== id));
    },
    [client],
  );

  return { list: query.data ?? none, save, remove };
}
