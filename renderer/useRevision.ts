// A number that goes up whenever the library changes, here or in another window: data hooks refetch on it.
import { useCallback, useEffect, useState } from 'react';
import { getOutpost } from './api-client.ts';

/**
 * A sync announces changes feed by feed; refetching the list, counts and tree after each
 * one would make the window stutter on a slow machine, so those refreshes are gathered.
 */
export const gatherMs = 1500;

export function useRevision(): [number, () => void] {
  const [revision, setRevision] = useState(0);
  const bump = useCallback(() => setRevision((current) => current + 1), []);

  useEffect(() => {
    const outpost = getOutpost();
    let timer: ReturnType<typeof setTimeout> | null = null;
    const later = () => {
      timer ??= setTimeout(() => {
        timer = null;
        bump();
      }, gatherMs);
    };
    const offArticles = outpost.on('articles-changed', (change) => {
      if (change.reason === 'sync') later();
      else bump();
    });
    const offFeeds = outpost.on('feeds-changed', later);
    return () => {
      offArticles();
      offFeeds();
      if (timer !== null) clearTimeout(timer);
    };
  }, [bump]);

  return [revision, bump];
}
