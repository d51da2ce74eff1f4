// Subscriptions: feeds (sources of kind 'feed'), their settings, and their sync state.
import { OutpostError } from '../../shared/api-reply.ts';
import type { Feed, FeedPatch, FullTextPolicy, RemoveFeedResult } from '../../shared/feeds.ts';
import type { ArticleId, SourceId } from '../../shared/model.ts';
import type { Database } from './db.ts';
import { inTransaction } from './db.ts';
import { getFolder } from './folders.ts';
import { sourceTitle } from './sources.ts';

interface FeedRow {
  id: number;
  title: string;
  url: string;
  site_url: string | null;
  folder_id: number | null;
  interval_minutes: number | null;
  full_text: FullTextPolicy;
  images: number;
  article_count: number;
  unread_count: number;
  last_attempt_at: string | null;
  last_success_at: string | null;
  last_error: string | null;
  next_attempt_at: string | null;
  failures: number | null;
}

const feedQuery = `SELECT s.id, ${sourceTitle} AS title, s.url, s.site_url, s.folder_id,
    s.interval_minutes, s.full_text, s.images,
    (SELECT count(*) FROM articles a WHERE a.source_id = s.id) AS article_count,
    (SELECT count(*) FROM articles a WHERE a.source_id = s.id AND a.read = 0) AS unread_count,
    f.last_attempt_at, f.last_success_at, f.last_error, f.next_attempt_at, f.failures
  FROM sources s LEFT JOIN feed_state f ON f.source_id = s.id
  WHERE s.kind = 'feed' AND s.removed_at IS NULL`;

export function listFeeds(db: Database): Feed[] {
  const rows = db
    .prepare(`${feedQuery} ORDER BY title COLLATE NOCASE`)
    .all() as unknown as FeedRow[];
  return rows.map(toFeed);
}

export function getFeed(db: Database, id: SourceId): Feed {
  const row = db.prepare(`${feedQuery} AND s.id = ?`).get(id) as FeedRow | undefined;
  if (!row) throw new OutpostError('not-found', `There is no subscribed feed with id ${id}.`);
  return toFeed(row);
}

/** The subscribed feed at this address, if any. */
export function findFeedByUrl(db: Database, url: string): SourceId | null {
  const row = db
    .prepare("SELECT id FROM sources WHERE kind = 'feed' AND removed_at IS NULL AND url = ?")
    .get(url) as { id: number } | undefined;
  return row?.id ?? null;
}

export interface NewFeed {
  feedUrl: string;
  title: string;
  siteUrl: string | null;
  description: string | null;
  folderId: number | null;
}

/**
 * Subscribes, due for sync at once. An earlier subscription to the same address that was
 * kept for its starred articles comes back to life, so those articles rejoin their feed.
 */
export function insertFeed(db: Database, feed: NewFeed, now: Date): SourceId {
  if (feed.folderId !== null) getFolder(db, feed.folderId);
  return inTransaction(db, () => {
    const archived = db
      .prepare(
        "SELECT id FROM sources WHERE kind = 'feed' AND removed_at IS NOT NULL AND url = ? LIMIT 1",
      )
      .get(feed.feedUrl) as { id: number } | undefined;
    let id: number;
    if (archived) {
      id = archived.id;
      db.prepare(
        'UPDATE sources SET removed_at = NULL, title = ?, site_url = ?, description = ?, folder_id = ? WHERE id = ?',
      ).run(feed.title, feed.siteUrl, feed.description, feed.folderId, id);
    } else {
      const result = db
        .prepare(
          `INSERT INTO sources (kind, title, url, site_url, description, folder_id, created_at)
           VALUES ('feed', ?, ?, ?, ?, ?, ?)`,
        )
        .run(
          feed.title,
          feed.feedUrl,
          feed.siteUrl,
          feed.description,
          feed.folderId,
          now.toISOString(),
        );
      id = Number(result.lastInsertRowid);
    }
    db.prepare(
      `INSERT INTO feed_state (source_id, next_attempt_at) VALUES (?, ?)
       ON CONFLICT (source_id) DO UPDATE SET next_attempt_at = excluded.next_attempt_at,
         failures = 0, last_error = NULL, retry_after = NULL`,
    ).run(id, now.toISOString());
    return id;
  });
}

export function updateFeed(db: Database, id: SourceId, patch: FeedPatch): Feed {
  getFeed(db, id);
  if (patch.folderId != null) getFolder(db, patch.folderId);
  const columns: Array<[string, string | number | null]> = [];
  if (patch.title !== undefined) columns.push(['user_title', patch.title.trim()]);
  if (patch.folderId !== undefined) columns.push(['folder_id', patch.folderId]);
  if (patch.intervalMinutes !== undefined)
    columns.push(['interval_minutes', patch.intervalMinutes]);
  if (patch.fullText !== undefined) columns.push(['full_text', patch.fullText]);
  if (patch.images !== undefined) columns.push(['images', patch.images ? 1 : 0]);
  if (columns.length > 0) {
    db.prepare(
      `UPDATE sources SET ${columns.map(([name]) => `${name} = ?`).join(', ')} WHERE id = ?`,
    ).run(...columns.map(([, value]) => value), id);
  }
  return getFeed(db, id);
}

/**
 * Unsubscribes. Unstarred articles go; starred ones stay, and so does the source (archived)
 * so that they keep their feed's name.
 */
/**
 * Unsubscribes: the feed's articles go, except starred ones, which keep the feed in the library
 * as an archived source. Returns the report and the ids of the deleted articles.
 */
export function removeFeed(
  db: Database,
  id: SourceId,
  now: Date,
): RemoveFeedResult & { removedIds: ArticleId[] } {
  getFeed(db, id);
  return inTransaction(db, () => {
    const removedIds = (
      db
        .prepare('DELETE FROM articles WHERE source_id = ? AND starred = 0 RETURNING id')
        .all(id) as Array<{ id: number }>
    ).map((row) => row.id);
    const kept = (
      db.prepare('SELECT count(*) AS n FROM articles WHERE source_id = ?').get(id) as { n: number }
    ).n;
    db.prepare('DELETE FROM feed_state WHERE source_id = ?').run(id);
    if (kept > 0) {
      db.prepare('UPDATE sources SET removed_at = ? WHERE id = ?').run(now.toISOString(), id);
    } else {
      db.prepare('DELETE FROM sources WHERE id = ?').run(id);
    }
    return { removedArticles: removedIds.length, keptStarred: kept, removedIds };
  });
}

function toFeed(row: FeedRow): Feed {
  return {
    id: row.id,
    title: row.title,
    feedUrl: row.url,
    siteUrl: row.site_url,
    folderId: row.folder_id,
    intervalMinutes: row.interval_minutes,
    fullText: row.full_text,
    images: row.images === 1,
    articleCount: row.article_count,
    unreadCount: row.unread_count,
    health: {
      lastAttemptAt: row.last_attempt_at,
      lastSuccessAt: row.last_success_at,
      lastError: row.last_error,
      nextAttemptAt: row.next_attempt_at,
      failures: row.failures ?? 0,
    },
  };
}
