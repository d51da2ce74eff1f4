// Which images each article needs offline, and which of them are in the cache.
import type { ArticleId } from '../../shared/model.ts';
import { decodeAttribute, type OfflineImage } from '../media-files.ts';
import { inTransaction, statement, type Database } from './db.ts';

/** The cached file's name: content hash plus an extension that tells the type. */
export function imageFileName(hash: string, contentType: string): string | null {
  const extension = IMAGE_EXTENSIONS[contentType.split(';')[0]!.trim().toLowerCase()];
  return extension ? `${hash}.${extension}` : null;
}

/** Raster types only: an SVG served from our own origin could carry script. */
const IMAGE_EXTENSIONS: Record<string, string> = {
  'image/jpeg': 'jpg',
  'image/jpg': 'jpg',
  'image/png': 'png',
  'image/gif': 'gif',
  'image/webp': 'webp',
  'image/avif': 'avif',
};

/**
 * Image addresses in sanitised article HTML (its attributes are always double-quoted), one per
 * image; one-pixel trackers are left out: they are never shown, so never fetched.
 */
export function imageUrlsIn(html: string): string[] {
  const urls = new Set<string>();
  for (const [tag] of html.matchAll(/<img\b[^>]*>/gi)) {
    if (/\s(width|height)="\s*[0-2](px)?\s*"/i.test(tag)) continue;
    const src = /\ssrc="([^"]+)"/i.exec(tag)?.[1];
    const url = src === undefined ? '' : decodeAttribute(src);
    if (/^https?:\/\//i.test(url)) urls.add(url);
  }
  return [...urls];
}

export function addArticleImages(db: Database, articleId: ArticleId, html: string): void {
  const insert = statement(
    db,
    "INSERT OR IGNORE INTO article_images (article_id, url, status) VALUES (?, ?, 'pending')",
  );
  for (const url of imageUrlsIn(html)) insert.run(articleId, url);
}

export interface PendingImage {
  url: string;
  /** The newest article that needs it: images of recent articles are fetched first. */
  added: string;
}

export function listPendingImages(db: Database, limit: number): PendingImage[] {
  return statement(
    db,
    `SELECT ai.url, max(a.added_at) AS added FROM article_images ai
       JOIN articles a ON a.id = ai.article_id
       WHERE ai.status = 'pending' GROUP BY ai.url ORDER BY added DESC LIMIT ?`,
  ).all(limit) as unknown as PendingImage[];
}

export function countPendingImages(db: Database): number {
  return (
    statement(
      db,
      "SELECT count(DISTINCT url) AS n FROM article_images WHERE status = 'pending'",
    ).get() as {
      n: number;
    }
  ).n;
}

/**
 * Records a downloaded image and points every article that uses its address at it; returns those
 * articles (their offline copy changed).
 */
export function markImageCached(
  db: Database,
  url: string,
  image: { hash: string; contentType: string; bytes: number },
  now: Date,
): ArticleId[] {
  return inTransaction(db, () => {
    statement(
      db,
      `INSERT INTO images (hash, content_type, bytes, stored_at) VALUES (?, ?, ?, ?)
       ON CONFLICT (hash) DO NOTHING`,
    ).run(image.hash, image.contentType, image.bytes, now.toISOString());
    return articleIds(
      statement(
        db,
        // Every article that uses this address has it now, whatever its earlier tries gave.
        "UPDATE article_images SET status = 'cached', hash = ?, error = NULL WHERE url = ? AND status != 'cached' RETURNING article_id",
      ).all(image.hash, url),
    );
  });
}

function articleIds(rows: unknown[]): ArticleId[] {
  return [...new Set((rows as Array<{ article_id: number }>).map((row) => row.article_id))];
}

/**
 * A failed download is retried at later syncs, up to `maxAttempts`; `final` failures (too large,
 * not an image) are not retried at all. Returns the articles that stopped waiting for it.
 */
export function markImageFailed(
  db: Database,
  url: string,
  error: string,
  options: { final: boolean; maxAttempts: number },
): ArticleId[] {
  const rows = statement(
    db,
    `UPDATE article_images SET attempts = attempts + 1, error = ?,
       status = CASE WHEN ? OR attempts + 1 >= ? THEN ? ELSE 'pending' END
     WHERE url = ? AND status = 'pending' RETURNING article_id, status`,
  ).all(
    error,
    options.final ? 1 : 0,
    options.maxAttempts,
    options.final ? 'skipped' : 'failed',
    url,
  ) as Array<{ article_id: number; status: string }>;
  return articleIds(rows.filter((row) => row.status !== 'pending'));
}

/** Each image address of an article: its cached file, or why it has none. */
export function articleImages(db: Database, articleId: ArticleId): Map<string, OfflineImage> {
  const rows = statement(
    db,
    `SELECT ai.url, ai.status, ai.error, i.hash, i.content_type FROM article_images ai
       LEFT JOIN images i ON i.hash = ai.hash AND ai.status = 'cached'
       WHERE ai.article_id = ?`,
  ).all(articleId) as Array<{
    url: string;
    status: string;
    error: string | null;
    hash: string | null;
    content_type: string | null;
  }>;
  const images = new Map<string, OfflineImage>();
  for (const row of rows) {
    const file = row.hash && row.content_type ? imageFileName(row.hash, row.content_type) : null;
    images.set(row.url, { file, reason: file ? null : row.error });
  }
  return images;
}

/** The reader asked for an article's missing images: they are tried again, now. */
export function retryArticleImages(db: Database, articleId: ArticleId): string[] {
  return (
    statement(
      db,
      `UPDATE article_images SET status = 'pending', attempts = 0, error = NULL
         WHERE article_id = ? AND status != 'cached' RETURNING url`,
    ).all(articleId) as Array<{ url: string }>
  ).map((row) => row.url);
}

export function totalImageBytes(db: Database): number {
  return (statement(db, 'SELECT coalesce(sum(bytes), 0) AS n FROM images').get() as { n: number })
    .n;
}

export interface EvictionCandidate {
  hash: string;
  contentType: string;
  bytes: number;
}

/**
 * Images to drop first when over budget: never one a starred article uses; among the rest,
 * those whose newest article is oldest.
 */
export function listEvictionCandidates(db: Database, limit: number): EvictionCandidate[] {
  return statement(
    db,
    `SELECT i.hash, i.content_type AS contentType, i.bytes FROM images i
       JOIN article_images ai ON ai.hash = i.hash JOIN articles a ON a.id = ai.article_id
       GROUP BY i.hash HAVING max(a.starred) = 0
       ORDER BY max(a.added_at) ASC LIMIT ?`,
  ).all(limit) as unknown as EvictionCandidate[];
}

/** Forgets a cached image; its articles fall back to the image's web address and are returned. */
export function forgetImage(db: Database, hash: string): ArticleId[] {
  const ids = articleIds(
    statement(
      db,
      "UPDATE article_images SET status = 'skipped', error = 'Removed to stay within the space for offline images.' WHERE hash = ? RETURNING article_id",
    ).all(hash),
  );
  statement(db, 'DELETE FROM images WHERE hash = ?').run(hash);
  return ids;
}

/** Images no article refers to any more (their articles were deleted). */
export function listOrphanImages(db: Database): EvictionCandidate[] {
  return statement(
    db,
    `SELECT hash, content_type AS contentType, bytes FROM images
       WHERE hash NOT IN (SELECT hash FROM article_images WHERE hash IS NOT NULL)`,
  ).all() as unknown as EvictionCandidate[];
}
