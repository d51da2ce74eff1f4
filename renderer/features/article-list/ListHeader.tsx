// The title and count above the list: the view's name and size, or how many articles a search found; for a feed, its health and menu.
import type { ReactNode } from 'react';

interface ListHeaderProps {
  title: string;
  count: string | null;
  /** A line under the title: a feed's last and next update, or why its last sync failed. */
  status?: ReactNode;
  /** Buttons at the end of the title row (a feed's "…" menu). */
  actions?: ReactNode;
}

export function ListHeader({ title, count, status, actions }: ListHeaderProps) {
  return (
    <div className="list-header">
      <div className="list-header__row">
        <h2 className="list-header__title">{title}</h2>
        <span className="list-header__count" role="status" data-testid="list-count">
          {count}
        </span>
        {actions}
      </div>
      {status}
    </div>
  );
}
