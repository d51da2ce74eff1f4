import { DatabaseSync } from 'node:sqlite';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inTransaction, openDatabase, schemaVersion } from '../../../main/store/db.ts';
import { migrations } from '../../../main/store/migrations/index.ts';
import { makeTempDir } from '../../helpers/temp-dir.ts';

describe('openDatabase', () => {
  it('creates the schema at the latest version, in WAL mode', () => {
    const db = openDatabase(join(makeTempDir(), 'outpost.db'));
    expect(schemaVersion(db)).toBe(migrations.length);
    expect((db.prepare('PRAGMA journal_mode').get() as { journal_mode: string }).journal_mode).toBe(
      'wal',
    );
    const tables = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
      .all();
    expect(tables.map((row) => (row as { name: string }).name)).toEqual([
      'article_images',
      'article_tags',
      'article_words',
      'articles',
      'change_log',
      'feed_state',
      'folders',
      'images',
      'saved_searches',
      'sources',
      'tag_rules',
    ]);
    db.close();
  });

  it('reopens an existing database without re-running migrations', () => {
    const file = join(makeTempDir(), 'outpost.db');
    const first = openDatabase(file);
    first
      .prepare("INSERT INTO sources (kind, title, created_at) VALUES ('local', 'x', 'now')")
      .run();
    first.close();
    const second = openDatabase(file);
    expect((second.prepare('SELECT count(*) AS n FROM sources').get() as { n: number }).n).toBe(1);
    second.close();
  });

  it('refuses a database from a newer version and leaves it untouched', () => {
    const file = join(makeTempDir(), 'outpost.db');
    const raw = new DatabaseSync(file);
    raw.exec(`PRAGMA user_version = ${migrations.length + 5}; CREATE TABLE future (x);`);
    raw.close();
    expect(() => openDatabase(file)).toThrow(/newer version of Outpost/);
    const check = new DatabaseSync(file);
    expect(
      (check.prepare('PRAGMA user_version').get() as { user_version: number }).user_version,
    ).toBe(migrations.length + 5);
    check.close();
  });

  it('rolls a failed transaction back completely', () => {
    const db = openDatabase(join(makeTempDir(), 'outpost.db'));
    expect(() =>
      inTransaction(db, () => {
        db.prepare(
          "INSERT INTO sources (kind, title, created_at) VALUES ('local', 'x', 'now')",
        ).run();
        throw new Error('disk on fire');
      }),
    ).toThrow('disk on fire');
    expect((db.prepare('SELECT count(*) AS n FROM sources').get() as { n: number }).n).toBe(0);
    db.close();
  });
});

describe('migration 5', () => {
  it('keeps the first of imported duplicates as the one that holds the import key', () => {
    const file = join(makeTempDir(), 'outpost.db');
    const old = new DatabaseSync(file);
    old.exec('PRAGMA journal_mode = WAL');
    for (const migration of migrations.slice(0, 4)) old.exec(migration.sql);
    old.exec('PRAGMA user_version = 4');
    old.exec(`INSERT INTO sources (id, kind, title, created_at) VALUES (1, 'local', 'Imported files', '2026-01-01'),
      (2, 'feed', 'A feed', '2026-01-01')`);
    const insert = old.prepare(
      `INSERT INTO articles (source_id, title, added_at, excerpt, text, html, content_hash)
         VALUES (?, 'T', '2026-01-01', '', 'x', '<p>x</p>', ?)`,
    );
    // Two imports of one file (the race the key now prevents), and the same text in a feed.
    insert.run(1, 'same');
    insert.run(1, 'same');
    insert.run(2, 'same');
    insert.run(1, 'other');
    old.close();

    const db = openDatabase(file);
    const keys = db.prepare('SELECT id, import_hash FROM articles ORDER BY id').all();
    expect(keys).toEqual([
      { id: 1, import_hash: 'same' },
      { id: 2, import_hash: null },
      { id: 3, import_hash: null },
      { id: 4, import_hash: 'other' },
    ]);
    expect(() =>
      db
        .prepare(
          `INSERT INTO articles (source_id, title, added_at, excerpt, text, html, content_hash, import_hash)
             VALUES (1, 'T', '2026-01-02', '', 'x', '<p>x</p>', 'same', 'same')`,
        )
        .run(),
    ).toThrow(/UNIQUE/);
    db.close();
  });
});
