// The saved searches (smart folders) with their unread counts, refreshed when the library or the index changes.
import { useCallback, useEffect, useState } from 'react';
import type { SavedSearch } from '../../../shared/model.ts';
import { getOutpost } from '../../api-client.ts';

export interface SavedSearchesState {
  list: SavedSearch[];
  /** Saves the query under a name; rejects with the backend's message (an unreadable query). */
  save: (name: string, query: string) => Promise<SavedSearch>;
  remove: (id: number) => Promise<void>;
}

/** `revision` follows the library (reading, starring, imports); `searchRevision` the index. */
export function useSavedSearches(
  revision: number,
  searchRevision: number,
  onError: (error: unknown) => void,
): SavedSearchesState {
  const [list, setList] = useState<SavedSearch[]>([]);
  const [changes, setChanges] = useState(0);

  // Another window (or the CLI's host) may save or delete one too.
  useEffect(() => getOutpost().on('saved-searches-changed', () => setChanges((n) => n + 1)), []);

  useEffect(() => {
    let cancelled = false;
    getOutpost()
      .listSavedSearches()
      .then((saved) => {
        if (!cancelled) setList(saved);
      }, onError);
    return () => {
      cancelled = true;
    };
  }, [revision, searchRevision, changes, onError]);

  const save = useCallback(async (name: string, query: string) => {
    const saved = await getOutpost().saveSearch(name, query);
    setChanges((n) => n + 1);
    return saved;
  }, []);

  const remove = useCallback(async (id: number) => {
    await getOutpost().deleteSavedSearch(id);
    setChanges((n) => n + 1);
  }, []);

  return { list, save, remove };
}
