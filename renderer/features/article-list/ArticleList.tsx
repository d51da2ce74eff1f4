// The middle pane's list: a listbox of rows whose selection the keyboard moves; clicking a row opens it.
import { useEffect } from 'react';
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
  listRef: RefObject<HTMLDivElement | null>;
}

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
  listRef,
}: ArticleListProps) {
  const now = useMinuteClock();

  useEffect(() => {
    if (selectedId === null) return;
    document.getElementById(articleRowId(selectedId))?.scrollIntoView({ block: 'nearest' });
  }, [selectedId]);

  if (rows.length === 0) return <div className="article-list article-list--empty">{empty}</div>;

  const activeDescendant =
    selectedId !== null && rows.some((row) => row.id === selectedId)
      ? articleRowId(selectedId)
      : undefined;

  return (
    <div className="article-list">
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
      {moreCount > 0 ? (
        <button type="button" className="article-list__more" onClick={onShowMore}>
          Show more ({moreCount.toLocaleString()} left)
        </button>
      ) : null}
    </div>
  );
}
