// Tag counts within a filter, fetched again whenever the library changes (articles-changed, tags included).
import { useEffect, useState } from 'react';
import type { ArticleFilter, TagFacet } from '../../../shared/model.ts';
import { getOutpost } from '../../api-client.ts';

/** `filter` null asks for nothing (the map's own counts while the map is hidden). */
export function useTagFacets(
  filter: ArticleFilter | null,
  revision: number,
  onError: (error: unknown) => void,
): TagFacet[] | null {
  const [state, setState] = useState<{ key: string; facets: TagFacet[] } | null>(null);
  const key = filter ? JSON.stringify(filter) : null;

  useEffect(() => {
    if (key === null) return;
    let cancelled = false;
    getOutpost()
      .listTagFacets(JSON.parse(key) as ArticleFilter)
      .then((facets) => {
        if (!cancelled) setState({ key, facets });
      }, onError);
    return () => {
      cancelled = true;
    };
  }, [key, revision, onError]);

  // The counts of another filter stay on screen until the new ones arrive, so nothing flickers.
  return key === null ? null : (state?.facets ?? null);
}
