// Where the reader is browsing: one of the three views, one source, or one folder of feeds.
import type { Folder, FolderId } from '../../../shared/feeds.ts';
import type { ArticleFilter, ArticleView, Source, SourceId } from '../../../shared/model.ts';

export type Place =
  | { kind: 'view'; view: ArticleView }
  | { kind: 'source'; sourceId: SourceId }
  | { kind: 'folder'; folderId: FolderId };

export const viewTitles: Record<ArticleView, string> = {
  all: 'All articles',
  unread: 'Unread',
  starred: 'Starred',
};

export function filterFor(place: Place): ArticleFilter {
  switch (place.kind) {
    case 'view':
      return { view: place.view };
    case 'source':
      return { view: 'all', sourceId: place.sourceId };
    case 'folder':
      return { view: 'all', folderId: place.folderId };
  }
}

export function titleFor(place: Place, sources: Source[], folders: Folder[]): string {
  switch (place.kind) {
    case 'view':
      return viewTitles[place.view];
    case 'source':
      return sources.find((source) => source.id === place.sourceId)?.title ?? 'Source';
    case 'folder':
      return folders.find((folder) => folder.id === place.folderId)?.name ?? 'Folder';
  }
}

export function samePlace(a: Place, b: Place): boolean {
  switch (a.kind) {
    case 'view':
      return b.kind === 'view' && a.view === b.view;
    case 'source':
      return b.kind === 'source' && a.sourceId === b.sourceId;
    case 'folder':
      return b.kind === 'folder' && a.folderId === b.folderId;
  }
}
