// The sidebar's Feeds section: folders and feeds, the local "Imported files" source, and archived feeds apart.
import { Icon } from '../../ui/Icon.tsx';
import { useMenuAnchor } from '../../ui/useMenuAnchor.ts';
import type { Place } from '../sidebar/place.ts';
import { SidebarItem } from '../sidebar/SidebarItem.tsx';
import { feedListMenu } from './feed-actions.ts';
import type { FeedActions } from './feed-actions.ts';
import type { FeedTree } from './feed-tree.ts';
import { FeedRow } from './FeedRow.tsx';
import { ArchivedGroup } from './ArchivedGroup.tsx';
import { FolderBranch } from './FolderBranch.tsx';
import { RowMenuButton } from '../../ui/RowMenuButton.tsx';
import type { DisclosureState } from './useDisclosure.ts';
import './feeds.css';

interface FeedsSectionProps {
  tree: FeedTree;
  /** Null while a saved search is on screen: no feed is current then. */
  place: Place | null;
  onPlace: (place: Place) => void;
  actions: FeedActions;
  disclosure: DisclosureState;
}

export function FeedsSection({ tree, place, onPlace, actions, disclosure }: FeedsSectionProps) {
  const listMenu = useMenuAnchor();
  const isCurrent = (id: number) => place?.kind === 'source' && place.sourceId === id;
  const select = (id: number) => () => onPlace({ kind: 'source', sourceId: id });
  const hasFeeds = tree.feedCount > 0 || tree.folders.length > 0;

  return (
    <>
      <div className="sidebar__section-head">
        <h2 className="sidebar__heading" id="sidebar-feeds">
          Feeds
        </h2>
        <button
          type="button"
          className="icon-button sidebar__head-button"
          aria-label="Add feed…"
          title="Add feed… (A)"
          aria-keyshortcuts="A"
          data-testid="add-feed"
          onClick={() => actions.addFeed(null)}
        >
          <Icon name="plus" size={15} />
        </button>
        <RowMenuButton
          label="Feed list actions"
          entries={() => feedListMenu(actions, tree.feedCount > 0)}
          menu={listMenu}
          testId="feed-list-menu-button"
          className="icon-button sidebar__head-button"
        />
      </div>

      {hasFeeds ? (
        <ul className="sidebar__list sidebar__list--sources" aria-labelledby="sidebar-feeds">
          {tree.folders.map((node) => (
            <FolderBranch
              key={node.folder.id}
              node={node}
              place={place}
              onPlace={onPlace}
              actions={actions}
              disclosure={disclosure}
            />
          ))}
          {tree.feeds.map((node) => (
            <FeedRow
              key={node.id}
              node={node}
              current={isCurrent(node.id)}
              onSelect={select(node.id)}
              actions={actions}
            />
          ))}
        </ul>
      ) : (
        <p className="sidebar__none" data-testid="feeds-none">
          Follow a site to keep its articles for offline reading.{' '}
          <button type="button" className="link-button" onClick={() => actions.addFeed(null)}>
            Add a feed…
          </button>
        </p>
      )}

      {tree.local.length > 0 ? (
        <ul className="sidebar__list sidebar__list--local" aria-label="Local sources">
          {tree.local.map((source) => (
            <SidebarItem
              key={source.id}
              testId="source"
              itemId={source.id}
              icon="file"
              label={source.title}
              count={source.unreadCount || undefined}
              countLabel="unread"
              current={isCurrent(source.id)}
              onSelect={select(source.id)}
            />
          ))}
        </ul>
      ) : null}

      {tree.archived.length > 0 ? (
        <ArchivedGroup
          sources={tree.archived}
          place={place}
          onPlace={onPlace}
          disclosure={disclosure}
        />
      ) : null}
    </>
  );
}
