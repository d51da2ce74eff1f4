// The "…" button in the list header when a feed is selected: the same actions as its row's menu.
import type { Feed } from '../../../shared/feeds.ts';
import { useMenuAnchor } from '../../ui/useMenuAnchor.ts';
import { feedMenu } from './feed-actions.ts';
import type { FeedActions } from './feed-actions.ts';
import { RowMenuButton } from '../../ui/RowMenuButton.tsx';

export function FeedHeaderMenu({ feed, actions }: { feed: Feed; actions: FeedActions }) {
  const menu = useMenuAnchor();
  return (
    <RowMenuButton
      label="Feed actions"
      entries={() => feedMenu(feed, actions)}
      menu={menu}
      testId="feed-header-menu-button"
      className="icon-button"
    />
  );
}
