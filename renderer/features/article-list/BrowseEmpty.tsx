// What the list says when a view or a source has nothing in it, with a hint at what to do.
import { EmptyState } from '../../ui/EmptyState.tsx';
import type { Place } from '../sidebar/place.ts';

interface BrowseEmptyProps {
  place: Place;
  libraryIsEmpty: boolean;
  /** The selected source is a subscribed feed (its articles come with syncs). */
  placeIsFeed: boolean;
  /** The selected folder holds feeds, in itself or its subfolders. */
  folderHasFeeds: boolean;
  /** The time range narrowing the list ("the past week"), or null for all time. */
  period: string | null;
  onAddFeed: () => void;
}

export function BrowseEmpty({
  place,
  libraryIsEmpty,
  placeIsFeed,
  folderHasFeeds,
  period,
  onAddFeed,
}: BrowseEmptyProps) {
  if (libraryIsEmpty && !placeIsFeed) {
    return (
      <EmptyState
        testId="list-empty"
        icon="inbox"
        title="No articles yet."
        hint="Add a feed or import files: follow a site to keep its articles for offline reading, or drop plain text, HTML and Markdown files here."
        actions={
          <button
            type="button"
            className="button button--primary"
            data-testid="empty-add-feed"
            onClick={onAddFeed}
          >
            Add a feed…
          </button>
        }
      />
    );
  }
  if (period) {
    return (
      <EmptyState
        testId="list-empty"
        title={`Nothing here from ${period}.`}
        hint="Choose All time above the list to see older articles."
      />
    );
  }
  if (place.kind === 'tag') {
    return (
      <EmptyState
        testId="list-empty"
        title={`No articles about ${place.label} here.`}
        hint="Articles are tagged with places and topics as they arrive; the count in the sidebar follows."
      />
    );
  }
  if (place.kind === 'source') {
    return placeIsFeed ? (
      <EmptyState
        testId="list-empty"
        title="No articles from this feed yet."
        hint="They arrive with the next sync, and stay readable offline."
      />
    ) : (
      <EmptyState
        testId="list-empty"
        title="No articles from this source."
        hint="Its articles may have been removed."
      />
    );
  }
  if (place.kind === 'folder') {
    return folderHasFeeds ? (
      <EmptyState
        testId="list-empty"
        icon="folder"
        title="No articles in this folder yet."
        hint="Its feeds’ articles arrive with the next sync, and stay readable offline."
      />
    ) : (
      <EmptyState
        testId="list-empty"
        icon="folder"
        title="No feeds in this folder."
        hint="Move a feed here from its menu, or add one with the folder’s menu."
      />
    );
  }
  if (place.view === 'unread') {
    return (
      <EmptyState
        testId="list-empty"
        icon="check"
        title="You’re all caught up."
        hint="Every article has been read. Press M on an article to keep it unread."
      />
    );
  }
  if (place.view === 'starred') {
    return (
      <EmptyState
        testId="list-empty"
        icon="star"
        title="No starred articles."
        hint="Star an article with S or the star above the reader to keep it here."
      />
    );
  }
  return <EmptyState testId="list-empty" title="No articles here." />;
}
