// Counts and sources for the sidebar, refreshed whenever the library changes.
import { useEffect, useState } from 'react';
import type { Source, Stats } from '../../../shared/model.ts';
import { getOutpost } from '../../api-client.ts';

export interface LibraryState {
  stats: Stats | null;
  sources: Source[];
}

export function useLibrary(revision: number, onError: (error: unknown) => void): LibraryState {
  const [state, setState] = useState<LibraryState>({ stats: null, sources: [] });

  useEffect(() => {
    let cancelled = false;
    const outpost = getOutpost();
    Promise.all([outpost.stats(), outpost.listSources()]).then(([stats, sources]) => {
      if (!cancelled) setState({ stats, sources });
    }, onError);
    return () => {
      cancelled = true;
    };
  }, [revision, onError]);

  return state;
}
