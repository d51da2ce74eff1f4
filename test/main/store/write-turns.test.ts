// Turns at the write lock between processes: an announced write is seen by bulk writers elsewhere,
// which give way until it is done; leftovers of processes that died are ignored and cleared.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { threadId } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import { writeTurns } from '../../../main/store/write-turns.ts';
import { makeTempDir } from '../../helpers/temp-dir.ts';

const children: ChildProcess[] = [];
afterEach(() => {
  for (const child of children.splice(0)) child.kill();
});

/** Another process that announces a write for `ms`, then stays alive (its marker gone). */
function announceElsewhere(dataDir: string, ms: number): ChildProcess {
  const script = `
    const { mkdirSync, writeFileSync, rmSync } = require('node:fs');
    const folder = ${JSON.stringify(join(dataDir, 'writes-wanted'))};
    mkdirSync(folder, { recursive: true });
    const mine = folder + '/' + process.pid + '-0';
    writeFileSync(mine, '');
    setTimeout(() => rmSync(mine), ${ms});
    setTimeout(() => {}, 60000);
  `;
  const child = spawn(process.execPath, ['-e', script], { stdio: 'ignore' });
  children.push(child);
  return child;
}

async function until(check: () => boolean): Promise<void> {
  await expect.poll(check, { timeout: 10_000, interval: 5 }).toBe(true);
}

describe('write turns', () => {
  it('shows a write while it runs and clears it after, even when it fails', async () => {
    const dataDir = makeTempDir();
    const turns = writeTurns(dataDir);
    const marker = join(dataDir, 'writes-wanted', `${process.pid}-${threadId}`);
    let seen = false;
    await turns.announce(async () => {
      seen = existsSync(marker);
    });
    expect(seen).toBe(true);
    expect(existsSync(marker)).toBe(false);

    await expect(
      turns.announce(async () => {
        throw new Error('the write failed');
      }),
    ).rejects.toThrow('the write failed');
    expect(existsSync(marker)).toBe(false);
  });

  it('keeps the announcement until the last of overlapping writes ends', async () => {
    const dataDir = makeTempDir();
    const turns = writeTurns(dataDir);
    const marker = join(dataDir, 'writes-wanted', `${process.pid}-${threadId}`);
    let finishFirst = () => {};
    const first = turns.announce(() => new Promise<void>((resolve) => (finishFirst = resolve)));
    await turns.announce(async () => {});
    expect(existsSync(marker)).toBe(true);
    finishFirst();
    await first;
    expect(existsSync(marker)).toBe(false);
  });

  it('makes a bulk writer wait until another process’s announced write is done', async () => {
    const dataDir = makeTempDir();
    const child = announceElsewhere(dataDir, 150);
    const marker = join(dataDir, 'writes-wanted', `${child.pid}-0`);
    await until(() => existsSync(marker));

    writeTurns(dataDir).giveWay();
    // It returned only once the other process had finished (and it is still running).
    expect(existsSync(marker)).toBe(false);
    expect(child.exitCode).toBeNull();
  });

  it('does not hold up a writer that announced its own write', async () => {
    const dataDir = makeTempDir();
    const child = announceElsewhere(dataDir, 30_000);
    const marker = join(dataDir, 'writes-wanted', `${child.pid}-0`);
    await until(() => existsSync(marker));

    const turns = writeTurns(dataDir);
    let waited = Infinity;
    await turns.announce(async () => {
      const started = performance.now();
      turns.giveWay();
      waited = performance.now() - started;
    });
    // Both announced: neither waits for the other (a wait would last until the other's 30 s end,
    // or a whole second at most).
    expect(existsSync(marker)).toBe(true);
    expect(waited).toBeLessThan(500);
  });

  it('ignores and clears announcements left by processes that are gone', () => {
    const dataDir = makeTempDir();
    const gone = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], {
      encoding: 'utf8',
    }).stdout;
    const folder = join(dataDir, 'writes-wanted');
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, `${gone}-0`), '');
    writeFileSync(join(folder, 'not-a-process'), '');

    writeTurns(dataDir).giveWay();
    expect(readdirSync(folder)).toEqual([]);
  });
});
