// The middle pane's list: a listbox of rows whose selection the keyboard moves; clicking a row opens it; more pages load near its end.
import { useEffect, useRef } from 'react';
import type { ReactNode, RefObject } from 'react';
import { useMinuteClock } from '../../ui/useMinuteClock.ts';
import { ArticleRow, articleRowId } from './ArticleRow.tsx';
import type { RowModel } from './row-model.ts';
import './article-list.css';

interface ArticleListProps {
  label: string;
  rows: RowModel[];
  selectedId: number | null;
  currentId: number | null;
  onOpen: (id: number) => void;
  /** The list got focus: a good moment to make sure a row is selected. */
  onFocus: () => void;
  /** Shown instead of the list when there are no rows. */
  empty: ReactNode;
  /** How many more rows the backend holds beyond those shown. */
  moreCount: number;
  onShowMore: () => void;
  /** Loads the next page by itself when the reader scrolls near the end (search results). */
  autoLoad?: boolean;
  /** A page is on its way: the button says so and waits. */
  loadingMore?: boolean;
  /** When it changes (a new query, another view), the list starts again at the top. */
  resetKey?: string;
  listRef: RefObject<HTMLDivElement | null>;
}

/** How close to the end of the list (in pixels) the next page starts loading. */
const loadAheadPx = 600;

export function ArticleList({
  label,
  rows,
  selectedId,
  currentId,
  onOpen,
  onFocus,
  empty,
  moreCount,
  onShowMore,
  autoLoad = false,
  loadingMore = false,
  resetKey,
  listRef,
}: ArticleListProps) {
  const now = useMinuteClock();
  const scrollerRef = useRef<HTMLDivElement>(null);
  const endRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    scrollerRef.current?.scrollTo({ top: 0 });
  }, [resetKey]);

  // Observed anew after every page, so a page too short to fill the list asks for the next one.
  const canLoad = autoLoad && moreCount > 0 && !loadingMore;
  useEffect(() => {
    const end = endRef.current;
    if (!canLoad || !end) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) onShowMore();
      },
      { root: scrollerRef.current, rootMargin: `0px 0px ${loadAheadPx}px 0px` },
    );
    observer.observe(end);
    return () => observer.disconnect();
  }, [canLoad, onShowMore, rows.length]);

  useEffect(() => {
    if (selectedId === null) return;
    document.getElementById(articleRowId(selectedId))?.scrollIntoView({ block: 'nearest' });
  }, [selectedId]);

  if (rows.length === 0) {
    return (
      <div className="article-list article-list--empty" ref={scrollerRef}>
        {empty}
      </div>
    );
  }

  const activeDescendant =
    selectedId !== null && rows.some((row) => row.id === selectedId)
      ? articleRowId(selectedId)
      : undefined;

  return (
    <div className="article-list" ref={scrollerRef}>
      <div
        ref={listRef}
        role="listbox"
        aria-label={label}
        aria-activedescendant={activeDescendant}
        tabIndex={0}
        className="article-list__rows"
        onFocus={(event) => {
          if (event.target === event.currentTarget) onFocus();
        }}
      >
        {rows.map((row) => (
          <ArticleRow
            key={row.id}
            row={row}
            selected={row.id === selectedId}
            current={row.id === currentId}
            now={now}
            onOpen={onOpen}
          />
        ))}
      </div>
      <div ref={endRef} className="article-list__end" />
      {moreCount > 0 ? (
        <button
          type="button"
          className="article-list__more"
          data-testid="show-more"
          disabled={loadingMore}
          onClick={onShowMore}
        >
          {loadingMore ? 'Loading…' : `Show more (${moreCount.toLocaleString()} left)`}
        </button>
      ) : null}
    </div>
  );
}
