// npm run bench:contention — one library, two processes: a command (`outpost feeds add` of a big
// feed, then two imports of the same files at once) beside a host that writes every 50 ms (as a
// reader marking articles). Prints JSON: the host's failed writes, its slowest write, and how many
// articles the two imports stored. Options: --items 6000 --files 300.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createBackend } from '../../main/backend.ts';
import { paragraphs, rssFeed } from '../helpers/feed-fixtures.ts';

const { values } = parseArgs({
  options: {
    items: { type: 'string', default: '6000' },
    files: { type: 'string', default: '300' },
  },
});
const items = Number(values.items);
const files = Number(values.files);
const bin = fileURLToPath(new URL('../../bin/outpost.js', import.meta.url));
const root = mkdtempSync(join(tmpdir(), 'outpost-contention-'));
const dataDir = join(root, 'data');

function run(...args: string[]): Promise<number> {
  const child = spawn(process.execPath, [bin, '--data-dir', dataDir, ...args], { stdio: 'ignore' });
  return new Promise((resolve) => child.on('exit', (code) => resolve(code ?? 1)));
}

// A feed with full content (no pages to fetch): storing it is what takes time. Built once, before
// the host starts writing, so building it does not count against the host.
let feed = '';
const server = createServer((_req, res) => {
  res.writeHead(200, { 'Content-Type': 'application/rss+xml' });
  res.end(feed);
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
feed = rssFeed({
  title: 'A very long feed',
  link: `${origin}/`,
  items: Array.from({ length: items }, (_, i) => ({
    guid: `item-${i}`,
    title: `Story ${i}`,
    link: `${origin}/story/${i}`,
    description: 'See below.',
    content: paragraphs(i, 4)
      .map((p) => `<p>${p}</p>`)
      .join(''),
  })),
});

try {
  mkdirSync(join(root, 'files'));
  for (let i = 0; i < files; i++) {
    writeFileSync(
      join(root, 'files', `note-${i}.txt`),
      `Note ${i}\n\n${paragraphs(10_000 + i, 2).join('\n\n')}\n`,
    );
  }
  const host = await createBackend({
    dataDir,
    autoSync: true,
    schedulerTiming: { startDelayMs: 3_600_000, checkEveryMs: 3_600_000 },
  });
  const seed = await host.importDocuments([
    { name: 'seed.txt', base64: Buffer.from('Seed\n\nThe first article.').toString('base64') },
  ]);
  const seedId = seed.items[0]!.status === 'imported' ? seed.items[0]!.id : 0;

  const writes = { done: 0, failed: 0, slowestMs: 0, errors: new Set<string>() };
  let running = true;
  const writer = (async () => {
    let flag = false;
    while (running) {
      const started = performance.now();
      try {
        await host.setStarred(seedId, (flag = !flag));
        writes.done++;
      } catch (error) {
        writes.failed++;
        writes.errors.add((error as Error).message);
      }
      writes.slowestMs = Math.max(writes.slowestMs, performance.now() - started);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  })();

  const addStarted = performance.now();
  const added = await run('feeds', 'add', `${origin}/feed.xml`);
  const addSeconds = (performance.now() - addStarted) / 1000;
  const [first, second] = await Promise.all([
    run('import', join(root, 'files')),
    run('import', join(root, 'files')),
  ]);
  running = false;
  await writer;
  const stored = (await host.stats()).articles;
  await host.close();
  process.stdout.write(
    `${JSON.stringify(
      {
        feedItems: items,
        feedAdd: { exitCode: added, seconds: Math.round(addSeconds * 10) / 10 },
        hostWrites: {
          done: writes.done,
          failed: writes.failed,
          slowestMs: Math.round(writes.slowestMs),
          errors: [...writes.errors],
        },
        concurrentImports: {
          exitCodes: [first, second],
          files,
          // The seed, the feed's items and each file once.
          articlesStored: stored,
          expected: 1 + items + files,
        },
      },
      null,
      2,
    )}\n`,
  );
} finally {
  server.close();
  rmSync(root, { recursive: true, force: true });
}
