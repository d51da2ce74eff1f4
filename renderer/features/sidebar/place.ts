// Where the reader is browsing: one of the three views, or one source.
import type { ArticleFilter, ArticleView, Source, SourceId } from '../../../shared/model.ts';

export type Place = { kind: 'view'; view: ArticleView } | { kind: 'source'; sourceId: SourceId };

export const viewTitles: Record<ArticleView, string> = {
  all: 'All articles',
  unread: 'Unread',
  starred: 'Starred',
};

export function filterFor(place: Place): ArticleFilter {
  return place.kind === 'view' ? { view: place.view } : { view: 'all', sourceId: place.sourceId };
}

export function titleFor(place: Place, sources: Source[]): string {
  if (place.kind === 'view') return viewTitles[place.view];
  return sources.find((source) => source.id === place.sourceId)?.title ?? 'Source';
}

export function samePlace(a: Place, b: Place): boolean {
  return a.kind === 'view'
    ? b.kind === 'view' && a.view === b.view
    : b.kind === 'source' && a.sourceId === b.sourceId;
}
