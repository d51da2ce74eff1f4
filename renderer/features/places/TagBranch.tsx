// One row of the Places, Topics or Tags tree: it selects its articles; a chevron (or the arrow keys)
// opens its branch; its count says how many articles, and how many of them are unread.
import type { KeyboardEvent } from 'react';
import type { ArticleView } from '../../../shared/model.ts';
import { Icon } from '../../ui/Icon.tsx';
import type { DisclosureState } from '../feeds/useDisclosure.ts';
import type { Place } from '../sidebar/place.ts';
import { tagKey } from './tag-tree.ts';
import type { TagNode } from './tag-tree.ts';
import { branchKey } from './usePlaces.ts';

interface TagBranchProps {
  node: TagNode;
  place: Place | null;
  view: ArticleView;
  onPlace: (place: Place) => void;
  disclosure: DisclosureState;
}

export function TagBranch({ node, place, view, onPlace, disclosure }: TagBranchProps) {
  const id = tagKey(node);
  const key = branchKey(id);
  const hasChildren = node.children.length > 0;
  // Top levels start closed: a large archive would otherwise list hundreds of rows.
  const open = hasChildren && disclosure.isOpen(key, false);
  const groupId = `tag-${id.replace(/[^a-z0-9-]/gi, '-')}-items`;
  const current =
    place?.kind === 'tag' && place.tag.kind === node.kind && place.tag.code === node.code;

  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    if (!hasChildren) return;
    if (event.key === 'ArrowRight' && !open) disclosure.setOpen(key, true);
    else if (event.key === 'ArrowLeft' && open) disclosure.setOpen(key, false);
    else return;
    event.preventDefault();
  };

  // Unread of all: "2/5"; one number when all or none are unread, bold when all are (as an unread
  // title is), plain in the Unread view, where every count is of unread articles.
  const someUnread = view !== 'unread' && node.unread > 0 && node.unread < node.count;
  const allUnread = view !== 'unread' && node.unread === node.count;
  const hint =
    `${node.label}: ${articles(node.count)}` +
    (view !== 'unread' ? `, ${node.unread.toLocaleString()} unread` : '');

  return (
    <li>
      <div className="sidebar__row sidebar__row--tag">
        {hasChildren ? (
          // Out of the Tab order: the row's arrow keys do the same from the keyboard.
          <button
            type="button"
            className="sidebar__disclosure"
            aria-expanded={open}
            aria-controls={open ? groupId : undefined}
            aria-label={`${open ? 'Collapse' : 'Expand'} ${node.label}`}
            title={open ? 'Collapse' : 'Expand'}
            tabIndex={-1}
            data-testid="tag-toggle"
            onClick={() => disclosure.toggle(key, false)}
          >
            <span className="sidebar__chevron">
              <Icon name="chevron" size={12} />
            </span>
          </button>
        ) : null}
        <button
          type="button"
          className="sidebar__item sidebar__item--tag"
          aria-current={current ? 'page' : undefined}
          aria-keyshortcuts={hasChildren ? 'ArrowRight ArrowLeft' : undefined}
          data-testid="tag-row"
          data-kind={node.kind}
          data-code={node.code}
          title={hint}
          onClick={() =>
            onPlace({
              kind: 'tag',
              view,
              tag: { kind: node.kind, code: node.code },
              label: node.label,
            })
          }
          onKeyDown={onKeyDown}
        >
          <span className="sidebar__label">{node.label}</span>
          <span
            className={`sidebar__count tag-count${allUnread ? ' tag-count--unread' : ''}`}
            data-testid="tag-count"
            data-count={node.count}
            data-unread={node.unread}
          >
            {someUnread ? (
              <>
                <span className="tag-count__unread">{node.unread.toLocaleString()}</span>
                <span className="visually-hidden"> unread of </span>
                <span className="tag-count__of" aria-hidden="true">
                  /
                </span>
              </>
            ) : null}
            {node.count.toLocaleString()}
            <span className="visually-hidden">
              {' '}
              {view === 'unread' || allUnread
                ? 'unread'
                : node.count === 1
                  ? 'article'
                  : 'articles'}
            </span>
          </span>
        </button>
      </div>
      {open ? (
        <ul className="sidebar__list sidebar__group tag-group" id={groupId}>
          {node.children.map((child) => (
            <TagBranch
              key={tagKey(child)}
              node={child}
              place={place}
              view={view}
              onPlace={onPlace}
              disclosure={disclosure}
            />
          ))}
        </ul>
      ) : null}
    </li>
  );
}

function articles(count: number): string {
  return `${count.toLocaleString()} ${count === 1 ? 'article' : 'articles'}`;
}
