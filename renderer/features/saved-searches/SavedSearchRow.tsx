// A saved search in the sidebar: its name, its unread count, and a "…" menu to delete it.
import type { SavedSearch } from '../../../shared/model.ts';
import { RowMenuButton } from '../../ui/RowMenuButton.tsx';
import { useMenuAnchor } from '../../ui/useMenuAnchor.ts';
import { SidebarItem } from '../sidebar/SidebarItem.tsx';

interface SavedSearchRowProps {
  saved: SavedSearch;
  current: boolean;
  onSelect: () => void;
  onDelete: () => void;
}

export function SavedSearchRow({ saved, current, onSelect, onDelete }: SavedSearchRowProps) {
  const menu = useMenuAnchor();
  return (
    <SidebarItem
      testId="saved-search"
      itemId={saved.id}
      icon="search"
      label={saved.name}
      hint={saved.name === saved.query ? saved.query : `${saved.name} — ${saved.query}`}
      count={saved.unread || undefined}
      countLabel="unread"
      current={current}
      onSelect={onSelect}
      onContextMenu={menu.openAtPointer}
      menu={
        <RowMenuButton
          label={`Actions for ${saved.name}`}
          entries={() => [
            {
              label: 'Delete saved search…',
              danger: true,
              onSelect: onDelete,
              testId: 'delete-saved-search',
            },
          ]}
          menu={menu}
          testId="saved-search-menu-button"
          focusable={current}
        />
      }
    />
  );
}
