// Reading and writing articles and their read/starred state.
import { OutpostError } from '../../shared/api-reply.ts';
import type { StateChange } from '../../shared/changes.ts';
import type {
  Article,
  ArticleFilter,
  ArticleId,
  ArticlePage,
  ArticleSummary,
  OfflineState,
  SourceId,
} from '../../shared/model.ts';
import { statement, type Database } from './db.ts';
import { sourceTitle } from './sources.ts';
import { factsColumns, toFacts, type FactsRow } from './article-facts.ts';
import { articleFilterSql } from './article-filter.ts';
import { articleTags, visibleTags } from './tags.ts';

export type FullTextState = 'none' | 'pending' | 'fetched' | 'failed';

export interface NewArticle {
  sourceId: SourceId;
  url: string | null;
  title: string;
  author: string | null;
  section: string | null;
  published: string | null;
  added: string;
  leadImage: string | null;
  excerpt: string;
  text: string;
  html: string;
  contentHash: string;
  /** Where it came from: a file path, or the feed item's id. */
  origin: string | null;
  /** Imported files only: the content hash, unique among imports (a race cannot store one twice). */
  importHash?: string | null;
  /** Feed items only: identity and what the feed said. */
  guid?: string | null;
  linkKey?: string | null;
  updated?: string | null;
  summaryHtml?: string | null;
  categories?: string[];
  fullText?: FullTextState;
}

interface SummaryRow {
  id: number;
  title: string;
  source_id: number;
  source_title: string;
  section: string | null;
  author: string | null;
  published_at: string | null;
  added_at: string;
  excerpt: string;
  read: number;
  starred: number;
  offline: OfflineState;
}

interface ArticleRow extends SummaryRow {
  url: string | null;
  text: string;
  html: string;
}

/** An article is readable offline once its full text is in and its images are cached. */
export const offlineColumn = `CASE
    WHEN a.full_text IN ('pending', 'failed') THEN 'summary-only'
    WHEN EXISTS (SELECT 1 FROM article_images ai WHERE ai.article_id = a.id AND ai.status = 'pending')
      THEN 'images-pending'
    ELSE 'complete' END AS offline`;

const summaryColumns = `a.id, a.title, a.source_id, ${sourceTitle} AS source_title,
  a.section, a.author, a.published_at, a.added_at, a.excerpt, a.read, a.starred, ${offlineColumn}`;

export const DEFAULT_PAGE_SIZE = 200;

export function insertArticle(db: Database, article: NewArticle): ArticleId {
  const result = statement(
    db,
    `INSERT INTO articles (source_id, url, title, author, section, published_at, added_at,
         lead_image, excerpt, text, html, content_hash, origin, guid, link_key, updated_at,
         summary_html, categories, full_text, import_hash)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    article.sourceId,
    article.url,
    article.title,
    article.author,
    article.section,
    article.published,
    article.added,
    article.leadImage,
    article.excerpt,
    article.text,
    article.html,
    article.contentHash,
    article.origin,
    article.guid ?? null,
    article.linkKey ?? null,
    article.updated ?? null,
    article.summaryHtml ?? null,
    article.categories && article.categories.length > 0 ? JSON.stringify(article.categories) : null,
    article.fullText ?? 'none',
    article.importHash ?? null,
  );
  return Number(result.lastInsertRowid);
}

/**
 * Stores an imported file's article unless another import (maybe in another process, at the same
 * moment) stored the same content first; then returns that one instead.
 */
export function insertImportedArticle(
  db: Database,
  article: NewArticle & { importHash: string },
): { id: ArticleId; title: string; duplicate: boolean } {
  try {
    return { id: insertArticle(db, article), title: article.title, duplicate: false };
  } catch (error) {
    const existing = statement(db, 'SELECT id, title FROM articles WHERE import_hash = ?').get(
      article.importHash,
    ) as { id: number; title: string } | undefined;
    if (!existing) throw error;
    return { ...existing, duplicate: true };
  }
}

export function findArticleByHash(
  db: Database,
  contentHash: string,
): { id: ArticleId; title: string } | null {
  const row = statement(db, 'SELECT id, title FROM articles WHERE content_hash = ? LIMIT 1').get(
    contentHash,
  ) as { id: number; title: string } | undefined;
  return row ?? null;
}

export function listArticles(db: Database, filter: ArticleFilter): ArticlePage {
  const { where, params } = articleFilterSql(filter);
  const clause = where.length > 0 ? `WHERE ${where.join(' AND ')}` : '';
  const total = (
    statement(db, `SELECT count(*) AS n FROM articles a ${clause}`).get(...params) as { n: number }
  ).n;
  const rows = statement(
    db,
    `SELECT ${summaryColumns} FROM articles a JOIN sources s ON s.id = a.source_id ${clause}
       ORDER BY coalesce(a.published_at, a.added_at) DESC, a.id DESC LIMIT ? OFFSET ?`,
  ).all(
    ...params,
    filter.limit ?? DEFAULT_PAGE_SIZE,
    filter.offset ?? 0,
  ) as unknown as SummaryRow[];
  return { total, articles: rows.map(toSummary) };
}

/** An article as stored: its HTML before the offline cache is applied (see renderOffline). */
export type StoredArticle = Omit<Article, 'missingImages'>;

export function getArticle(db: Database, id: ArticleId): StoredArticle | null {
  const row = statement(
    db,
    `SELECT ${summaryColumns}, a.url, a.text, a.html
       FROM articles a JOIN sources s ON s.id = a.source_id WHERE a.id = ?`,
  ).get(id) as ArticleRow | undefined;
  if (!row) return null;
  const tags = articleTags(db, id);
  return {
    ...toSummary(row),
    url: row.url,
    text: row.text,
    html: row.html,
    regions: tags.filter((tag) => tag.kind === 'country' || tag.kind === 'region'),
    topics: tags.filter((tag) => tag.kind === 'topic'),
    tags: tags.filter((tag) => tag.kind === 'tag'),
  };
}

/** Returns the summaries of the given ids, in the order asked for (missing ids are skipped). */
export function getSummaries(db: Database, ids: readonly ArticleId[]): ArticleSummary[] {
  if (ids.length === 0) return [];
  const placeholders = ids.map(() => '?').join(',');
  const rows = statement(
    db,
    `SELECT ${summaryColumns} FROM articles a JOIN sources s ON s.id = a.source_id
       WHERE a.id IN (${placeholders})`,
  ).all(...ids) as unknown as SummaryRow[];
  const byId = new Map(rows.map((row) => [row.id, toSummary(row)]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/**
 * Sets an article's read and/or starred flag. Returns what changed, with the flags before, or
 * null when they already had these values.
 */
export function setArticleState(
  db: Database,
  id: ArticleId,
  patch: { read?: boolean; starred?: boolean },
): StateChange | null {
  const row = statement(db, `SELECT ${factsColumns} FROM articles a WHERE a.id = ?`).get(id) as
    FactsRow | undefined;
  if (!row) throw new OutpostError('not-found', `There is no article with id ${id}.`);
  const was = toFacts(row);
  const read = patch.read ?? was.read;
  const starred = patch.starred ?? was.starred;
  if (read === was.read && starred === was.starred) return null;
  statement(db, 'UPDATE articles SET read = ?, starred = ? WHERE id = ?').run(
    read ? 1 : 0,
    starred ? 1 : 0,
    id,
  );
  return {
    ...was,
    read,
    starred,
    was: { read: was.read, starred: was.starred },
    tags: visibleTags(db, id),
  };
}

export interface IndexableArticle {
  id: ArticleId;
  title: string;
  text: string;
  author: string | null;
  source: string;
  published: string | null;
}

/** Every article in the shape the search index needs, oldest first. */
export function listIndexableArticles(db: Database): IndexableArticle[] {
  return statement(
    db,
    `SELECT a.id, a.title, a.text, a.author, ${sourceTitle} AS source, a.published_at AS published
       FROM articles a JOIN sources s ON s.id = a.source_id ORDER BY a.id`,
  ).all() as unknown as IndexableArticle[];
}

export function countArticles(db: Database): { articles: number; unread: number; starred: number } {
  return statement(
    db,
    `SELECT count(*) AS articles, coalesce(sum(read = 0), 0) AS unread,
         coalesce(sum(starred = 1), 0) AS starred FROM articles`,
  ).get() as { articles: number; unread: number; starred: number };
}

function toSummary(row: SummaryRow): ArticleSummary {
  return {
    id: row.id,
    title: row.title,
    sourceId: row.source_id,
    source: row.source_title,
    section: row.section,
    author: row.author,
    published: row.published_at,
    added: row.added_at,
    excerpt: row.excerpt,
    read: row.read === 1,
    starred: row.starred === 1,
    offline: row.offline,
  };
}
