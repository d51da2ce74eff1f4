// A subscribed feed in the sidebar: title, unread count, a marker when its last sync failed, and its menu.
import { useMenuAnchor } from '../../ui/useMenuAnchor.ts';
import { SidebarItem } from '../sidebar/SidebarItem.tsx';
import { feedMenu } from './feed-actions.ts';
import type { FeedActions } from './feed-actions.ts';
import type { FeedNode } from './feed-tree.ts';
import { FeedErrorMarker } from './FeedErrorMarker.tsx';
import { RowMenuButton } from '../../ui/RowMenuButton.tsx';

interface FeedRowProps {
  node: FeedNode;
  current: boolean;
  onSelect: () => void;
  actions: FeedActions;
}

export function FeedRow({ node, current, onSelect, actions }: FeedRowProps) {
  const menu = useMenuAnchor();
  const { feed } = node;
  return (
    <SidebarItem
      testId="feed"
      itemId={node.id}
      icon="feed"
      label={node.title}
      count={node.unread || undefined}
      countLabel="unread"
      current={current}
      onSelect={onSelect}
      marker={node.error ? <FeedErrorMarker message={node.error} /> : null}
      onContextMenu={feed ? menu.openAtPointer : undefined}
      menu={
        feed ? (
          <RowMenuButton
            label={`Actions for ${node.title}`}
            entries={() => feedMenu(feed, actions)}
            menu={menu}
            testId="feed-menu-button"
            focusable={current}
          />
        ) : null
      }
    />
  );
}
