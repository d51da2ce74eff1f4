// Sources of articles: the built-in "Imported files" source now, subscribed feeds later.
import type { Source, SourceId } from '../../shared/model.ts';
import type { Database } from './db.ts';

export const LOCAL_SOURCE_TITLE = 'Imported files';

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

export function listSources(db: Database): Source[] {
  const rows = db
    .prepare(
      `SELECT s.id, s.kind, s.title, s.url, count(a.id) AS article_count,
         coalesce(sum(a.read = 0), 0) AS unread_count
       FROM sources s LEFT JOIN articles a ON a.source_id = s.id
       GROUP BY s.id ORDER BY s.kind, s.title COLLATE NOCASE`,
    )
    .all() as Array<{
    id: number;
    kind: Source['kind'];
    title: string;
    url: string | null;
    article_count: number;
    unread_count: number;
  }>;
  return rows.map((row) => ({
    id: row.id,
    kind: row.kind,
    title: row.title,
    url: row.url,
    articleCount: row.article_count,
    unreadCount: row.unread_count,
  }));
}
