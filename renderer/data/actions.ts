// What the reader does to articles, shown at once: the flags flip in every list, search and reader
// on screen before the backend answers; the counts follow its announcement (see apply-changes.ts).
import type { QueryClient } from '@tanstack/react-query';
import type { Article, ArticleId, ArticlePage } from '../../shared/model.ts';
import type { SearchAnswer } from '../features/search/search-pages.ts';
import { getOutpost } from '../api-client.ts';
import { apiQuery } from './queries.ts';

type FlagPatch = { read?: boolean; starred?: boolean };

export function setArticleFlags(
  client: QueryClient,
  id: ArticleId,
  patch: FlagPatch,
): Promise<void> {
  showFlags(client, id, patch);
  const outpost = getOutpost();
  const calls: Array<Promise<void>> = [];
  if (patch.read !== undefined) calls.push(outpost.setRead(id, patch.read));
  if (patch.starred !== undefined) calls.push(outpost.setStarred(id, patch.starred));
  return Promise.all(calls).then(
    () => undefined,
    (error: unknown) => {
      // What the screen shows may now be wrong: ask the backend.
      void client.invalidateQueries({
        predicate: (query) =>
          ['listArticles', 'search', 'getArticle'].includes(query.queryKey[0] as string),
      });
      throw error;
    },
  );
}

/**
 * Opens an article in the reader: one call marks it read and brings it. A copy already in the
 * cache shows at once while the call runs.
 */
export function openArticle(client: QueryClient, id: ArticleId): Promise<Article | null> {
  showFlags(client, id, { read: true });
  return client.fetchQuery({
    ...apiQuery('getArticle', id),
    queryFn: () => getOutpost().openArticle(id),
    staleTime: 0,
  });
}

/** The new flags on every row showing the article (absolute values: applying twice is harmless). */
function showFlags(client: QueryClient, id: ArticleId, patch: FlagPatch): void {
  const apply = <Row extends { id: number; read: boolean; starred: boolean }>(rows: Row[]) =>
    rows.some((row) => row.id === id)
      ? rows.map((row) => (row.id === id ? { ...row, ...patch } : row))
      : rows;
  client.setQueriesData<ArticlePage>({ queryKey: ['listArticles'] }, (page) =>
    page ? { ...page, articles: apply(page.articles) } : page,
  );
  client.setQueriesData<SearchAnswer>({ queryKey: ['search'] }, (answer) =>
    answer ? { ...answer, result: { ...answer.result, hits: apply(answer.result.hits) } } : answer,
  );
  client.setQueryData<Article | null>(['getArticle', id], (article) =>
    article ? { ...article, ...patch } : article,
  );
}
