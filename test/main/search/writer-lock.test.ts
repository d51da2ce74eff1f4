// One keeper of the search index per library: other processes are guests that never touch the
// shared index, and a lock whose keeper vanished is taken over.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '../../../main/backend.ts';
import { SEARCH_FOLDER } from '../../../main/search/segment-files.ts';
import { LOCK_FILE, takeWriterLock } from '../../../main/search/writer-lock.ts';
import { makeTempDir } from '../../helpers/temp-dir.ts';

const bin = fileURLToPath(new URL('../../../bin/outpost.js', import.meta.url));
const open: Backend[] = [];
afterEach(async () => {
  for (const backend of open.splice(0)) await backend.close();
});

function outpost(dataDir: string, ...args: string[]) {
  return spawnSync(process.execPath, [bin, '--data-dir', dataDir, ...args], {
    encoding: 'utf8',
    timeout: 60_000,
  });
}

function stories(dir: string, word: string, count: number): string[] {
  return Array.from({ length: count }, (_, i) => {
    const path = join(dir, `${word}-${i}.txt`);
    writeFileSync(path, `A ${word} story ${i}\n\nThe ${word} report number ${i} from the coast.\n`);
    return path;
  });
}

describe('the search index keeper', () => {
  it('takes a free lock, leaves a live one to its keeper, takes over a stale one', () => {
    const dir = makeTempDir();
    const first = takeWriterLock(dir);
    expect(first.owner).toBe(true);
    // Another process's live lock (written as that process writes it).
    const lock = join(dir, LOCK_FILE);
    writeFileSync(lock, JSON.stringify({ pid: process.pid + 1, since: new Date().toISOString() }));
    expect(takeWriterLock(dir)).toMatchObject({
      owner: false,
      holder: `process ${process.pid + 1}`,
    });
    // That keeper vanished without letting go: half a minute later its lock is free.
    const old = new Date(Date.now() - 60_000);
    utimesSync(lock, old, old);
    const taken = takeWriterLock(dir);
    expect(taken.owner).toBe(true);
    // A lock this process left (a search thread that stopped and restarted) is its own again.
    expect(takeWriterLock(dir).owner).toBe(true);
    taken.release();
    expect(readdirSync(dir)).toEqual([]);
  });

  it('lets a command search beside an open host without touching the index that host keeps', async () => {
    const dataDir = makeTempDir();
    const files = makeTempDir();
    const host = await createBackend({
      dataDir,
      autoSync: true,
      schedulerTiming: { startDelayMs: 3_600_000, checkEveryMs: 3_600_000 },
    });
    open.push(host);
    await host.importFiles(stories(files, 'harbour', 20));
    await host.whenSearchReady();
    const search = join(dataDir, SEARCH_FOLDER);
    const manifest = () => readFileSync(join(search, 'manifest.json'), 'utf8');

    // A command stores more, and searches at once: it indexes what it needs for itself.
    expect(outpost(dataDir, 'import', ...stories(files, 'lighthouse', 15)).status).toBe(0);
    const found = outpost(dataDir, 'search', 'lighthouse', '--json');
    expect(found.status, found.stderr).toBe(0);
    expect(JSON.parse(found.stdout).total).toBe(15);
    // It left the keeper's list as it was, and none of its own files behind.
    const listed = (JSON.parse(manifest()) as { segments: Array<{ file: string }> }).segments.map(
      (segment) => segment.file,
    );
    expect(
      readdirSync(search)
        .filter((name) => name.startsWith('seg-'))
        .sort(),
    ).toEqual(expect.arrayContaining(listed));
    expect(
      readdirSync(search).filter((name) => /^seg-\d{13,}/.test(name)),
      'guest segments left behind',
    ).toEqual([]);
    // A rebuild is for the keeper: a command says so instead of pulling the index from under it.
    const rebuild = outpost(dataDir, 'reindex');
    expect(rebuild.status).not.toBe(0);
    expect(rebuild.stderr).toMatch(/kept by another Outpost/);

    // The host follows the command's import in its own index.
    await expect
      .poll(async () => (await host.search('lighthouse')).total, { timeout: 10_000 })
      .toBe(15);

    // Once the host has closed, the command keeps the index.
    await host.close();
    open.splice(0);
    const again = outpost(dataDir, 'reindex');
    expect(again.status, again.stderr).toBe(0);
  }, 60_000);
});
