// Counts and sources for the sidebar, from the query cache (patched or refreshed as the library changes).
import { useQuery } from '@tanstack/react-query';
import type { Source, Stats } from '../../../shared/model.ts';
import { apiQuery } from '../../data/queries.ts';
import { useReportError } from '../../data/useReportError.ts';

export interface LibraryState {
  stats: Stats | null;
  sources: Source[];
}

const noSources: Source[] = [];

export function useLibrary(onError: (error: unknown) => void): LibraryState {
  const stats = useQuery(apiQuery('stats'));
  const sources = useQuery(apiQuery('listSources'));
  useReportError(onError, stats.error, sources.error);
  return { stats: stats.data ?? null, sources: sources.data ?? noSources };
}
