// Articles waiting for their full page, and what the extraction brought back.
import type { ArticleId, SourceId } from '../../shared/model.ts';
import { inTransaction, statement, type Database } from './db.ts';
import { addArticleImages } from './images.ts';

export interface PendingFullText {
  id: ArticleId;
  url: string;
  sourceId: SourceId;
  images: boolean;
  /** Length of the text the feed gave: an extraction shorter than this is no improvement. */
  textLength: number;
  leadImage: string | null;
}

/** Newest first: on a short connection, today's news matters more than last week's. */
export function listPendingFullText(db: Database, limit: number): PendingFullText[] {
  const rows = statement(
    db,
    `SELECT a.id, a.url, a.source_id, s.images, length(a.text) AS text_length, a.lead_image
     FROM articles a JOIN sources s ON s.id = a.source_id
     WHERE a.full_text = 'pending' AND a.url IS NOT NULL
     ORDER BY coalesce(a.published_at, a.added_at) DESC, a.id DESC LIMIT ?`,
  ).all(limit) as Array<{
    id: number;
    url: string;
    source_id: number;
    images: number;
    text_length: number;
    lead_image: string | null;
  }>;
  return rows.map((row) => ({
    id: row.id,
    url: row.url,
    sourceId: row.source_id,
    images: row.images === 1,
    textLength: row.text_length,
    leadImage: row.lead_image,
  }));
}

export function countPendingFullText(db: Database): number {
  const row = statement(
    db,
    "SELECT count(*) AS n FROM articles WHERE full_text = 'pending' AND url IS NOT NULL",
  ).get() as { n: number };
  return row.n;
}

/** The extracted article, its fields derived and cleaned (see extract/article-text.ts). */
export interface FullArticle {
  html: string;
  text: string;
  excerpt: string;
  author: string | null;
  published: string | null;
  leadImage: string | null;
}

/**
 * Replaces the feed's summary with the extracted article. The content hash stays the feed
 * item's, so the next sync still recognises an unchanged item.
 */
export function storeFullText(db: Database, article: PendingFullText, full: FullArticle): void {
  const { html } = full;
  // One commit for the article and its image list: commits, not statements, are what cost here.
  inTransaction(db, () => {
    statement(
      db,
      `UPDATE articles SET html = ?, text = ?, excerpt = ?, author = coalesce(author, ?),
         published_at = coalesce(published_at, ?), lead_image = coalesce(lead_image, ?),
         full_text = 'fetched', full_text_error = NULL, full_text_attempts = full_text_attempts + 1,
         revision = revision + 1
       WHERE id = ?`,
    ).run(html, full.text, full.excerpt, full.author, full.published, full.leadImage, article.id);
    if (article.images) addArticleImages(db, article.id, html);
  });
}

/** The page held no more than the feed did: keep the feed's text and stop asking for the page. */
export function keepFeedText(db: Database, id: ArticleId): void {
  statement(
    db,
    `UPDATE articles SET full_text = 'none', full_text_error = NULL,
       full_text_attempts = full_text_attempts + 1 WHERE id = ?`,
  ).run(id);
}

/** After `maxAttempts` failures the summary is what the reader gets; earlier ones retry next sync. */
export function markFullTextFailed(
  db: Database,
  id: ArticleId,
  error: string,
  maxAttempts: number,
): void {
  statement(
    db,
    `UPDATE articles SET full_text_attempts = full_text_attempts + 1, full_text_error = ?,
       full_text = CASE WHEN full_text_attempts + 1 >= ? THEN 'failed' ELSE 'pending' END
     WHERE id = ?`,
  ).run(error, maxAttempts, id);
}
