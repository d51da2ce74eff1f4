// The quiet "Archived" group: feeds unsubscribed from that still hold starred articles, closed by default.
import type { Source } from '../../../shared/model.ts';
import { Icon } from '../../ui/Icon.tsx';
import type { Place } from '../sidebar/place.ts';
import { SidebarItem } from '../sidebar/SidebarItem.tsx';
import type { DisclosureState } from './useDisclosure.ts';

interface ArchivedGroupProps {
  sources: Source[];
  place: Place | null;
  onPlace: (place: Place) => void;
  disclosure: DisclosureState;
}

const archivedKey = 'archived';

export function ArchivedGroup({ sources, place, onPlace, disclosure }: ArchivedGroupProps) {
  const open = disclosure.isOpen(archivedKey, false);
  return (
    <div className="sidebar__archived">
      <button
        type="button"
        className="sidebar__item sidebar__item--group"
        aria-expanded={open}
        aria-controls={open ? 'sidebar-archived' : undefined}
        data-testid="archived-toggle"
        title="Feeds you unsubscribed from that still hold starred articles"
        onClick={() => disclosure.toggle(archivedKey, false)}
      >
        <span className="sidebar__chevron">
          <Icon name="chevron" size={12} />
        </span>
        <Icon name="archive" />
        <span className="sidebar__label">Archived</span>
        <span className="sidebar__count">
          {sources.length.toLocaleString()}
          <span className="visually-hidden"> {sources.length === 1 ? 'feed' : 'feeds'}</span>
        </span>
      </button>
      {open ? (
        <ul
          className="sidebar__list sidebar__group"
          id="sidebar-archived"
          aria-label="Archived feeds"
        >
          {sources.map((source) => (
            <SidebarItem
              key={source.id}
              testId="archived-feed"
              itemId={source.id}
              icon="feed"
              label={source.title}
              count={source.articleCount || undefined}
              countLabel="starred"
              current={place?.kind === 'source' && place.sourceId === source.id}
              onSelect={() => onPlace({ kind: 'source', sourceId: source.id })}
              quiet
            />
          ))}
        </ul>
      ) : null}
    </div>
  );
}
