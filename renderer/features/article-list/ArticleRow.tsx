// One row of the list: unread dot, title, source and date, a two-line excerpt, a star when starred.
import { memo } from 'react';
import { Icon } from '../../ui/Icon.tsx';
import { Marked } from '../../ui/Marked.tsx';
import { formatFullDate, formatListDate } from '../../ui/format-date.ts';
import { offlineNotice } from '../../ui/offline-state.ts';
import type { RowModel } from './row-model.ts';

interface ArticleRowProps {
  row: RowModel;
  selected: boolean;
  current: boolean;
  now: Date;
  onOpen: (id: number) => void;
}

export const articleRowId = (id: number) => `article-row-${id}`;

export const ArticleRow = memo(function ArticleRow({
  row,
  selected,
  current,
  now,
  onOpen,
}: ArticleRowProps) {
  const rowId = articleRowId(row.id);
  const offline = offlineNotice(row.offline);
  const classes = ['article-row'];
  if (!row.read) classes.push('article-row--unread');
  if (current) classes.push('article-row--current');
  return (
    <div
      id={rowId}
      role="option"
      aria-selected={selected}
      aria-labelledby={`${rowId}-title`}
      aria-describedby={row.summary ? `${rowId}-meta ${rowId}-summary` : `${rowId}-meta`}
      data-testid="article-row"
      data-article-id={row.id}
      className={classes.join(' ')}
      onClick={() => onOpen(row.id)}
    >
      <span className="article-row__marker" aria-hidden="true">
        {row.read ? null : <span className="article-row__unread" title="Unread" />}
      </span>
      <div className="article-row__body">
        <div className="article-row__title" id={`${rowId}-title`}>
          <Marked text={row.title} ranges={row.titleRanges} />
        </div>
        <div className="article-row__meta" id={`${rowId}-meta`}>
          {row.read ? null : <span className="visually-hidden">Unread. </span>}
          <span className="article-row__source">{row.source}</span>
          {row.date ? (
            <time
              className="article-row__date"
              dateTime={row.date}
              title={formatFullDate(row.date)}
            >
              {formatListDate(row.date, now)}
            </time>
          ) : null}
          {offline ? (
            <span
              className="article-row__offline"
              title={offline.text}
              data-testid="offline-indicator"
              data-offline={row.offline}
            >
              <Icon name={offline.icon} size={12} />
              <span className="visually-hidden">. {offline.text}</span>
            </span>
          ) : null}
          {row.starred ? (
            <span className="article-row__star" title="Starred">
              <Icon name="star" filled size={12} />
              <span className="visually-hidden">Starred</span>
            </span>
          ) : null}
        </div>
        {row.summary ? (
          <p className="article-row__summary" id={`${rowId}-summary`}>
            <Marked text={row.summary} ranges={row.summaryRanges} />
          </p>
        ) : null}
      </div>
    </div>
  );
});
