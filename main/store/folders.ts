// Folders that group feeds, nested to any depth.
import { OutpostError } from '../../shared/api-reply.ts';
import type { Folder, FolderId } from '../../shared/feeds.ts';
import type { SourceId } from '../../shared/model.ts';
import type { Database } from './db.ts';
import { inTransaction } from './db.ts';

export function listFolders(db: Database): Folder[] {
  const rows = db
    .prepare('SELECT id, name, parent_id FROM folders ORDER BY name COLLATE NOCASE, id')
    .all() as Array<{ id: number; name: string; parent_id: number | null }>;
  return rows.map((row) => ({ id: row.id, name: row.name, parentId: row.parent_id }));
}

export function getFolder(db: Database, id: FolderId): Folder {
  const row = db.prepare('SELECT id, name, parent_id FROM folders WHERE id = ?').get(id) as
    { id: number; name: string; parent_id: number | null } | undefined;
  if (!row) throw new OutpostError('not-found', `There is no folder with id ${id}.`);
  return { id: row.id, name: row.name, parentId: row.parent_id };
}

export function createFolder(
  db: Database,
  name: string,
  parentId: FolderId | null,
  now: Date,
): Folder {
  if (parentId !== null) getFolder(db, parentId);
  const result = db
    .prepare('INSERT INTO folders (name, parent_id, created_at) VALUES (?, ?, ?)')
    .run(name.trim(), parentId, now.toISOString());
  return getFolder(db, Number(result.lastInsertRowid));
}

/** The folder with this name under `parentId`, created when missing (OPML import). */
export function ensureFolder(
  db: Database,
  name: string,
  parentId: FolderId | null,
  now: Date,
): { folder: Folder; created: boolean } {
  const row = db
    .prepare('SELECT id FROM folders WHERE name = ? AND parent_id IS ?')
    .get(name.trim(), parentId) as { id: number } | undefined;
  if (row) return { folder: getFolder(db, row.id), created: false };
  return { folder: createFolder(db, name, parentId, now), created: true };
}

export function renameFolder(db: Database, id: FolderId, name: string): Folder {
  getFolder(db, id);
  db.prepare('UPDATE folders SET name = ? WHERE id = ?').run(name.trim(), id);
  return getFolder(db, id);
}

/** Deletes a folder; what it held (feeds, subfolders) moves up to its parent, and is returned. */
export function deleteFolder(
  db: Database,
  id: FolderId,
): { movedFeeds: SourceId[]; movedFolders: FolderId[] } {
  const folder = getFolder(db, id);
  return inTransaction(db, () => {
    const ids = (rows: unknown[]) => (rows as Array<{ id: number }>).map((row) => row.id);
    const movedFeeds = ids(
      db
        .prepare('UPDATE sources SET folder_id = ? WHERE folder_id = ? RETURNING id')
        .all(folder.parentId, id),
    );
    const movedFolders = ids(
      db
        .prepare('UPDATE folders SET parent_id = ? WHERE parent_id = ? RETURNING id')
        .all(folder.parentId, id),
    );
    db.prepare('DELETE FROM folders WHERE id = ?').run(id);
    return { movedFeeds, movedFolders };
  });
}
