// The window's copy of the backend's data: one TanStack Query cache, keyed by API method and
// arguments. Nothing goes stale by age; changes announced by the backend patch or refresh it.
import { QueryClient, queryOptions } from '@tanstack/react-query';
import type { ApiArgs, ApiMethod, ApiResult } from '../../shared/api.ts';
import { getOutpost } from '../api-client.ts';

/** The methods that only read: each answer is cached under [method, ...args]. */
export type ReadMethod =
  | 'listArticles'
  | 'getArticle'
  | 'listSavedSearches'
  | 'listSources'
  | 'stats'
  | 'getSettings'
  | 'listFeeds'
  | 'listFolders'
  | 'getSyncProgress'
  | 'listTagFacets'
  | 'listTagRules';

export type ApiKey<M extends ReadMethod> = readonly [M, ...ApiArgs<M>];

export function apiQuery<M extends ReadMethod>(method: M, ...args: ApiArgs<M>) {
  return queryOptions({
    queryKey: [method, ...args] as unknown as ApiKey<M>,
    queryFn: () => callApi(method, args),
  });
}

export function callApi<M extends ApiMethod>(method: M, args: ApiArgs<M>): Promise<ApiResult<M>> {
  const fn = getOutpost()[method] as (...callArgs: unknown[]) => Promise<ApiResult<M>>;
  return fn(...(args as unknown[]));
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // The backend says what changed (see useLiveData): data is fresh until then.
        staleTime: Infinity,
        gcTime: 5 * 60_000,
        // A local backend that fails will fail again: say so at once.
        retry: false,
        refetchOnWindowFocus: false,
        refetchOnReconnect: false,
      },
    },
  });
}
