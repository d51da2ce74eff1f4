// Importing costs what the file's size does, not its square. 1 MB and 8 MB of text are timed
// through the text importer alone and through the whole import (files on disk, the worker pool, a
// SQLite library in a temp folder); work that grows faster than the text fails at its deadline.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import { importPaths, type ImportContext } from '../../../main/import/import-files.ts';
import { openDatabase, type Database } from '../../../main/store/db.ts';
import { createWorkerPool, type WorkerPool } from '../../../main/workers/pool.ts';
import { workerEntry } from '../../../main/workers/worker-url.ts';
import { makeTempDir } from '../../helpers/temp-dir.ts';
import { makeLongArticle } from './import-corpus.ts';

const MB = 1024 * 1024;

const cleanups: Array<() => Promise<unknown>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

/** Milliseconds to import `bytes` of text, or Infinity once `deadline` ms have passed. */
type Measure = (bytes: number, deadline?: number) => Promise<number>;

function within(deadline: number, work: Promise<number>): Promise<number> {
  if (deadline === Infinity) return work;
  return Promise.race([
    work,
    new Promise<number>((resolve) => setTimeout(() => resolve(Infinity), deadline).unref()),
  ]);
}

/**
 * Best of three on 1 MB and of two on 8 MB, after a warm-up (thread start, compilation, and
 * the first large run growing the heap). Quadratic work would take minutes: each 8 MB run is
 * given up on as soon as the ratio is out of reach.
 */
async function timeOneAndEight(measure: Measure, maxRatio: number): Promise<string> {
  await measure(MB / 4);
  const small = Math.min(await measure(MB), await measure(MB), await measure(MB));
  expect(small).toBeLessThan(Infinity);
  const first = await measure(8 * MB, 2 * maxRatio * small);
  const large = Math.min(first, await measure(8 * MB, maxRatio * small));
  const ratio = large / small;
  expect(ratio, `1 MB took ${small.toFixed(1)} ms, 8 MB ${large.toFixed(1)} ms`).toBeLessThan(
    maxRatio,
  );
  return ratio.toFixed(1);
}

describe('import time', () => {
  it('grows linearly with the text in the text importer', async () => {
    const worker = new Worker(new URL('./text-import-timer.ts', import.meta.url));
    cleanups.push(() => worker.terminate());
    const reply = <T>() =>
      new Promise<T>((resolve, reject) => {
        worker.once('message', resolve);
        worker.once('error', reject);
      });
    let seed = 0;
    const measure: Measure = async (bytes, deadline = Infinity) => {
      const ready = reply<string>();
      worker.postMessage({ bytes, seed: ++seed });
      await ready;
      const done = reply<number>();
      worker.postMessage('run');
      return within(deadline, done);
    };
    // 8× the text may cost up to 16× the time: linear work, plus noise on a busy machine.
    await timeOneAndEight(measure, 16);
  }, 60_000);

  it('grows linearly with the file in a whole import', async () => {
    const dir = makeTempDir();
    const db: Database = openDatabase(join(dir, 'outpost.db'));
    // One thread: the timings then measure one file's work, not how many cores are free.
    const pool: WorkerPool = createWorkerPool(workerEntry('worker'), 1);
    cleanups.push(async () => {
      await pool.close();
      db.close();
    });
    const context: ImportContext = { db, now: () => new Date('2026-01-02T03:04:05Z'), pool };
    let seed = 0;
    const measure: Measure = async (bytes, deadline = Infinity) => {
      const path = join(dir, `article-${++seed}.txt`);
      // Every file differs, so each one is stored rather than found to be a duplicate.
      writeFileSync(path, makeLongArticle(bytes, seed));
      const started = performance.now();
      const imported = importPaths(context, [path]).then((report) =>
        report.imported === 1 ? performance.now() - started : Infinity,
      );
      return within(deadline, imported);
    };
    // Up to 24× here: hashing and the excerpt collapse blank space with a regular expression
    // that V8 runs several times slower per byte on strings past a few megabytes. Quadratic
    // work costs 64×, and minutes.
    await timeOneAndEight(measure, 24);
  }, 60_000);
});
