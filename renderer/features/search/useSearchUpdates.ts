// A number that goes up when new articles became searchable: searches on screen and smart-folder counts refetch on it.
import { useEffect, useState } from 'react';
import { getOutpost } from '../../api-client.ts';

/** A sync makes articles searchable batch after batch: gather them into one refresh. */
export const searchGatherMs = 250;

export function useSearchUpdates(): number {
  const [revision, setRevision] = useState(0);

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | null = null;
    const off = getOutpost().on('search-updated', () => {
      timer ??= setTimeout(() => {
        timer = null;
        setRevision((current) => current + 1);
      }, searchGatherMs);
    });
    return () => {
      off();
      if (timer !== null) clearTimeout(timer);
    };
  }, []);

  return revision;
}
