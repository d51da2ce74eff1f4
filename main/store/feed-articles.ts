// Feed items already stored as articles: finding one again, and updating it when the feed changed it.
import type { SourceId } from '../../shared/model.ts';
import type { FullTextState } from './articles.ts';
import { statement, type Database } from './db.ts';

export interface FeedArticle {
  id: number;
  contentHash: string;
  title: string;
  fullText: FullTextState;
}

/** Identity is the guid, else the link without tracking parameters, else the content hash. */
export function findFeedArticle(
  db: Database,
  sourceId: SourceId,
  item: { guid: string | null; linkKey: string | null; contentHash: string },
): FeedArticle | undefined {
  const columns = 'id, content_hash AS contentHash, title, full_text AS fullText';
  if (item.guid) {
    return statement(db, `SELECT ${columns} FROM articles WHERE source_id = ? AND guid = ?`).get(
      sourceId,
      item.guid,
    ) as FeedArticle | undefined;
  }
  if (item.linkKey) {
    return statement(
      db,
      `SELECT ${columns} FROM articles WHERE source_id = ? AND link_key = ? LIMIT 1`,
    ).get(sourceId, item.linkKey) as FeedArticle | undefined;
  }
  return statement(
    db,
    `SELECT ${columns} FROM articles WHERE source_id = ? AND content_hash = ? LIMIT 1`,
  ).get(sourceId, item.contentHash) as FeedArticle | undefined;
}

/** Only the headline of an article whose full page was fetched (better than the feed's summary). */
export function updateFeedHeadline(
  db: Database,
  id: number,
  fields: { title: string; updatedAt: string; summaryHtml: string | null },
): void {
  statement(
    db,
    'UPDATE articles SET title = ?, updated_at = ?, summary_html = ?, revision = revision + 1 WHERE id = ?',
  ).run(fields.title, fields.updatedAt, fields.summaryHtml, id);
}

/** The feed's new version of an item; a page that failed for good stays failed. */
export function updateFeedArticle(
  db: Database,
  id: number,
  fields: {
    title: string;
    author: string | null;
    html: string;
    text: string;
    excerpt: string;
    contentHash: string;
    updatedAt: string;
    summaryHtml: string | null;
    leadImage: string | null;
    fullText: FullTextState;
  },
): void {
  statement(
    db,
    `UPDATE articles SET revision = revision + 1, title = ?, author = coalesce(?, author), html = ?, text = ?, excerpt = ?,
       content_hash = ?, updated_at = ?, summary_html = ?, lead_image = coalesce(?, lead_image),
       full_text = CASE WHEN full_text = 'failed' THEN 'failed' ELSE ? END
     WHERE id = ?`,
  ).run(
    fields.title,
    fields.author,
    fields.html,
    fields.text,
    fields.excerpt,
    fields.contentHash,
    fields.updatedAt,
    fields.summaryHtml,
    fields.leadImage,
    fields.fullText,
    id,
  );
}
