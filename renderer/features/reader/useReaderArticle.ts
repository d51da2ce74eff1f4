// The open article, from the query cache: opening it (openArticle) fills the cache, flag and tag
// changes are patched into it, a changed text is fetched again.
import { useQuery } from '@tanstack/react-query';
import type { Article, ArticleId } from '../../../shared/model.ts';
import { apiQuery } from '../../data/queries.ts';
import { useReportError } from '../../data/useReportError.ts';

export type ReaderState =
  | { kind: 'none' }
  | { kind: 'loading' }
  | { kind: 'missing'; id: ArticleId }
  | { kind: 'ready'; article: Article };

export function useReaderArticle(
  id: ArticleId | null,
  onError: (error: unknown) => void,
): ReaderState {
  const query = useQuery({ ...apiQuery('getArticle', id ?? 0), enabled: id !== null });
  useReportError(onError, query.error);
  if (id === null) return { kind: 'none' };
  if (query.data === undefined) return { kind: 'loading' };
  return query.data ? { kind: 'ready', article: query.data } : { kind: 'missing', id };
}
