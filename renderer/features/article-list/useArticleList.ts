// The browsed list (a view, a source, a folder or a tag, maybe since a day) as React state, refreshed whenever the library changes.
import { useEffect, useRef, useState } from 'react';
import type { ArticleFilter, ArticleId, ArticleSummary } from '../../../shared/model.ts';
import { getOutpost } from '../../api-client.ts';

export const pageSize = 200;

export interface ArticleListState {
  articles: ArticleSummary[];
  total: number;
  loaded: boolean;
}

/**
 * `keepId` is the article being read: when reading it takes it out of the filter (the
 * Unread view), it stays in place until the reader leaves the view, as in every mail app.
 */
export function useArticleList(
  filter: ArticleFilter,
  limit: number,
  revision: number,
  keepId: ArticleId | null,
  onError: (error: unknown) => void,
): ArticleListState {
  const [state, setState] = useState<ArticleListState>({ articles: [], total: 0, loaded: false });
  const { view, sourceId, folderId, tag, after } = filter;
  const tagKind = tag?.kind;
  const tagCode = tag?.code;
  const filterKey = `${view ?? 'all'}:${sourceId ?? ''}:${folderId ?? ''}:${tagKind ?? ''}:${tagCode ?? ''}:${after ?? ''}`;
  const previous = useRef<{ key: string; articles: ArticleSummary[] }>({ key: '', articles: [] });
  const keep = useRef(keepId);
  useEffect(() => {
    keep.current = keepId;
  }, [keepId]);

  useEffect(() => {
    let cancelled = false;
    getOutpost()
      .listArticles({
        view,
        sourceId,
        folderId,
        tag: tagKind && tagCode !== undefined ? { kind: tagKind, code: tagCode } : undefined,
        after,
        limit,
        offset: 0,
      })
      .then((page) => {
        if (cancelled) return;
        const sameFilter = previous.current.key === filterKey;
        const articles = sameFilter
          ? retain(previous.current.articles, page.articles, keep.current)
          : page.articles;
        previous.current = { key: filterKey, articles };
        setState({ articles, total: page.total, loaded: true });
      }, onError);
    return () => {
      cancelled = true;
    };
  }, [view, sourceId, folderId, tagKind, tagCode, after, filterKey, limit, revision, onError]);

  return state;
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
