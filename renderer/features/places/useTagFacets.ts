// Tag counts within a filter, from the query cache (patched when flags or tags change).
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { ArticleFilter, TagFacet } from '../../../shared/model.ts';
import { apiQuery } from '../../data/queries.ts';
import { useReportError } from '../../data/useReportError.ts';

/** `filter` null asks for nothing (the map's own counts while the map is hidden). */
export function useTagFacets(
  filter: ArticleFilter | null,
  onError: (error: unknown) => void,
): TagFacet[] | null {
  const query = useQuery({
    ...apiQuery('listTagFacets', filter ?? {}),
    enabled: filter !== null,
    // The counts of another filter stay on screen until the new ones arrive, so nothing flickers.
    placeholderData: keepPreviousData,
  });
  useReportError(onError, query.error);
  return filter === null ? null : (query.data ?? null);
}
