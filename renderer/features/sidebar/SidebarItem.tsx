// One row of the sidebar: icon, label and count; optionally a marker after the label and a "…" menu beside it.
import type { MouseEvent, ReactNode } from 'react';
import { Icon } from '../../ui/Icon.tsx';
import type { IconName } from '../../ui/Icon.tsx';

interface SidebarItemProps {
  testId: string;
  icon: IconName;
  label: string;
  /** The label's tooltip, when the label alone does not say enough (a saved search's query). */
  hint?: string;
  count: number | undefined;
  countLabel?: string;
  current: boolean;
  onSelect: () => void;
  /** After the label, inside the button: an error marker. */
  marker?: ReactNode;
  /** Beside the button: its "…" menu button (and the menu when open). */
  menu?: ReactNode;
  onContextMenu?: (event: MouseEvent<HTMLButtonElement>) => void;
  /** The id e2e tests and the context menu find the row by. */
  itemId?: number;
  quiet?: boolean;
}

export function SidebarItem({
  testId,
  icon,
  label,
  hint,
  count,
  countLabel,
  current,
  onSelect,
  marker,
  menu,
  onContextMenu,
  itemId,
  quiet = false,
}: SidebarItemProps) {
  let badge: ReactNode = null;
  if (count !== undefined) {
    badge = (
      <span className="sidebar__count" data-testid={`${testId}-count`}>
        {count.toLocaleString()}
        {countLabel ? <span className="visually-hidden"> {countLabel}</span> : null}
      </span>
    );
  }
  const classes = ['sidebar__row'];
  if (menu) classes.push('sidebar__row--menu');
  if (quiet) classes.push('sidebar__row--quiet');
  return (
    <li className={classes.join(' ')}>
      <button
        type="button"
        className="sidebar__item"
        aria-current={current ? 'page' : undefined}
        data-testid={testId}
        data-id={itemId}
        onClick={onSelect}
        onContextMenu={onContextMenu}
      >
        <Icon name={icon} filled={icon === 'unread'} />
        <span className="sidebar__label" title={hint ?? label}>
          {label}
        </span>
        {marker}
        {badge}
      </button>
      {menu}
    </li>
  );
}
