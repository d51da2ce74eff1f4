// The query worker's reads from the database: article metadata, phrase checks, and hit rows.
import type { Database } from '../store/db.ts';
import { statement } from '../store/db.ts';
import { offlineColumn } from '../store/articles.ts';
import { sourceTitle } from '../store/sources.ts';
import { words } from '../../shared/tokenize.ts';
import type { DocMeta, HitRow, QueryStore } from './query-engine.ts';

const CHUNK = 500;

export function loadMeta(db: Database, ids?: readonly number[]): Map<number, DocMeta> {
  const meta = new Map<number, DocMeta>();
  const sql = `SELECT id, source_id, coalesce(published_at, added_at) AS date, read, starred FROM articles`;
  const rows = selectRows<{
    id: number;
    source_id: number;
    date: string;
    read: number;
    starred: number;
  }>(db, sql, 'id', ids);
  const tags = loadTagMeta(db, ids);
  for (const row of rows) {
    const tagged = tags.get(row.id);
    meta.set(row.id, {
      source: row.source_id,
      date: Date.parse(row.date) || 0,
      read: row.read === 1,
      starred: row.starred === 1,
      countries: tagged?.countries ?? NONE,
      places: tagged?.places ?? NONE,
      topics: tagged?.topics ?? NONE,
    });
  }
  return meta;
}

const NONE: readonly string[] = Object.freeze([]);

interface TagMeta {
  countries: string[];
  places: string[];
  topics: string[];
}

/** Each article's visible places and topics; labels are shared strings (thousands of articles, a few hundred labels). */
function loadTagMeta(db: Database, ids?: readonly number[]): Map<number, TagMeta> {
  const rows = selectRows<{ article_id: number; kind: string; code: string; label: string }>(
    db,
    `SELECT article_id, kind, code, label FROM article_tags WHERE rejected = 0 AND kind != 'tag'`,
    'article_id',
    ids,
  );
  const interned = new Map<string, string>();
  const intern = (text: string) => {
    const known = interned.get(text);
    if (known !== undefined) return known;
    interned.set(text, text);
    return text;
  };
  const out = new Map<number, TagMeta>();
  for (const row of rows) {
    let entry = out.get(row.article_id);
    if (!entry) out.set(row.article_id, (entry = { countries: [], places: [], topics: [] }));
    if (row.kind === 'topic') entry.topics.push(intern(row.label));
    else {
      entry.places.push(intern(row.label));
      if (row.kind === 'country') entry.countries.push(intern(row.code));
    }
  }
  return out;
}

export function loadSourceNames(db: Database): Map<number, string> {
  const rows = db.prepare(`SELECT s.id, ${sourceTitle} AS title FROM sources s`).all() as Array<{
    id: number;
    title: string;
  }>;
  return new Map(rows.map((row) => [row.id, row.title]));
}

export function createQueryStore(db: Database): QueryStore {
  return {
    phraseMatches(ids, phrase, field) {
      const needle = ` ${phrase.join(' ')} `;
      const found = new Set<number>();
      if (field === 'tags') {
        // region:"Western Africa", topic:"civil unrest": a tag's label or code, word for word.
        const rows = selectRows<{ id: number; label: string; code: string }>(
          db,
          `SELECT article_id AS id, label, code FROM article_tags WHERE rejected = 0`,
          'article_id',
          ids,
        );
        for (const row of rows)
          if (spaced(row.label).includes(needle) || spaced(row.code).includes(needle))
            found.add(row.id);
        return found;
      }
      if (field !== 'anywhere') {
        // Titles, authors and source names are short: check them here, word by word.
        const column = { title: 'a.title', author: 'a.author', source: sourceTitle }[field];
        const rows = selectRows<{ id: number; value: string | null }>(
          db,
          `SELECT a.id, ${column} AS value FROM articles a JOIN sources s ON s.id = a.source_id`,
          'a.id',
          ids,
        );
        for (const row of rows)
          if (row.value && spaced(row.value).includes(needle)) found.add(row.id);
        return found;
      }
      if (ids === null) {
        for (const row of statement(
          db,
          'SELECT article_id FROM article_words WHERE instr(words, ?) > 0',
        ).all(needle) as Array<{ article_id: number }>) {
          found.add(row.article_id);
        }
        return found;
      }
      for (const chunk of chunks(ids)) {
        const rows = db
          .prepare(
            `SELECT article_id FROM article_words WHERE article_id IN (${placeholders(chunk)}) AND instr(words, ?) > 0`,
          )
          .all(...chunk, needle) as Array<{ article_id: number }>;
        for (const row of rows) found.add(row.article_id);
      }
      return found;
    },
    hitRows(ids) {
      const rows = new Map<number, HitRow>();
      for (const chunk of chunks(ids)) {
        const found = db
          .prepare(
            `SELECT a.id, a.title, a.text, a.published_at AS published, a.added_at AS added, ${offlineColumn}
             FROM articles a WHERE a.id IN (${placeholders(chunk)})`,
          )
          .all(...chunk) as unknown as HitRow[];
        for (const row of found) rows.set(row.id, row);
      }
      return rows;
    },
  };
}

function spaced(text: string): string {
  return ` ${words(text).join(' ')} `;
}

/**
 * Rows of a query for every article (`ids` null or absent) or for these ids only, asked in chunks
 * (SQLite caps the number of parameters). `sql` may end in a WHERE clause of its own.
 */
function selectRows<Row>(
  db: Database,
  sql: string,
  idColumn: string,
  ids: readonly number[] | null | undefined,
): Row[] {
  if (!ids) return db.prepare(sql).all() as unknown as Row[];
  const joiner = /\bWHERE\b/i.test(sql) ? 'AND' : 'WHERE';
  const rows: Row[] = [];
  for (const chunk of chunks(ids)) {
    rows.push(
      ...(db
        .prepare(`${sql} ${joiner} ${idColumn} IN (${placeholders(chunk)})`)
        .all(...chunk) as unknown as Row[]),
    );
  }
  return rows;
}

function* chunks<T>(values: readonly T[]): Generator<T[]> {
  for (let i = 0; i < values.length; i += CHUNK) yield values.slice(i, i + CHUNK);
}

function placeholders(values: readonly unknown[]): string {
  return values.map(() => '?').join(',');
}
