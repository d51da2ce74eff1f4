// The browsed list (a view, a source, a folder or a tag, maybe since a day), from the query cache.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type {
  ArticleFilter,
  ArticleId,
  ArticlePage,
  ArticleSummary,
} from '../../../shared/model.ts';
import { apiQuery } from '../../data/queries.ts';
import { useReportError } from '../../data/useReportError.ts';

export const pageSize = 200;

export interface ArticleListState {
  articles: ArticleSummary[];
  total: number;
  loaded: boolean;
}

/**
 * `keepId` is the article being read: when a refresh of the list leaves it out (reading it took
 * it out of the Unread view), it stays in place until the reader leaves the view, as in every
 * mail app.
 */
export function useArticleList(
  filter: ArticleFilter,
  limit: number,
  keepId: ArticleId | null,
  onError: (error: unknown) => void,
): ArticleListState {
  const { view, sourceId, folderId, tag, after } = filter;
  const request: ArticleFilter = { view, sourceId, folderId, tag, after, limit, offset: 0 };
  const query = useQuery({
    ...apiQuery('listArticles', request),
    // Rows of the last answer stay on screen until the next one arrives (no flash of emptiness).
    placeholderData: keepPreviousData,
  });
  useReportError(onError, query.error);

  const filterKey = JSON.stringify({ view, sourceId, folderId, tag, after });
  const page = query.data;
  // What is on screen, and for which filter (a placeholder shows the previous filter's rows).
  const [shown, setShown] = useState<Shown>({ key: '', page: undefined, articles: [] });
  let current = shown;
  if (page !== shown.page) {
    const key = query.isPlaceholderData ? shown.key : filterKey;
    const articles = !page
      ? []
      : key === shown.key
        ? retain(shown.articles, page.articles, keepId)
        : page.articles;
    current = { key, page, articles };
    setShown(current);
  }

  return {
    articles: current.articles,
    total: page?.total ?? 0,
    loaded: page !== undefined && !query.isPlaceholderData,
  };
}

interface Shown {
  key: string;
  page: ArticlePage | undefined;
  articles: ArticleSummary[];
}

function retain(
  before: ArticleSummary[],
  after: ArticleSummary[],
  keepId: ArticleId | null,
): ArticleSummary[] {
  if (keepId === null || after.some((a) => a.id === keepId)) return after;
  const index = before.findIndex((a) => a.id === keepId);
  const kept = before[index];
  if (!kept) return after;
  const next = [...after];
  next.splice(Math.min(index, next.length), 0, { ...kept, read: true });
  return next;
}
