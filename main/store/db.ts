// Opens the SQLite database in the data folder (WAL, busy timeout) and brings its schema up to date.
import { dirname } from 'node:path';
import { DatabaseSync, type StatementSync } from 'node:sqlite';
import { migrations } from './migrations/index.ts';
import { writeTurns, type WriteTurns } from './write-turns.ts';

export type Database = DatabaseSync;

const statements = new WeakMap<Database, Map<string, StatementSync>>();

/**
 * A prepared statement, compiled once per database: the sync engine runs the same few statements
 * tens of thousands of times, and compiling each time costs more than running them.
 */
export function statement(db: Database, sql: string): StatementSync {
  let cache = statements.get(db);
  if (!cache) statements.set(db, (cache = new Map()));
  let prepared = cache.get(sql);
  if (!prepared) {
    // Queries built with a variable number of placeholders must not grow the cache forever.
    if (cache.size >= 256) cache.clear();
    cache.set(sql, (prepared = db.prepare(sql)));
  }
  return prepared;
}

/** How long a write waits for another process's transaction before failing "busy". */
export const BUSY_TIMEOUT_MS = 5000;

/** Opens (creating if needed) the database file and applies pending migrations. */
export function openDatabase(file: string, options: { busyTimeoutMs?: number } = {}): Database {
  // The CLI and the desktop app may open the same file: wait for the other writer instead of
  // failing. Every writer keeps its transactions short (a few hundred rows, worked out before the
  // transaction begins) and gives way to announced writes, so waits are brief.
  const db = new DatabaseSync(file, { timeout: options.busyTimeoutMs ?? BUSY_TIMEOUT_MS });
  db.exec('PRAGMA journal_mode = WAL');
  db.exec('PRAGMA synchronous = NORMAL');
  db.exec('PRAGMA foreign_keys = ON');
  migrate(db);
  turns.set(db, writeTurns(dirname(file)));
  return db;
}

const turns = new WeakMap<Database, WriteTurns>();

/**
 * Runs `work`, a short write a person is waiting for (a star, a rename), ahead of other
 * processes' bulk writes (see write-turns.ts).
 */
export function announcedWrite<T>(db: Database, work: () => Promise<T>): Promise<T> {
  const mine = turns.get(db);
  return mine ? mine.announce(work) : work();
}

export function schemaVersion(db: Database): number {
  const row = db.prepare('PRAGMA user_version').get() as { user_version: number };
  return row.user_version;
}

/** Applies numbered, forward-only migrations, each in its own transaction. */
export function migrate(db: Database): void {
  const current = schemaVersion(db);
  const latest = migrations.length;
  if (current > latest) {
    throw new Error(
      `This data folder was written by a newer version of Outpost (schema ${current}, this version knows ${latest}). Update Outpost to open it.`,
    );
  }
  for (const migration of migrations.slice(current)) {
    inTransaction(db, () => {
      db.exec(migration.sql);
      db.exec(`PRAGMA user_version = ${migration.version}`);
    });
  }
}

let savepoints = 0;

/**
 * Runs `work` in an IMMEDIATE transaction: all of it is committed or none of it. Inside another
 * transaction it becomes a savepoint, so store functions compose into larger atomic steps.
 */
export function inTransaction<T>(db: Database, work: () => T): T {
  if (db.isTransaction) {
    const name = `nested_${++savepoints}`;
    db.exec(`SAVEPOINT ${name}`);
    try {
      const result = work();
      db.exec(`RELEASE ${name}`);
      return result;
    } catch (error) {
      db.exec(`ROLLBACK TO ${name}`);
      db.exec(`RELEASE ${name}`);
      throw error;
    }
  }
  turns.get(db)?.giveWay();
  db.exec('BEGIN IMMEDIATE');
  try {
    const result = work();
    db.exec('COMMIT');
    return result;
  } catch (error) {
    db.exec('ROLLBACK');
    throw error;
  }
}
