// Searches the reader keeps in the sidebar as smart folders.
import { OutpostError } from '../../shared/api-reply.ts';
import type { Database } from './db.ts';

export interface SavedSearchRow {
  id: number;
  name: string;
  query: string;
}

export function listSavedSearchRows(db: Database): SavedSearchRow[] {
  return db
    .prepare('SELECT id, name, query FROM saved_searches ORDER BY name COLLATE NOCASE, id')
    .all() as unknown as SavedSearchRow[];
}

export function insertSavedSearch(
  db: Database,
  name: string,
  query: string,
  now: Date,
): SavedSearchRow {
  const result = db
    .prepare('INSERT INTO saved_searches (name, query, created_at) VALUES (?, ?, ?)')
    .run(name.trim(), query.trim(), now.toISOString());
  return { id: Number(result.lastInsertRowid), name: name.trim(), query: query.trim() };
}

export function deleteSavedSearch(db: Database, id: number): void {
  if (db.prepare('DELETE FROM saved_searches WHERE id = ?').run(id).changes === 0) {
    throw new OutpostError('not-found', `There is no saved search with id ${id}.`);
  }
}
