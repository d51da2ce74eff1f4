// Where the reader is browsing: one of the three views, one source, one folder of feeds, or one place or topic.
import type { Folder, FolderId } from '../../../shared/feeds.ts';
import type {
  ArticleFilter,
  ArticleView,
  Source,
  SourceId,
  TagKind,
} from '../../../shared/model.ts';

export type Place =
  | { kind: 'view'; view: ArticleView }
  | { kind: 'source'; sourceId: SourceId }
  | { kind: 'folder'; folderId: FolderId }
  /** Articles with a country, region, topic or free tag, within the view it was chosen from. */
  | { kind: 'tag'; view: ArticleView; tag: { kind: TagKind; code: string }; label: string };

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
    case 'tag':
      return { view: place.view, tag: place.tag };
  }
}

/** The view a place lies in: the sidebar's Places and Topics count within it. */
export function viewOf(place: Place): ArticleView {
  return place.kind === 'view' || place.kind === 'tag' ? place.view : 'all';
}

export function titleFor(place: Place, sources: Source[], folders: Folder[]): string {
  switch (place.kind) {
    case 'view':
      return viewTitles[place.view];
    case 'source':
      return sources.find((source) => source.id === place.sourceId)?.title ?? 'Source';
    case 'folder':
      return folders.find((folder) => folder.id === place.folderId)?.name ?? 'Folder';
    case 'tag':
      return place.label;
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
    case 'tag':
      return (
        b.kind === 'tag' &&
        a.view === b.view &&
        a.tag.kind === b.tag.kind &&
        a.tag.code === b.tag.code
      );
  }
}
