// How a change moves data already on screen: rows whose flags flip, counts that move by one, tags that
// come and go. Each patch returns null when it cannot be sure, and the query is fetched again instead.
import type { ArticleFacts, ArticleTag, StateChange, TagChange } from '../../shared/changes.ts';
import { tagKeyOf } from '../../shared/changes.ts';
import type { Article, ArticleFilter, TagFacet, TagRef } from '../../shared/model.ts';
import { tagParent } from '../../shared/tag-parent.ts';

type Flags = Pick<ArticleFacts, 'read' | 'starred'>;

/**
 * Whether an article meets a filter's conditions other than the view (its source, dates), or null
 * when that takes the server (a folder's feeds, a region's countries). Dates compare like the
 * store's SQL: published, else stored, as ISO text.
 */
export function meetsConditions(
  filter: ArticleFilter,
  article: Pick<ArticleFacts, 'sourceId' | 'date'>,
): boolean | null {
  if (filter.sourceId !== undefined && filter.sourceId !== article.sourceId) return false;
  if (filter.after !== undefined && article.date < filter.after) return false;
  if (filter.before !== undefined && article.date >= filter.before) return false;
  if (filter.folderId !== undefined || filter.tag !== undefined) return null;
  return true;
}

export function inView(view: ArticleFilter['view'], flags: Flags): boolean {
  if (view === 'unread') return !flags.read;
  if (view === 'starred') return flags.starred;
  return true;
}

/**
 * How a state change moves an article in or out of a filter: +1 it entered, -1 it left, 0 neither,
 * null when only the server can tell.
 */
export function membershipMove(filter: ArticleFilter, change: StateChange): number | null {
  const move = Number(inView(filter.view, change)) - Number(inView(filter.view, change.was));
  if (move === 0) return 0;
  const meets = meetsConditions(filter, change);
  return meets === null ? null : meets ? move : 0;
}

/** Unread and starred counts move by at most one each. */
export function flagDelta(was: Flags, now: Flags): { unread: number; starred: number } {
  return {
    unread: Number(!now.read) - Number(!was.read),
    starred: Number(now.starred) - Number(was.starred),
  };
}

/** Rows (list summaries, search hits, the article) with the article's new flags. */
export function withFlags<Row extends { id: number } & Flags>(
  rows: readonly Row[],
  change: Pick<ArticleFacts, 'id'> & Flags,
): Row[] | null {
  let touched = false;
  const next = rows.map((row) => {
    if (row.id !== change.id || (row.read === change.read && row.starred === change.starred))
      return row;
    touched = true;
    return { ...row, read: change.read, starred: change.starred };
  });
  return touched ? next : null;
}

interface FacetMove {
  tag: ArticleTag;
  count: number;
  unread: number;
}

/** Facet rows moved by (count, unread): rows that reach zero articles go, new ones come in. */
function moveFacets(facets: readonly TagFacet[], moves: readonly FacetMove[]): TagFacet[] {
  const byKey = new Map(moves.map((move) => [tagKeyOf(move.tag), move]));
  const next: TagFacet[] = [];
  for (const facet of facets) {
    const key = tagKeyOf(facet);
    const move = byKey.get(key);
    if (!move) {
      next.push(facet);
      continue;
    }
    byKey.delete(key);
    const count = facet.count + move.count;
    if (count > 0) next.push({ ...facet, count, unread: facet.unread + move.unread });
  }
  for (const { tag, count, unread } of byKey.values()) {
    if (count <= 0) continue;
    const { kind, code, label } = tag;
    next.push({ kind, code, label, parent: tagParent(kind, code), count, unread });
  }
  return next;
}

/** The tag counts within a filter after an article's read or starred flag changed. */
export function facetsAfterState(
  facets: readonly TagFacet[],
  filter: ArticleFilter,
  change: StateChange,
): TagFacet[] | null {
  const wasIn = inView(filter.view, change.was);
  const isIn = inView(filter.view, change);
  const count = Number(isIn) - Number(wasIn);
  const unread = Number(isIn && !change.read) - Number(wasIn && !change.was.read);
  if (count === 0 && unread === 0) return [...facets];
  const meets = meetsConditions(filter, change);
  if (meets === null) return null;
  if (!meets) return [...facets];
  return moveFacets(
    facets,
    change.tags.map((tag) => ({ tag, count, unread })),
  );
}

/** The tag counts within a filter after an article's tags changed. */
export function facetsAfterTags(
  facets: readonly TagFacet[],
  filter: ArticleFilter,
  change: TagChange,
): TagFacet[] | null {
  if (!inView(filter.view, change)) return [...facets];
  const meets = meetsConditions(filter, change);
  if (meets === null) return null;
  if (!meets) return [...facets];
  const unread = change.read ? 0 : 1;
  return moveFacets(facets, [
    ...change.added.map((tag) => ({ tag, count: 1, unread })),
    ...change.removed.map((tag) => ({ tag: { ...tag, label: '' }, count: -1, unread: -unread })),
  ]);
}

/** The article with its tags as they are now (the reader's edit, a rule, re-tagging). */
export function articleWithTags(article: Article, change: TagChange): Article {
  const removed = new Set(change.removed.map(tagKeyOf));
  const replaced = new Map([...change.changed, ...change.added].map((tag) => [tagKeyOf(tag), tag]));
  const all = [...article.regions, ...article.topics, ...article.tags]
    .filter((tag) => !removed.has(tagKeyOf(tag)) && !replaced.has(tagKeyOf(tag)))
    .concat([...replaced.values()])
    .sort((a, b) => b.score - a.score || a.label.localeCompare(b.label));
  const of = (kinds: ReadonlyArray<TagRef['kind']>) =>
    all.filter((tag) => kinds.includes(tag.kind));
  return {
    ...article,
    regions: of(['country', 'region']),
    topics: of(['topic']),
    tags: of(['tag']),
  };
}
