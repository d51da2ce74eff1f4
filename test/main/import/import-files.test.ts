// Importing files through the worker pool into a real SQLite library: the report keeps input
// order, duplicates are found, and every failure names its file.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { importBytes, importPaths, type ImportContext } from '../../../main/import/import-files.ts';
import { getArticle } from '../../../main/store/articles.ts';
import { openDatabase, type Database } from '../../../main/store/db.ts';
import { createWorkerPool, type WorkerPool } from '../../../main/workers/pool.ts';
import { workerEntry } from '../../../main/workers/worker-url.ts';
import { makeTempDir } from '../../helpers/temp-dir.ts';

const open: Array<{ db: Database; pool: WorkerPool }> = [];
afterEach(async () => {
  for (const { db, pool } of open.splice(0)) {
    await pool.close();
    db.close();
  }
});

function newLibrary(): { context: ImportContext; pool: WorkerPool; db: Database; dir: string } {
  const dir = makeTempDir();
  const db = openDatabase(join(dir, 'outpost.db'));
  const pool = createWorkerPool(workerEntry('worker'), 2);
  open.push({ db, pool });
  return { context: { db, now: () => new Date('2026-01-02T03:04:05Z'), pool }, pool, db, dir };
}

const story = (title: string, body: string) => `${title}\n\n${body}\n`;

describe('importPaths', () => {
  it('reports every file in order: imported, duplicate or failed with its name', async () => {
    const { context, db, dir } = newLibrary();
    const files = join(dir, 'files');
    mkdirSync(files);
    const write = (name: string, content: string | Uint8Array) => {
      writeFileSync(join(files, name), content);
      return join(files, name);
    };
    const first = write('a-first.txt', story('Rivers Rise in the Valley', 'The river rose.'));
    const copy = write('b-copy.txt', story('Rivers Rise in the Valley', 'The river   rose.'));
    const empty = write('c-empty.txt', '');
    const png = write('d-photo.txt', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]));
    const notes = write('e-notes.md', '# Wells Run Dry\n\nThe *wells* are low.');
    const missing = join(files, 'f-missing.txt');

    const report = await importPaths(context, [files, missing]);

    expect(report.items.map((item) => [item.path, item.status])).toEqual([
      [first, 'imported'],
      [copy, 'duplicate'],
      [empty, 'failed'],
      [png, 'failed'],
      [notes, 'imported'],
      [missing, 'failed'],
    ]);
    expect(report).toMatchObject({ imported: 2, duplicates: 1 });
    expect(report.failed.map((failure) => failure.path)).toEqual([empty, png, missing]);
    expect(report.failed[0]!.error).toBe('"c-empty.txt" is empty: there is no text to import.');
    expect(report.failed[1]!.error).toMatch(
      /^"d-photo\.txt" is not a text document \(it looks like a PNG image\)/,
    );
    expect(report.failed[2]!.error).toBe(`${missing} does not exist.`);

    const [imported, duplicate] = report.items;
    if (imported?.status !== 'imported' || duplicate?.status !== 'duplicate') throw new Error();
    expect(duplicate.id).toBe(imported.id);
    const article = getArticle(db, imported.id)!;
    expect(article).toMatchObject({ title: 'Rivers Rise in the Valley', text: 'The river rose.' });
  });

  it('keeps input order while several files are parsed at once', async () => {
    const { context, dir } = newLibrary();
    const paths = Array.from({ length: 30 }, (_, i) => {
      const path = join(dir, `story-${i}.txt`);
      // Sizes differ, so parsing finishes out of order.
      writeFileSync(
        path,
        story(`Report ${i} from the Coast`, 'The tide came in. '.repeat(1 + ((i * 37) % 400))),
      );
      return path;
    });
    const report = await importPaths(context, paths);
    expect(report.imported).toBe(30);
    expect(report.items.map((item) => item.path)).toEqual(paths);
    expect(report.items.map((item) => (item.status === 'imported' ? item.title : ''))).toEqual(
      paths.map((_, i) => `Report ${i} from the Coast`),
    );
  });

  it('names the file when the pool cannot parse it', async () => {
    const { context, pool, dir } = newLibrary();
    const path = join(dir, 'late.txt');
    writeFileSync(path, story('A Late Story', 'It arrived after closing.'));
    await pool.close();
    const report = await importPaths(context, [path]);
    expect(report.failed).toEqual([
      { path, error: `${path} could not be imported: The worker pool is closed.` },
    ]);
  });
});

describe('importBytes', () => {
  it('imports what the UI hands over, finds duplicates, and names bad files', async () => {
    const { context } = newLibrary();
    const bytes = (text: string) => new TextEncoder().encode(text);
    const report = await importBytes(context, [
      { name: 'one.txt', bytes: bytes(story('Harbour Reopens', 'Ships are back.')) },
      { name: 'two.txt', bytes: bytes(story('Harbour Reopens', 'Ships are back.')) },
      { name: 'sheet.xlsx', bytes: bytes('a,b') },
    ]);
    expect(report.items.map((item) => [item.path, item.status])).toEqual([
      ['one.txt', 'imported'],
      ['two.txt', 'duplicate'],
      ['sheet.xlsx', 'failed'],
    ]);
    expect(report.failed[0]!.error).toMatch(
      /^"sheet\.xlsx" cannot be imported: \.xlsx files are not supported/,
    );
  });
});
