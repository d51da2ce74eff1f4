// What the list says when a view or a source has nothing in it, with a hint at what to do.
import { EmptyState } from '../../ui/EmptyState.tsx';
import type { Place } from '../sidebar/place.ts';

interface BrowseEmptyProps {
  place: Place;
  libraryIsEmpty: boolean;
}

export function BrowseEmpty({ place, libraryIsEmpty }: BrowseEmptyProps) {
  if (libraryIsEmpty) {
    return (
      <EmptyState
        testId="list-empty"
        icon="inbox"
        title="No articles yet."
        hint="Import files or drop them here: plain text, HTML and Markdown are welcome."
      />
    );
  }
  if (place.kind === 'source') {
    return (
      <EmptyState
        testId="list-empty"
        title="No articles from this source."
        hint="Its articles may have been removed."
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
