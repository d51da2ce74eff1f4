// Keeps the window's query cache in step with the backend: every announced change is applied once,
// refreshes are gathered so a sync's burst of announcements costs one refresh a second at most.
import { useEffect } from 'react';
import type { QueryClient } from '@tanstack/react-query';
import { getOutpost } from '../api-client.ts';
import { applyChanges, type Refresh } from './apply-changes.ts';

/** The least time between two waves of refreshes. */
export const refreshGapMs = 1000;

export function useLiveData(client: QueryClient): void {
  useEffect(() => {
    const outpost = getOutpost();
    const gatherer = createGatherer(client, refreshGapMs);
    const offs = [
      outpost.on('changed', (changes) => applyChanges(client, changes, gatherer.refresh)),
      // The index caught up: searches and smart-folder counts may find more, or less.
      outpost.on('search-updated', () =>
        gatherer.refresh((key) => key[0] === 'search' || key[0] === 'listSavedSearches'),
      ),
      outpost.on('settings-changed', (settings) => client.setQueryData(['getSettings'], settings)),
      // Notices are kept by `stats`, which the window shows.
      outpost.on('notice', () => gatherer.refresh((key) => key[0] === 'stats')),
      // Announcements were lost: everything on screen is fetched again.
      outpost.on('reset', () => void client.invalidateQueries()),
    ];
    return () => {
      for (const off of offs) off();
      gatherer.dispose();
    };
  }, [client]);
}

/**
 * Refreshes asked for within one turn go out together, at once if the last wave is older than
 * `gapMs`, else when it is: a quiet window answers immediately, a busy one once a second.
 */
export function createGatherer(
  client: QueryClient,
  gapMs: number,
): { refresh: Refresh; dispose: () => void } {
  let pending: Array<Parameters<Refresh>[0]> = [];
  let timer: ReturnType<typeof setTimeout> | null = null;
  let last = -Infinity;

  const flush = () => {
    timer = null;
    last = performance.now();
    const wanted = pending;
    pending = [];
    void client.invalidateQueries({
      predicate: (query) => wanted.some((matches) => matches(query.queryKey)),
    });
  };

  return {
    refresh(matches) {
      pending.push(matches);
      timer ??= setTimeout(flush, Math.max(0, last + gapMs - performance.now()));
    },
    dispose() {
      if (timer !== null) clearTimeout(timer);
      timer = null;
      pending = [];
    },
  };
}
