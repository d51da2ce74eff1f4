// Opens the SQLite database in the data folder (WAL, busy timeout) and brings its schema up to date.
import { DatabaseSync } from 'node:sqlite';
import { migrations } from './migrations/index.ts';

export type Database = DatabaseSync;

/** Opens (creating if needed) the database file and applies pending migrations. */
export function openDatabase(file: string): Database {
  // The CLI and the desktop app may open the same file: wait for the other writer instead of failing.
  const db = new DatabaseSync(file, { timeout: 5000 });
  db.exec('PRAGMA journal_mode = WAL');
  db.exec('PRAGMA synchronous = NORMAL');
  db.exec('PRAGMA foreign_keys = ON');
  migrate(db);
  return db;
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

/** Runs `work` in an IMMEDIATE transaction: all of it is committed or none of it. */
export function inTransaction<T>(db: Database, work: () => T): T {
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
