// The subscription commands of the CLI against a real feed server on 127.0.0.1.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articlePage, paragraphs, rssFeed } from '../../helpers/feed-fixtures.ts';
import {
  serveBody,
  startHttpTestServer,
  status,
  type HttpTestServer,
} from '../../helpers/http-test-server.ts';
import { makeTempDir } from '../../helpers/temp-dir.ts';

const bin = fileURLToPath(new URL('../../../bin/outpost.js', import.meta.url));

/** Asynchronous, so the feed server in this process can answer while the CLI runs. */
function outpost(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [bin, ...args], { encoding: 'utf8' }, (error, stdout, stderr) => {
      resolve({
        code: error ? Number((error as { code?: unknown }).code ?? 1) : 0,
        stdout,
        stderr,
      });
    });
  });
}

let server: HttpTestServer;

beforeAll(async () => {
  let origin = '';
  server = await startHttpTestServer({
    '/desk.xml': (req, res) =>
      serveBody(
        rssFeed({
          title: 'Coast Desk',
          link: `${origin}/`,
          items: [
            {
              guid: 'c1',
              title: 'Ferries resume',
              link: `${origin}/ferries.html`,
              description: 'Ferries resumed.',
            },
          ],
        }),
        { etag: '"c"' },
      )(req, res),
    '/ferries.html': serveBody(
      articlePage({ title: 'Ferries resume', paragraphs: paragraphs(5, 5) }),
      {
        contentType: 'text/html',
      },
    ),
    '/gone.xml': status(410),
  });
  origin = server.origin;
});

afterAll(async () => {
  await server.close();
});

describe('outpost feeds, sync and opml', () => {
  it('subscribes, lists health, syncs with progress on stderr, exports and re-imports OPML, unsubscribes', async () => {
    const dataDir = makeTempDir();
    const added = await outpost([
      '--data-dir',
      dataDir,
      'feeds',
      'add',
      server.url('/desk.xml'),
      '--json',
    ]);
    expect(added.code).toBe(0);
    const { feed } = JSON.parse(added.stdout);
    expect(feed).toMatchObject({ title: 'Coast Desk', articleCount: 1 });

    const synced = await outpost(['--data-dir', dataDir, 'sync', '--json']);
    expect(synced.code).toBe(0);
    expect(JSON.parse(synced.stdout)).toMatchObject({
      feeds: 1,
      succeeded: 1,
      fullArticles: 1,
      failed: [],
    });
    expect(synced.stderr).toMatch(/^sync: feeds \d+\/1/m);

    const listed = JSON.parse(
      (await outpost(['--data-dir', dataDir, 'feeds', 'list', '--json'])).stdout,
    );
    expect(listed).toHaveLength(1);
    expect(listed[0].health).toMatchObject({ lastError: null, failures: 0 });
    expect(listed[0].health.lastSuccessAt).toEqual(expect.any(String));
    expect(listed[0].health.nextAttemptAt).toEqual(expect.any(String));

    const file = join(makeTempDir(), 'subscriptions.opml');
    expect((await outpost(['--data-dir', dataDir, 'opml', 'export', file])).code).toBe(0);
    expect(readFileSync(file, 'utf8')).toContain(server.url('/desk.xml'));
    const other = makeTempDir();
    const imported = await outpost(['--data-dir', other, 'opml', 'import', file, '--json']);
    expect(JSON.parse(imported.stdout)).toMatchObject({ added: 1, existing: 0 });

    const removed = await outpost([
      '--data-dir',
      dataDir,
      'feeds',
      'remove',
      String(feed.id),
      '--json',
    ]);
    expect(JSON.parse(removed.stdout)).toEqual({ removedArticles: 1, keptStarred: 0 });
  }, 60_000);

  it('exports an empty subscription list as OPML that imports back with nothing added', async () => {
    const file = join(makeTempDir(), 'none.opml');
    const exported = await outpost(['--data-dir', makeTempDir(), 'opml', 'export', file, '--json']);
    expect(exported).toMatchObject({ code: 0, stderr: '' });
    const opml = readFileSync(file, 'utf8');
    expect(JSON.parse(exported.stdout)).toEqual({ file, bytes: Buffer.byteLength(opml) });
    expect(opml).toMatch(/<opml version="2\.0">/);
    expect(opml).toMatch(/<head>\s*<title>Outpost subscriptions<\/title>\s*<dateCreated>/);
    expect(opml).toMatch(/<body\/>|<body>\s*<\/body>/);
    expect(opml).not.toMatch(/<outline/);

    const imported = await outpost(['--data-dir', makeTempDir(), 'opml', 'import', file, '--json']);
    expect(imported).toMatchObject({ code: 0, stderr: '' });
    expect(JSON.parse(imported.stdout)).toEqual({
      added: 0,
      feedIds: [],
      existing: 0,
      folders: 0,
      failed: [],
    });
  }, 60_000);

  it('reports a failing feed in plain words and in its health', async () => {
    const dataDir = makeTempDir();
    const file = join(makeTempDir(), 'one.opml');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(
      file,
      `<opml version="2.0"><body><outline text="Gone" xmlUrl="${server.url('/gone.xml')}"/></body></opml>`,
    );
    await outpost(['--data-dir', dataDir, 'opml', 'import', file]);
    const synced = await outpost(['--data-dir', dataDir, 'sync']);
    expect(synced.code).toBe(1);
    expect(synced.stdout).toMatch(/Gone: .*410/);
    const [feed] = JSON.parse(
      (await outpost(['--data-dir', dataDir, 'feeds', 'list', '--json'])).stdout,
    );
    expect(feed.health.lastError).toMatch(/410/);

    const bad = await outpost([
      '--data-dir',
      dataDir,
      'feeds',
      'add',
      'not a url at all',
      '--json',
    ]);
    expect(bad.code).toBe(1);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
  }, 60_000);
});
