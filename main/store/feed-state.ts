// Per-feed sync state: validators for conditional GET, last success and error, next attempt.
import type { FullTextPolicy } from '../../shared/feeds.ts';
import type { SourceId } from '../../shared/model.ts';
import { statement, type Database } from './db.ts';
import { sourceTitle } from './sources.ts';

export interface SyncTarget {
  id: SourceId;
  url: string;
  title: string;
  etag: string | null;
  lastModified: string | null;
  intervalMinutes: number | null;
  fullText: FullTextPolicy;
  images: boolean;
  failures: number;
}

/**
 * The subscribed feeds a sync should visit. A feed whose server asked us to wait
 * (Retry-After) is left alone even on demand; `dueOnly` also skips feeds not yet due.
 */
export function listSyncTargets(
  db: Database,
  options: { feedIds?: readonly SourceId[]; dueOnly?: boolean },
  now: Date,
): SyncTarget[] {
  const where = [
    "s.kind = 'feed'",
    's.removed_at IS NULL',
    '(f.retry_after IS NULL OR f.retry_after <= ?)',
  ];
  const params: Array<string | number> = [now.toISOString()];
  if (options.dueOnly) {
    where.push('(f.next_attempt_at IS NULL OR f.next_attempt_at <= ?)');
    params.push(now.toISOString());
  }
  if (options.feedIds) {
    where.push(`s.id IN (${options.feedIds.map(() => '?').join(',') || 'NULL'})`);
    params.push(...options.feedIds);
  }
  const rows = statement(
    db,
    `SELECT s.id, s.url, ${sourceTitle} AS title, f.etag, f.last_modified, s.interval_minutes,
         s.full_text, s.images, coalesce(f.failures, 0) AS failures
       FROM sources s LEFT JOIN feed_state f ON f.source_id = s.id
       WHERE ${where.join(' AND ')}
       ORDER BY coalesce(f.next_attempt_at, '') ASC, s.id`,
  ).all(...params) as Array<{
    id: number;
    url: string;
    title: string;
    etag: string | null;
    last_modified: string | null;
    interval_minutes: number | null;
    full_text: FullTextPolicy;
    images: number;
    failures: number;
  }>;
  return rows.map((row) => ({
    id: row.id,
    url: row.url,
    title: row.title,
    etag: row.etag,
    lastModified: row.last_modified,
    intervalMinutes: row.interval_minutes,
    fullText: row.full_text,
    images: row.images === 1,
    failures: row.failures,
  }));
}

export interface FeedSuccess {
  etag: string | null;
  lastModified: string | null;
  nextAttempt: Date;
  /** The feed moved for good (301/308): store its new address. */
  permanentUrl: string | null;
  /** What the feed says about itself, when it was downloaded (not on 304). */
  meta?: { title: string | null; siteUrl: string | null; description: string | null };
}

export function recordFeedSuccess(
  db: Database,
  id: SourceId,
  success: FeedSuccess,
  now: Date,
): void {
  statement(
    db,
    `UPDATE feed_state SET etag = ?, last_modified = ?, last_attempt_at = ?, last_success_at = ?,
       last_error = NULL, next_attempt_at = ?, retry_after = NULL, failures = 0 WHERE source_id = ?`,
  ).run(
    success.etag,
    success.lastModified,
    now.toISOString(),
    now.toISOString(),
    success.nextAttempt.toISOString(),
    id,
  );
  if (success.permanentUrl) {
    // Another subscription may already use that address; then keep ours as it is.
    statement(
      db,
      `UPDATE sources SET url = ? WHERE id = ? AND NOT EXISTS (
         SELECT 1 FROM sources WHERE kind = 'feed' AND removed_at IS NULL AND url = ? AND id != ?)`,
    ).run(success.permanentUrl, id, success.permanentUrl, id);
  }
  if (success.meta) {
    statement(
      db,
      `UPDATE sources SET title = coalesce(?, title), site_url = coalesce(?, site_url),
         description = coalesce(?, description) WHERE id = ?`,
    ).run(success.meta.title || null, success.meta.siteUrl, success.meta.description, id);
  }
}

export interface FeedFailure {
  error: string;
  nextAttempt: Date;
  retryAfter: Date | null;
}

export function recordFeedFailure(
  db: Database,
  id: SourceId,
  failure: FeedFailure,
  now: Date,
): void {
  statement(
    db,
    `UPDATE feed_state SET last_attempt_at = ?, last_error = ?, next_attempt_at = ?, retry_after = ?,
       failures = failures + 1 WHERE source_id = ?`,
  ).run(
    now.toISOString(),
    failure.error,
    failure.nextAttempt.toISOString(),
    failure.retryAfter?.toISOString() ?? null,
    id,
  );
}

/** The earliest moment any subscribed feed is due, for the scheduler's timer. */
export function nextDueAt(db: Database): string | null {
  const row = statement(
    db,
    `SELECT min(coalesce(f.next_attempt_at, '')) AS due FROM sources s
       LEFT JOIN feed_state f ON f.source_id = s.id WHERE s.kind = 'feed' AND s.removed_at IS NULL`,
  ).get() as { due: string | null };
  return row.due;
}
