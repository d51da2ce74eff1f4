// The left pane: the three views with their counts, saved searches and feeds below them, and a footer that never scrolls away.
import type { ReactNode } from 'react';
import type { ArticleView, Stats } from '../../../shared/model.ts';
import type { IconName } from '../../ui/Icon.tsx';
import { samePlace, viewTitles } from './place.ts';
import type { Place } from './place.ts';
import { SidebarItem } from './SidebarItem.tsx';
import './sidebar.css';

interface SidebarProps {
  /** The place to mark as current; null while a saved search is on screen instead. */
  place: Place | null;
  stats: Stats | null;
  onPlace: (place: Place) => void;
  /** The Saved searches and Feeds sections. */
  children: ReactNode;
  /** Sync, import, theme and preferences. */
  footer: ReactNode;
}

const viewIcons: Record<ArticleView, IconName> = {
  all: 'inbox',
  unread: 'unread',
  starred: 'star',
};

export function Sidebar({ place, stats, onPlace, children, footer }: SidebarProps) {
  const viewCounts: Record<ArticleView, number | undefined> = {
    all: stats?.articles,
    unread: stats?.unread,
    starred: stats?.starred,
  };

  return (
    <nav className="sidebar" aria-label="Library">
      <div className="sidebar__scroll">
        <div className="sidebar__brand" aria-hidden="true">
          <svg className="sidebar__logo" viewBox="0 0 32 32" width="20" height="20">
            <rect width="32" height="32" rx="7" />
            <path d="M9 23V12l7-4 7 4v11" />
            <circle cx="16" cy="17" r="2.6" />
          </svg>
          Outpost
        </div>
        <ul className="sidebar__list">
          {(['all', 'unread', 'starred'] as const).map((view) => (
            <SidebarItem
              key={view}
              testId={`view-${view}`}
              icon={viewIcons[view]}
              label={viewTitles[view]}
              count={viewCounts[view]}
              current={place !== null && samePlace(place, { kind: 'view', view })}
              onSelect={() => onPlace({ kind: 'view', view })}
            />
          ))}
        </ul>
        {children}
      </div>
      <div className="sidebar__footer">{footer}</div>
    </nav>
  );
}
