// npm run bench:import — how importing a plain-text file scales with its size: the text importer
// alone, then the whole import (file on disk → worker pool → SQLite in a temp data folder), with the
// longest stall of this thread (the one answering API calls) meanwhile. Prints JSON.
// Options: --sizes 1,2,4,8,50 (MB)  --shape lines|wrapped  --backend (through createBackend, so
// tagging and indexing count too)  --keep (leave the data folder).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createBackend } from '../../main/backend.ts';
import { importText } from '../../main/extract/import-text.ts';
import { MAX_DOCUMENT_BYTES } from '../../main/extract/read-document.ts';
import { importPaths } from '../../main/import/import-files.ts';
import { openDatabase } from '../../main/store/db.ts';
import { createWorkerPool } from '../../main/workers/pool.ts';
import { workerEntry } from '../../main/workers/worker-url.ts';
import { makeLongArticle, type TextShape } from '../main/import/import-corpus.ts';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1,2,4,8,50' },
    shape: { type: 'string', default: 'lines' },
    backend: { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
  },
});
const MB = 1024 * 1024;
const sizes = values.sizes.split(',').map(Number);
if (sizes.some((size) => !(size > 0))) throw new Error('--sizes takes megabytes, e.g. 1,2,4,8,50.');
if (values.shape !== 'lines' && values.shape !== 'wrapped')
  throw new Error('--shape takes lines or wrapped.');
const shape: TextShape = values.shape;
const log = (line: string) => process.stderr.write(`${line}\n`);

/** Runs `work` and reports its milliseconds and the longest this thread went without a turn. */
async function timed<T>(
  work: () => Promise<T> | T,
): Promise<{ ms: number; stallMs: number; result: T }> {
  let last = performance.now();
  let stallMs = 0;
  const ticker = setInterval(() => {
    const now = performance.now();
    stallMs = Math.max(stallMs, now - last);
    last = now;
  }, 5);
  const started = performance.now();
  const result = await work();
  const ms = performance.now() - started;
  // One more turn, so a stall at the very end is seen too.
  await new Promise((resolve) => setTimeout(resolve, 20));
  clearInterval(ticker);
  return { ms: Math.round(ms), stallMs: Math.round(stallMs), result };
}

const dataDir = mkdtempSync(join(tmpdir(), 'outpost-import-bench-'));
const db = values.backend ? null : openDatabase(join(dataDir, 'outpost.db'));
const pool = values.backend ? null : createWorkerPool(workerEntry('worker'));
const backend = values.backend ? await createBackend({ dataDir }) : null;
const importFile = (path: string) =>
  backend
    ? backend.importFiles([path])
    : importPaths({ db: db!, now: () => new Date(), pool: pool! }, [path]);

const results = [];
try {
  // Warm-up: threads start, parsers load, code compiles.
  const warmUp = join(dataDir, 'warm-up.txt');
  writeFileSync(warmUp, makeLongArticle(MB / 4, 0, shape));
  importText(makeLongArticle(MB / 4, 0, shape));
  await importFile(warmUp);

  for (const [index, size] of sizes.entries()) {
    // The size cap is inclusive; a generated file overshoots its target by a paragraph at most.
    const bytes = Math.min(size * MB, MAX_DOCUMENT_BYTES - 4096);
    const text = makeLongArticle(bytes, index + 1, shape);
    const path = join(dataDir, `article-${size}mb.txt`);
    writeFileSync(path, text);
    log(`${size} MB…`);
    const parse = await timed(() => importText(text));
    const whole = await timed(() => importFile(path));
    const report = whole.result;
    results.push({
      mb: size,
      bytes: Buffer.byteLength(text),
      importTextMs: parse.ms,
      importMs: whole.ms,
      apiThreadMaxStallMs: whole.stallMs,
      imported: report.imported,
      failed: report.failed,
      rssMb: Math.round(process.memoryUsage().rss / MB),
    });
  }
} finally {
  await backend?.close();
  await pool?.close();
  db?.close();
  if (values.keep) log(`Data folder kept: ${dataDir}`);
  else rmSync(dataDir, { recursive: true, force: true });
}

const first = results[0];
console.log(
  JSON.stringify(
    {
      benchmark: 'import',
      shape,
      through: values.backend ? 'createBackend().importFiles' : 'importPaths (worker pool, SQLite)',
      results,
      // Linear work keeps these near 1; quadratic work grows them with the size.
      msPerMbRelativeToFirst: first
        ? results.map(
            (r) => Math.round((r.importMs / r.mb / (first.importMs / first.mb)) * 10) / 10,
          )
        : [],
    },
    null,
    2,
  ),
);
