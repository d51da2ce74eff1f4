// Sources of articles: the built-in "Imported files" source and subscribed (or archived) feeds.
import type { Source, SourceId } from '../../shared/model.ts';
import type { Database } from './db.ts';

export const LOCAL_SOURCE_TITLE = 'Imported files';

/** A source's display name in SQL over alias `s`: the reader's rename wins over the feed's title. */
export const sourceTitle = 'coalesce(s.user_title, s.title)';

/** The one source that holds files imported from disk, created on first use. */
export function ensureLocalSource(db: Database, now: Date): SourceId {
  const existing = db.prepare("SELECT id FROM sources WHERE kind = 'local' LIMIT 1").get() as
    { id: number } | undefined;
  if (existing) return existing.id;
  const result = db
    .prepare("INSERT INTO sources (kind, title, url, created_at) VALUES ('local', ?, NULL, ?)")
    .run(LOCAL_SOURCE_TITLE, now.toISOString());
  return Number(result.lastInsertRowid);
}

/**
 * Every source the sidebar shows: the local one once it has articles, subscribed feeds, and
 * unsubscribed feeds that still hold starred articles.
 */
export function listSources(db: Database): Source[] {
  const rows = db
    .prepare(
      `SELECT s.id, s.kind, ${sourceTitle} AS title, s.url, s.folder_id, s.removed_at,
         f.last_error, count(a.id) AS article_count, coalesce(sum(a.read = 0), 0) AS unread_count
       FROM sources s
       LEFT JOIN articles a ON a.source_id = s.id
       LEFT JOIN feed_state f ON f.source_id = s.id
       GROUP BY s.id
       HAVING s.kind = 'feed' AND s.removed_at IS NULL OR count(a.id) > 0
       ORDER BY s.kind, title COLLATE NOCASE`,
    )
    .all() as Array<{
    id: number;
    kind: Source['kind'];
    title: string;
    url: string | null;
    folder_id: number | null;
    removed_at: string | null;
    last_error: string | null;
    article_count: number;
    unread_count: number;
  }>;
  return rows.map((row) => ({
    id: row.id,
    kind: row.kind,
    title: row.title,
    url: row.url,
    folderId: row.folder_id,
    archived: row.removed_at !== null,
    error: row.last_error,
    articleCount: row.article_count,
    unreadCount: row.unread_count,
  }));
}
