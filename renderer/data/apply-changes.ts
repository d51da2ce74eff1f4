// Applies what the backend says changed to the window's query cache: flags, counts and tags are
// patched in place; what only the server can answer is refreshed, and only where it depends on the
// change. Lists keep their rows when an article leaves them (it stays until the list is opened again).
import type { Query, QueryClient } from '@tanstack/react-query';
import type { Changes, StateChange, TagChange } from '../../shared/changes.ts';
import type { Feed } from '../../shared/feeds.ts';
import type {
  Article,
  ArticleFilter,
  ArticlePage,
  SavedSearch,
  Source,
  Stats,
  TagFacet,
} from '../../shared/model.ts';
import { parseQuery } from '../../shared/query.ts';
import type { SearchAnswer } from '../features/search/search-pages.ts';
import {
  articleWithTags,
  facetsAfterState,
  facetsAfterTags,
  flagDelta,
  membershipMove,
  withFlags,
} from './patches.ts';

/** Which cached queries to fetch again; the caller decides when (bursts are gathered). */
export type Refresh = (matches: (key: readonly unknown[]) => boolean) => void;

const method =
  (...names: string[]) =>
  (key: readonly unknown[]) =>
    names.includes(key[0] as string);

export function applyChanges(client: QueryClient, changes: Changes, refresh: Refresh): void {
  for (const change of changes.states) applyState(client, change, refresh);
  for (const change of changes.tags) applyTags(client, change, refresh);
  applyContent(client, changes, refresh);
}

function applyState(client: QueryClient, change: StateChange, refresh: Refresh): void {
  const delta = flagDelta(change.was, change);

  // An article that joins or leaves a list or a search does not move rows under the reader: the
  // list is fetched afresh the next time it is opened.
  const stale: Array<readonly unknown[]> = [];
  patch<ArticlePage>(client, 'listArticles', (page, key) => {
    const articles = withFlags(page.articles, change);
    const move = membershipMove(key[1] as ArticleFilter, change);
    // Whether it belongs to a folder's or a region's list takes the server to tell.
    if (move === null) refresh((candidate) => candidate === key);
    else if (move !== 0) stale.push(key);
    if (!articles && !move) return page;
    return { ...page, articles: articles ?? page.articles, total: page.total + (move ?? 0) };
  });
  patch<SearchAnswer>(client, 'search', (answer, key) => {
    const hits = withFlags(answer.result.hits, change);
    if (dependsOnState(key[1] as string)) stale.push(key);
    return hits ? { ...answer, result: { ...answer.result, hits } } : answer;
  });
  for (const key of stale) markStale(client, key);

  patch<Article | null>(client, 'getArticle', (article) =>
    article?.id === change.id ? (withFlags([article], change)?.[0] ?? article) : article,
  );

  patch<Stats>(client, 'stats', (stats) => ({
    ...stats,
    unread: stats.unread + delta.unread,
    starred: stats.starred + delta.starred,
  }));
  const unreadOf = <Row extends { id: number; unreadCount: number }>(rows: Row[]) =>
    delta.unread === 0
      ? rows
      : rows.map((row) =>
          row.id === change.sourceId
            ? { ...row, unreadCount: row.unreadCount + delta.unread }
            : row,
        );
  patch<Source[]>(client, 'listSources', unreadOf);
  patch<Feed[]>(client, 'listFeeds', unreadOf);

  patch<TagFacet[]>(client, 'listTagFacets', (facets, key) => {
    const next = facetsAfterState(facets, key[1] as ArticleFilter, change);
    if (!next) refresh((candidate) => candidate === key);
    return next ?? facets;
  });

  // Whether the article is in a saved search takes the index to tell.
  const saved = client.getQueryData<SavedSearch[]>(['listSavedSearches']) ?? [];
  const affected = saved.some(
    (search) => delta.unread !== 0 || (delta.starred !== 0 && dependsOnState(search.query)),
  );
  if (affected) refresh(method('listSavedSearches'));
}

function applyTags(client: QueryClient, change: TagChange, refresh: Refresh): void {
  patch<Article | null>(client, 'getArticle', (article) =>
    article?.id === change.id ? articleWithTags(article, change) : article,
  );
  patch<TagFacet[]>(client, 'listTagFacets', (facets, key) => {
    const next = facetsAfterTags(facets, key[1] as ArticleFilter, change);
    if (!next) refresh((candidate) => candidate === key);
    return next ?? facets;
  });
  // Lists of a place or topic: the article may have joined or left, which the server tells.
  refresh((key) => key[0] === 'listArticles' && (key[1] as ArticleFilter).tag !== undefined);
  // Searches and saved searches follow the index ('search-updated').
}

/** Articles stored, changed or deleted; subscriptions, folders, rules and saved searches. */
function applyContent(client: QueryClient, changes: Changes, refresh: Refresh): void {
  const { articles, feeds, folders, tagRules, savedSearches } = changes;
  const counted = articles.added.length + articles.removed.length > 0;

  if (articles.removed.length > 0) {
    const gone = new Set(articles.removed);
    patch<SearchAnswer>(client, 'search', (answer) => {
      const hits = answer.result.hits.filter((hit) => !gone.has(hit.id));
      if (hits.length === answer.result.hits.length) return answer;
      const total = answer.result.total - (answer.result.hits.length - hits.length);
      return { ...answer, result: { ...answer.result, hits, total } };
    });
    client.removeQueries({
      predicate: (query) =>
        query.queryKey[0] === 'getArticle' && gone.has(query.queryKey[1] as number),
    });
  }
  if (articles.updated.length > 0) {
    const changed = new Set(articles.updated);
    refresh((key) => key[0] === 'getArticle' && changed.has(key[1] as number));
  }
  if (counted || articles.updated.length > 0) refresh(method('listArticles'));
  if (counted) refresh(method('stats', 'listSources', 'listFeeds', 'listTagFacets'));
  // Deletions leave the index without a segment change ('search-updated'): counts must ask now.
  if (articles.removed.length > 0) refresh(method('listSavedSearches'));

  const feedsChanged = feeds.added.length + feeds.updated.length + feeds.removed.length > 0;
  const foldersChanged = folders.added.length + folders.updated.length + folders.removed.length > 0;
  if (feedsChanged) refresh(method('listFeeds', 'listSources', 'stats'));
  if (foldersChanged) refresh(method('listFolders'));
  // A feed or folder that moved changes what a folder holds.
  if (feedsChanged || foldersChanged) {
    refresh(
      (key) =>
        (key[0] === 'listArticles' || key[0] === 'listTagFacets') &&
        (key[1] as ArticleFilter).folderId !== undefined,
    );
  }
  if (tagRules.added.length + tagRules.removed.length + tagRules.updated.length > 0)
    refresh(method('listTagRules'));
  if (savedSearches.added.length + savedSearches.removed.length + savedSearches.updated.length > 0)
    refresh(method('listSavedSearches'));
}

/** A query whose matches depend on reading state (`is:unread`, `is:starred`). */
function dependsOnState(query: string): boolean {
  const parsed = parseQuery(query);
  return parsed.ok && (parsed.filters.read !== null || parsed.filters.starred !== null);
}

function queriesOf(client: QueryClient, name: string): Query[] {
  return client.getQueryCache().findAll({ predicate: (query) => query.queryKey[0] === name });
}

/** Rewrites the data of every cached query of one method; unchanged data keeps its identity. */
function patch<Data>(
  client: QueryClient,
  name: string,
  update: (data: Data, key: readonly unknown[]) => Data,
): void {
  for (const query of queriesOf(client, name)) {
    const data = query.state.data as Data | undefined;
    if (data === undefined) continue;
    const next = update(data, query.queryKey);
    if (next !== data) client.setQueryData(query.queryKey, next);
  }
}

/** Marks a query as out of date without fetching it now: it is fetched when next shown. */
function markStale(client: QueryClient, key: readonly unknown[]): void {
  void client.invalidateQueries({ queryKey: key, exact: true, refetchType: 'none' });
}
