// The "…" button in the list header when a folder is selected: the same actions as its row's menu.
import { useMenuAnchor } from '../../ui/useMenuAnchor.ts';
import { folderMenu } from './feed-actions.ts';
import type { FeedActions } from './feed-actions.ts';
import type { FolderNode } from './feed-tree.ts';
import { RowMenuButton } from '../../ui/RowMenuButton.tsx';

export function FolderHeaderMenu({ node, actions }: { node: FolderNode; actions: FeedActions }) {
  const menu = useMenuAnchor();
  return (
    <RowMenuButton
      label="Folder actions"
      entries={() => folderMenu(node, actions)}
      menu={menu}
      testId="folder-header-menu-button"
      className="icon-button"
    />
  );
}
