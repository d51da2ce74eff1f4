// A folder in the sidebar: a row that selects it (its unread total and menu), a chevron that opens it, its subfolders and feeds.
import type { KeyboardEvent } from 'react';
import { Icon } from '../../ui/Icon.tsx';
import { useMenuAnchor } from '../../ui/useMenuAnchor.ts';
import type { Place } from '../sidebar/place.ts';
import { folderMenu } from './feed-actions.ts';
import type { FeedActions } from './feed-actions.ts';
import type { FolderNode } from './feed-tree.ts';
import { FeedRow } from './FeedRow.tsx';
import { RowMenuButton } from '../../ui/RowMenuButton.tsx';
import { folderKey } from './useDisclosure.ts';
import type { DisclosureState } from './useDisclosure.ts';

interface FolderBranchProps {
  node: FolderNode;
  place: Place | null;
  onPlace: (place: Place) => void;
  actions: FeedActions;
  disclosure: DisclosureState;
}

export function FolderBranch({ node, place, onPlace, actions, disclosure }: FolderBranchProps) {
  const menu = useMenuAnchor();
  const { folder } = node;
  const key = folderKey(folder.id);
  const open = disclosure.isOpen(key, true);
  const groupId = `folder-${folder.id}-items`;
  const empty = node.folders.length === 0 && node.feeds.length === 0;
  const current = place?.kind === 'folder' && place.folderId === folder.id;

  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    // As in a tree: right opens, left closes; Enter and Space select, as on any other row.
    if (event.key === 'ArrowRight' && !open) disclosure.setOpen(key, true);
    else if (event.key === 'ArrowLeft' && open) disclosure.setOpen(key, false);
    else return;
    event.preventDefault();
  };

  return (
    <li>
      <div className="sidebar__row sidebar__row--menu sidebar__row--folder">
        {/* Out of the Tab order: the row's arrow keys do the same from the keyboard. */}
        <button
          type="button"
          className="sidebar__disclosure"
          aria-expanded={open}
          aria-controls={open ? groupId : undefined}
          aria-label={`${open ? 'Collapse' : 'Expand'} folder ${folder.name}`}
          title={open ? 'Collapse' : 'Expand'}
          tabIndex={-1}
          data-testid="folder-toggle"
          onClick={() => disclosure.toggle(key, true)}
        >
          <span className="sidebar__chevron">
            <Icon name="chevron" size={12} />
          </span>
        </button>
        <button
          type="button"
          className="sidebar__item sidebar__item--folder"
          aria-current={current ? 'page' : undefined}
          aria-keyshortcuts="ArrowRight ArrowLeft"
          data-testid="folder"
          data-id={folder.id}
          onClick={() => onPlace({ kind: 'folder', folderId: folder.id })}
          onKeyDown={onKeyDown}
          onContextMenu={menu.openAtPointer}
        >
          <Icon name="folder" />
          <span className="sidebar__label" title={folder.name}>
            {folder.name}
          </span>
          {node.unread > 0 ? (
            <span className="sidebar__count" data-testid="folder-count">
              {node.unread.toLocaleString()}
              <span className="visually-hidden"> unread</span>
            </span>
          ) : null}
        </button>
        <RowMenuButton
          label={`Actions for folder ${folder.name}`}
          entries={() => folderMenu(node, actions)}
          menu={menu}
          testId="folder-menu-button"
          focusable={current}
        />
      </div>
      {open ? (
        <ul className="sidebar__list sidebar__group" id={groupId}>
          {node.folders.map((child) => (
            <FolderBranch
              key={child.folder.id}
              node={child}
              place={place}
              onPlace={onPlace}
              actions={actions}
              disclosure={disclosure}
            />
          ))}
          {node.feeds.map((feed) => (
            <FeedRow
              key={feed.id}
              node={feed}
              current={place?.kind === 'source' && place.sourceId === feed.id}
              onSelect={() => onPlace({ kind: 'source', sourceId: feed.id })}
              actions={actions}
            />
          ))}
          {empty ? <li className="sidebar__empty-folder">No feeds in this folder</li> : null}
        </ul>
      ) : null}
    </li>
  );
}
