// Several processes with one library open: a long-running host (the app, outpost serve) sees what a
// command wrote without a restart, and a write that meets another process's lock waits and retries
// instead of telling the reader "database is locked".
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { createBackend, DATABASE_FILE, type Backend } from '../../../main/backend.ts';
import type { Changes } from '../../../shared/changes.ts';
import { makeTempDir } from '../../helpers/temp-dir.ts';

const bin = fileURLToPath(new URL('../../../bin/outpost.js', import.meta.url));
const open: Backend[] = [];
afterEach(async () => {
  for (const backend of open.splice(0)) await backend.close();
});

function writeStories(dir: string, count: number, word: string): string[] {
  return Array.from({ length: count }, (_, i) => {
    const path = join(dir, `${word}-${i}.txt`);
    writeFileSync(
      path,
      `The ${word} story ${i}\n\nNAIROBI - Kenya's ${word} report number ${i}.\n`,
    );
    return path;
  });
}

describe('one library, many processes', () => {
  it('shows an open host what a command imported, in its search and its windows', async () => {
    const dataDir = makeTempDir();
    const files = makeTempDir();
    const host = await createBackend({
      dataDir,
      autoSync: true,
      schedulerTiming: { startDelayMs: 3_600_000, checkEveryMs: 3_600_000 },
    });
    open.push(host);
    await host.whenSearchReady();
    const announced: Changes[] = [];
    host.on('changed', (changes) => announced.push(changes));

    const result = spawnSync(
      process.execPath,
      [bin, '--data-dir', dataDir, 'import', ...writeStories(files, 30, 'lighthouse')],
      { encoding: 'utf8' },
    );
    expect(result.status, result.stderr).toBe(0);

    // Within a few of the host's checks: announced to its windows, and found by its search.
    await expect
      .poll(() => announced.flatMap((changes) => changes.articles.added).length, {
        timeout: 10_000,
      })
      .toBe(30);
    await expect
      .poll(async () => (await host.search('lighthouse')).total, { timeout: 10_000 })
      .toBe(30);
    // With their places: the command tagged them before saying so.
    expect((await host.search('region:africa lighthouse')).total).toBe(30);
    expect((await host.stats()).articles).toBe(30);
  }, 30_000);

  it('waits out another process’s write lock, and says "busy" in words when it lasts', async () => {
    const dataDir = makeTempDir();
    const files = makeTempDir();
    const backend = await createBackend({ dataDir, busyTimeoutMs: 100 });
    open.push(backend);
    const report = await backend.importFiles(writeStories(files, 2, 'harbour'));
    const id = report.items[0]!.status === 'imported' ? report.items[0]!.id : 0;

    // Another process holds the write lock for a while, then lets go.
    const other = new DatabaseSync(join(dataDir, DATABASE_FILE));
    other.exec('BEGIN IMMEDIATE');
    const released = new Promise<void>((resolve) =>
      setTimeout(() => {
        other.exec('COMMIT');
        resolve();
      }, 600),
    );
    await backend.setStarred(id, true);
    await released;
    expect((await backend.getArticle(id))!.starred).toBe(true);

    // A lock that outlasts the retries: a sentence and a code, never SQLite's message.
    other.exec('BEGIN IMMEDIATE');
    try {
      const failure = await backend
        .importDocuments([
          { name: 'x.txt', base64: Buffer.from('Title\n\nBody text.').toString('base64') },
        ])
        .then(
          () => null,
          (error: unknown) => error,
        );
      expect(failure).toMatchObject({ code: 'unavailable' });
      expect((failure as Error).message).toMatch(/library is busy/);
      expect((failure as Error).message).not.toMatch(/database is locked/);
    } finally {
      other.exec('ROLLBACK');
      other.close();
    }
  }, 30_000);
});
