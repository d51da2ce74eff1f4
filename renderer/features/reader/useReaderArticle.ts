// Loads the open article, and reloads it when the library changes (its read and starred state).
import { useEffect, useState } from 'react';
import type { Article, ArticleId } from '../../../shared/model.ts';
import { getOutpost } from '../../api-client.ts';

export type ReaderState =
  | { kind: 'none' }
  | { kind: 'loading' }
  | { kind: 'missing'; id: ArticleId }
  | { kind: 'ready'; article: Article };

export function useReaderArticle(
  id: ArticleId | null,
  revision: number,
  onError: (error: unknown) => void,
): ReaderState {
  const [state, setState] = useState<ReaderState>({ kind: 'none' });

  useEffect(() => {
    if (id === null) return;
    let cancelled = false;
    getOutpost()
      .getArticle(id)
      .then((article) => {
        if (cancelled) return;
        setState(article ? { kind: 'ready', article } : { kind: 'missing', id });
      }, onError);
    return () => {
      cancelled = true;
    };
  }, [id, revision, onError]);

  if (id === null) return { kind: 'none' };
  // Until the new article arrives, keep showing nothing stale under a new selection.
  if (state.kind === 'ready' && state.article.id !== id) return { kind: 'loading' };
  if (state.kind === 'missing' && state.id !== id) return { kind: 'loading' };
  return state.kind === 'none' ? { kind: 'loading' } : state;
}
