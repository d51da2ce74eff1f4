// The "…" button on a sidebar row (or in the list header) and the menu it opens.
import type { MenuEntry } from './Menu.tsx';
import { Menu } from './Menu.tsx';
import { Icon } from './Icon.tsx';
import type { MenuAnchorState } from './useMenuAnchor.ts';

interface RowMenuButtonProps {
  /** The button's accessible name, e.g. "Actions for Le Monde". */
  label: string;
  entries: () => MenuEntry[];
  menu: MenuAnchorState;
  testId: string;
  className?: string;
  /** Rows keep the button out of the Tab order: the row's context-menu key and the header reach it. */
  focusable?: boolean;
}

export function RowMenuButton({
  label,
  entries,
  menu,
  testId,
  className = 'icon-button sidebar__menu-button',
  focusable = true,
}: RowMenuButtonProps) {
  const open = menu.anchor !== null;
  return (
    <>
      <button
        type="button"
        className={className}
        aria-label={label}
        aria-haspopup="menu"
        aria-expanded={open}
        title={label}
        tabIndex={focusable ? undefined : -1}
        data-testid={testId}
        onClick={menu.toggleFromButton}
      >
        <Icon name="more" size={15} />
      </button>
      {menu.anchor ? (
        <Menu label={label} entries={entries()} anchor={menu.anchor} onClose={menu.close} />
      ) : null}
    </>
  );
}
