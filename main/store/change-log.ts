// What each process sharing the library changed, in order: another process reads what it did not
// write itself and catches up (its search index, its windows). Kept for an hour.
import type { Changes } from '../../shared/changes.ts';
import { statement, type Database } from './db.ts';

export interface LoggedChanges {
  seq: number;
  changes: Changes;
}

const KEEP_MS = 60 * 60 * 1000;

export function appendChanges(db: Database, writer: string, changes: Changes, now: Date): number {
  const result = statement(db, 'INSERT INTO change_log (writer, at, changes) VALUES (?, ?, ?)').run(
    writer,
    now.toISOString(),
    JSON.stringify(changes),
  );
  const seq = Number(result.lastInsertRowid);
  // Now and then, not every time: the log is small and old entries are read by no one.
  if (seq % 100 === 0) {
    statement(db, 'DELETE FROM change_log WHERE at < ?').run(
      new Date(now.getTime() - KEEP_MS).toISOString(),
    );
  }
  return seq;
}

export function lastChangeSeq(db: Database): number {
  return (
    statement(db, 'SELECT coalesce(max(seq), 0) AS seq FROM change_log').get() as { seq: number }
  ).seq;
}

/** Entries in (after, upTo] written by other processes, oldest first. */
export function changesBetween(
  db: Database,
  after: number,
  upTo: number,
  writer: string,
): LoggedChanges[] {
  return (
    statement(
      db,
      'SELECT seq, changes FROM change_log WHERE seq > ? AND seq <= ? AND writer != ? ORDER BY seq',
    ).all(after, upTo, writer) as Array<{ seq: number; changes: string }>
  ).flatMap((row) => {
    try {
      return [{ seq: row.seq, changes: JSON.parse(row.changes) as Changes }];
    } catch {
      // A damaged entry tells nothing; what it described is caught up by the index's own check.
      return [];
    }
  });
}
