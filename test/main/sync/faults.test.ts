// Every way a feed host can misbehave, in one sync: each failing feed gets its own clear error,
// the healthy feed still syncs, and nothing already stored is lost.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '../../../main/backend.ts';
import { paragraphs, rssFeed } from '../../helpers/feed-fixtures.ts';
import {
  gzipBomb,
  hang,
  hugeBody,
  redirectLoop,
  serveBody,
  slowDrip,
  startHttpTestServer,
  status,
  truncated,
  wrongCharset,
  type HttpTestServer,
} from '../../helpers/http-test-server.ts';
import { makeTempDir } from '../../helpers/temp-dir.ts';

const story = paragraphs(11, 4)
  .map((text) => `<p>${text}</p>`)
  .join('');

const billionLaughs = `<?xml version="1.0"?>
<!DOCTYPE lolz [
  <!ENTITY lol "lol">
  <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
  <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
  <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
  <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
  <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
  <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
  <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
  <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<rss version="2.0"><channel><title>&lol9;</title><item><title>&lol9;</title><guid>x</guid></item></channel></rss>`;

function feedOf(title: string, origin: string): string {
  return rssFeed({
    title,
    link: `${origin}/`,
    items: [
      {
        guid: `${title}-1`,
        title: `${title} headline`,
        link: `${origin}/a.html`,
        description: 'x',
        content: story,
      },
    ],
  });
}

/** Feeds whose host fails, with what the error must say. */
const faults: Record<string, RegExp> = {
  '/not-found.xml': /404/,
  '/server-error.xml': /500/,
  '/busy.xml': /429|slow down/i,
  '/unavailable.xml': /503/,
  '/drip.xml': /answer|stopped|within|seconds|slow/i,
  '/hang.xml': /answer|within/i,
  '/truncated.xml': /cut off|truncated|incomplete|closed/i,
  '/loop.xml': /redirect/i,
  '/huge.xml': /larger than/i,
  '/bomb.xml': /larger than/i,
  '/malformed.xml': /XML|well-formed|not a feed|could not/i,
  '/page.html': /HTML|web page|not a feed/i,
};

let server: HttpTestServer;
let backend: Backend;
let origin = '';
let broken = false;

beforeAll(async () => {
  server = await startHttpTestServer({
    '/good.xml': (req, res) => serveBody(feedOf('Good Desk', origin), { etag: '"g"' })(req, res),
    '/latin.xml': wrongCharset(feedOf('Café déjà vu', 'http://127.0.0.1'), {
      declared: 'utf-8',
      actual: 'latin1',
    }),
    '/laughs.xml': serveBody(billionLaughs),
    '/not-found.xml': (req, res) =>
      (broken ? status(404) : serveBody(feedOf('Lost Desk', origin)))(req, res),
    '/server-error.xml': status(500),
    '/busy.xml': status(429, { retryAfter: 7200 }),
    '/unavailable.xml': status(503, { retryAfter: 60 }),
    '/drip.xml': slowDrip({ bytesPerTick: 1, tickMs: 2000 }),
    '/hang.xml': hang(),
    '/truncated.xml': truncated({ declared: 10_000, sent: 100 }),
    '/loop.xml': redirectLoop(),
    '/huge.xml': hugeBody(200 * 1024 * 1024),
    '/bomb.xml': gzipBomb(200 * 1024 * 1024),
    '/malformed.xml': serveBody(
      '<?xml version="1.0"?><rss version="2.0"><channel><title>Broken</title><item><title>x</item></channel>',
    ),
    '/page.html': serveBody(
      '<!doctype html><html><head><title>A page</title></head><body><p>Hello</p></body></html>',
      {
        contentType: 'text/html; charset=utf-8',
      },
    ),
  });
  origin = server.origin;
  backend = await createBackend({
    dataDir: makeTempDir('outpost-faults-'),
    requestDefaults: { headersTimeoutMs: 1000, idleTimeoutMs: 1000, totalTimeoutMs: 4000 },
  });
  const outlines = ['/good.xml', '/latin.xml', '/laughs.xml', ...Object.keys(faults)]
    .map((path) => `<outline text="${path}" type="rss" xmlUrl="${server.url(path)}"/>`)
    .join('');
  await backend.importOpml(`<opml version="2.0"><head/><body>${outlines}</body></opml>`);
  // The "not found" feed worked once, so it has articles that must survive its failures.
  const lost = (await backend.listFeeds()).find((feed) => feed.feedUrl.endsWith('/not-found.xml'))!;
  await backend.sync({ feedIds: [lost.id] });
  broken = true;
}, 60_000);

afterAll(async () => {
  await backend.close();
  await server.close();
});

describe('a sync against misbehaving hosts', () => {
  it('gives each failing feed its own clear error and syncs the healthy ones', async () => {
    const summary = await backend.sync();
    const errors = new Map(summary.failed.map((failure) => [failure.title, failure.error]));
    for (const [path, pattern] of Object.entries(faults)) {
      const title = path === '/not-found.xml' ? 'Lost Desk' : path;
      expect(errors.get(title), path).toMatch(pattern);
      expect(errors.get(title), path).not.toMatch(/\n\s+at /);
    }
    const feeds = await backend.listFeeds();
    const good = feeds.find((feed) => feed.feedUrl.endsWith('/good.xml'))!;
    expect(good.health.lastError).toBeNull();
    expect(good.articleCount).toBe(1);

    const latin = feeds.find((feed) => feed.feedUrl.endsWith('/latin.xml'))!;
    expect(latin.title).toBe('Café déjà vu');

    // Billion laughs: either refused or parsed without expansion, never a hang or a blown heap.
    const laughs = feeds.find((feed) => feed.feedUrl.endsWith('/laughs.xml'))!;
    if (laughs.health.lastError === null) expect(laughs.title.length).toBeLessThan(10_000);

    const lost = feeds.find((feed) => feed.feedUrl.endsWith('/not-found.xml'))!;
    expect(lost.articleCount).toBe(1);
    expect(lost.health).toMatchObject({ failures: 1, lastError: expect.stringMatching(/404/) });

    const busy = feeds.find((feed) => feed.feedUrl.endsWith('/busy.xml'))!;
    expect(Date.parse(busy.health.nextAttemptAt!) - Date.now()).toBeGreaterThan(7000 * 1000);
  }, 60_000);

  it('does not knock on a host that asked to wait, even on demand', async () => {
    const before = server.requests.filter((request) => request.path === '/busy.xml').length;
    await backend.sync();
    expect(server.requests.filter((request) => request.path === '/busy.xml')).toHaveLength(before);
  }, 60_000);
});
