// The left pane: the three views with their counts, the sources, import, and the theme switch.
import type { ReactNode } from 'react';
import type { ArticleView, Source, Stats } from '../../../shared/model.ts';
import type { Settings } from '../../../shared/settings.ts';
import { Icon } from '../../ui/Icon.tsx';
import type { IconName } from '../../ui/Icon.tsx';
import { ImportButton } from '../import/ImportButton.tsx';
import { samePlace, viewTitles } from './place.ts';
import type { Place } from './place.ts';
import { ThemeSwitch } from './ThemeSwitch.tsx';
import './sidebar.css';

interface SidebarProps {
  place: Place;
  stats: Stats | null;
  sources: Source[];
  theme: Settings['theme'];
  importing: boolean;
  onPlace: (place: Place) => void;
  onImport: (files: File[]) => void;
  onTheme: (theme: Settings['theme']) => void;
}

const viewIcons: Record<ArticleView, IconName> = {
  all: 'inbox',
  unread: 'unread',
  starred: 'star',
};

export function Sidebar(props: SidebarProps) {
  const { place, stats, sources, onPlace } = props;
  const viewCounts: Record<ArticleView, number | undefined> = {
    all: stats?.articles,
    unread: stats?.unread,
    starred: stats?.starred,
  };

  return (
    <nav className="sidebar" aria-label="Library">
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
            current={samePlace(place, { kind: 'view', view })}
            onSelect={() => onPlace({ kind: 'view', view })}
          />
        ))}
      </ul>

      <h2 className="sidebar__heading" id="sidebar-sources">
        Sources
      </h2>
      {sources.length > 0 ? (
        <ul className="sidebar__list sidebar__list--sources" aria-labelledby="sidebar-sources">
          {sources.map((source) => (
            <SidebarItem
              key={source.id}
              testId="source"
              icon={source.kind === 'feed' ? 'feed' : 'file'}
              label={source.title}
              count={source.unreadCount || undefined}
              countLabel="unread"
              current={samePlace(place, { kind: 'source', sourceId: source.id })}
              onSelect={() => onPlace({ kind: 'source', sourceId: source.id })}
            />
          ))}
        </ul>
      ) : (
        <p className="sidebar__none">Sources appear here as you import articles.</p>
      )}

      <div className="sidebar__footer">
        <ImportButton busy={props.importing} onFiles={props.onImport} />
        <ThemeSwitch theme={props.theme} onChange={props.onTheme} />
      </div>
    </nav>
  );
}

interface SidebarItemProps {
  testId: string;
  icon: IconName;
  label: string;
  count: number | undefined;
  countLabel?: string;
  current: boolean;
  onSelect: () => void;
}

function SidebarItem({
  testId,
  icon,
  label,
  count,
  countLabel,
  current,
  onSelect,
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
  return (
    <li>
      <button
        type="button"
        className="sidebar__item"
        aria-current={current ? 'page' : undefined}
        data-testid={testId}
        onClick={onSelect}
      >
        <Icon name={icon} filled={icon === 'unread'} />
        <span className="sidebar__label">{label}</span>
        {badge}
      </button>
    </li>
  );
}
