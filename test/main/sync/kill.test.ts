// Killing a sync with SIGKILL at random moments: the database opens cleanly, every article that was
// committed is intact, no feed is half-stored, and the next sync finishes the job.
import { spawn } from 'node:child_process';
import { DatabaseSync } from 'node:sqlite';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBackend } from '../../../main/backend.ts';
import { openDatabase } from '../../../main/store/db.ts';
import { articlePage, paragraphs, rssFeed } from '../../helpers/feed-fixtures.ts';
import {
  delay,
  serveBody,
  startHttpTestServer,
  type HttpTestServer,
} from '../../helpers/http-test-server.ts';
import { makeTempDir } from '../../helpers/temp-dir.ts';

const child = fileURLToPath(new URL('./sync-child.ts', import.meta.url));
const FEEDS = 12;
const ITEMS = 25;

interface Row {
  id: number;
  source_id: number;
  guid: string;
  title: string;
  content_hash: string;
  text: string;
  full_text: string;
}

let server: HttpTestServer;

beforeAll(async () => {
  const routes: Parameters<typeof startHttpTestServer>[0] = {};
  let origin = '';
  for (let feed = 0; feed < FEEDS; feed++) {
    routes[`/feed-${feed}.xml`] = delay(40 + feed * 15, (req, res) =>
      serveBody(
        rssFeed({
          title: `Desk ${feed}`,
          link: `${origin}/`,
          items: Array.from({ length: ITEMS }, (_, item) => ({
            guid: `${feed}-${item}`,
            title: `Story ${item} from desk ${feed}`,
            link: `${origin}/page-${feed}-${item}.html`,
            description: `Teaser ${item}.`,
          })),
        }),
      )(req, res),
    );
    for (let item = 0; item < ITEMS; item++) {
      routes[`/page-${feed}-${item}.html`] = delay(
        20,
        serveBody(
          articlePage({
            title: `Story ${item} from desk ${feed}`,
            paragraphs: paragraphs(feed * 100 + item, 5),
          }),
          {
            contentType: 'text/html; charset=utf-8',
          },
        ),
      );
    }
  }
  server = await startHttpTestServer(routes);
  origin = server.origin;
});

afterAll(async () => {
  await server.close();
});

async function subscribedDataDir(): Promise<string> {
  const dataDir = makeTempDir('outpost-kill-');
  const backend = await createBackend({ dataDir });
  const outlines = Array.from(
    { length: FEEDS },
    (_, feed) =>
      `<outline text="Desk ${feed}" type="rss" xmlUrl="${server.url(`/feed-${feed}.xml`)}"/>`,
  ).join('');
  await backend.importOpml(`<opml version="2.0"><head/><body>${outlines}</body></opml>`);
  await backend.close();
  return dataDir;
}

function readArticles(file: string): Row[] {
  const db = new DatabaseSync(file, { readOnly: true, timeout: 5000 });
  try {
    return db
      .prepare(
        'SELECT id, source_id, guid, title, content_hash, text, full_text FROM articles ORDER BY id',
      )
      .all() as unknown as Row[];
  } finally {
    db.close();
  }
}

/** Runs the child, snapshots what it has committed while it runs, and kills it after `killAfterMs`. */
async function syncAndKill(dataDir: string, killAfterMs: number): Promise<Map<number, Row>> {
  const file = join(dataDir, 'outpost.db');
  const seen = new Map<number, Row>();
  const process_ = spawn(process.execPath, [child, dataDir], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    process_.stdout!.once('data', () => resolve());
    process_.once('exit', (code) => reject(new Error(`the sync child exited early with ${code}`)));
  });
  const exited = new Promise((resolve) => process_.once('exit', resolve));
  const deadline = Date.now() + killAfterMs;
  while (Date.now() < deadline && process_.exitCode === null) {
    for (const row of readArticles(file)) seen.set(row.id, row);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  process_.kill('SIGKILL');
  await exited;
  return seen;
}

describe('a sync killed with SIGKILL', () => {
  for (const killAfterMs of [150, 500, 1100, 2000]) {
    it(`after ${killAfterMs} ms loses nothing committed and resumes`, async () => {
      const dataDir = await subscribedDataDir();
      const committed = await syncAndKill(dataDir, killAfterMs + Math.floor(Math.random() * 100));

      const db = openDatabase(join(dataDir, 'outpost.db'));
      expect(
        (db.prepare('PRAGMA integrity_check').get() as { integrity_check: string }).integrity_check,
      ).toBe('ok');
      db.close();

      const after = new Map(readArticles(join(dataDir, 'outpost.db')).map((row) => [row.id, row]));
      for (const [id, row] of committed) {
        const now = after.get(id);
        expect(now, `article ${id} was committed before the kill`).toBeDefined();
        expect(now).toMatchObject({
          guid: row.guid,
          title: row.title,
          content_hash: row.content_hash,
        });
        expect(now!.text.length).toBeGreaterThan(0);
      }
      // One transaction per feed: a feed has all its items or none.
      const perFeed = new Map<number, number>();
      for (const row of after.values())
        perFeed.set(row.source_id, (perFeed.get(row.source_id) ?? 0) + 1);
      for (const [feed, count] of perFeed) expect(count, `articles of feed ${feed}`).toBe(ITEMS);

      const backend = await createBackend({ dataDir });
      const summary = await backend.sync();
      await backend.close();
      expect(summary.failed, JSON.stringify(summary)).toEqual([]);
      const final = readArticles(join(dataDir, 'outpost.db'));
      expect(final).toHaveLength(FEEDS * ITEMS);
      expect(new Set(final.map((row) => `${row.source_id}/${row.guid}`)).size).toBe(FEEDS * ITEMS);
      expect(final.filter((row) => row.full_text !== 'fetched').map((row) => row.guid)).toEqual([]);
    }, 120_000);
  }
});
