// Adding a feed holds it to the same size cap as syncing it: a feed that syncs can be added, and
// one too large to sync is refused when added, with the same words.
import { afterEach, describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '../../../main/backend.ts';
import { defaultGetOptions } from '../../../main/net/http-client.ts';
import { rssFeed } from '../../helpers/feed-fixtures.ts';
import {
  serveBody,
  startHttpTestServer,
  type HttpTestServer,
} from '../../helpers/http-test-server.ts';
import { makeTempDir } from '../../helpers/temp-dir.ts';

const MB = 1024 * 1024;

let server: HttpTestServer | null = null;
let backend: Backend | null = null;

afterEach(async () => {
  await backend?.close();
  await server?.close();
  backend = null;
  server = null;
});

/**
 * An RSS feed of `bytes`: three stories and a long comment, which the size cap counts like any
 * other byte while parsing and storing stay quick.
 */
function feedOfSize(bytes: number): string {
  const items = Array.from({ length: 3 }, (_, i) => ({
    guid: `story-${i}`,
    title: `Story ${i}`,
    link: `https://desk.example/story-${i}`,
    description: 'The ferries resumed their crossings on Monday after the storm.',
  }));
  const feed = rssFeed({ title: 'Long Desk', link: 'https://desk.example/', items });
  const padding = Math.max(0, bytes - Buffer.byteLength(feed) - '<!--  -->'.length);
  return feed.replace('<channel>', `<channel><!-- ${'x'.repeat(padding)} -->`);
}

async function serveFeed(body: string) {
  server = await startHttpTestServer({ '/feed.xml': serveBody(body) });
  return server.url('/feed.xml');
}

describe('adding a large feed', () => {
  it('accepts a 6 MB feed, as syncing does', async () => {
    const body = feedOfSize(6 * MB);
    expect(Buffer.byteLength(body)).toBe(6 * MB);
    expect(Buffer.byteLength(body)).toBeLessThan(defaultGetOptions.maxBytes);
    const url = await serveFeed(body);
    backend = await createBackend({ dataDir: makeTempDir() });

    const added = await backend.addFeed(url);
    expect(added.feed).toMatchObject({ title: 'Long Desk', feedUrl: url });
    expect(added.feed.articleCount).toBe(3);

    const synced = await backend.sync({ feedIds: [added.feed.id] });
    expect(synced).toMatchObject({ succeeded: 1, failed: [] });
  }, 120_000);

  it('refuses at add the feed that sync would refuse, saying so the same way', async () => {
    // A host with a smaller cap (the same option sets both) keeps this test small.
    const url = await serveFeed(feedOfSize(1.5 * MB));
    backend = await createBackend({
      dataDir: makeTempDir(),
      requestDefaults: { maxBytes: 1 * MB },
    });

    const refused = /is larger than 1 MB \(1\.\d MB\); Outpost stopped downloading it/;
    await expect(backend.addFeed(url)).rejects.toThrow(refused);

    // Followed without a download (from an OPML list), it fails to sync for the same reason.
    await backend.importOpml(
      `<opml version="2.0"><head/><body><outline text="Long" type="rss" xmlUrl="${url}"/></body></opml>`,
    );
    const synced = await backend.sync();
    expect(synced.failed).toHaveLength(1);
    expect(synced.failed[0]?.error).toMatch(refused);
  }, 60_000);
});
