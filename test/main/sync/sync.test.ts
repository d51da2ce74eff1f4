// The sync engine end to end: a real HTTP server on 127.0.0.1 serving feeds, pages and images,
// and a real backend on a temporary data folder.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '../../../main/backend.ts';
import { resolveMediaFile } from '../../../main/media-files.ts';
import {
  articlePage,
  paragraphs,
  pngImage,
  rssFeed,
  sitePage,
} from '../../helpers/feed-fixtures.ts';
import {
  delay,
  serveBody,
  startHttpTestServer,
  status,
  type Handler,
  type HttpTestServer,
} from '../../helpers/http-test-server.ts';
import { makeTempDir } from '../../helpers/temp-dir.ts';

let server: HttpTestServer | null = null;
let backend: Backend | null = null;

afterEach(async () => {
  await backend?.close();
  await server?.close();
  backend = null;
  server = null;
});

async function setUp(routes: (origin: () => string) => Record<string, Handler>) {
  let origin = '';
  server = await startHttpTestServer(routes(() => origin));
  origin = server.origin;
  const dataDir = makeTempDir();
  backend = await createBackend({
    dataDir,
    now: () => new Date('2026-11-27T12:00:00Z'),
    random: () => 0.5,
  });
  return { server, backend, dataDir };
}

const longStory = paragraphs(7, 5)
  .map((text) => `<p>${text}</p>`)
  .join('');

function worldFeed(origin: string, extra: Parameters<typeof rssFeed>[0]['items'] = []) {
  return rssFeed({
    title: 'World Desk',
    link: `${origin}/`,
    items: [
      {
        guid: 'harbour-1',
        title: 'Harbour reopens after the storm',
        link: `${origin}/articles/harbour.html?utm_source=rss`,
        description: 'The harbour reopened on Monday.',
      },
      {
        guid: 'grain-2',
        title: 'Grain prices fall at the coast',
        link: `${origin}/articles/grain.html`,
        description: 'Prices fell.',
        content: `${longStory}<p><img src="/images/market.png" alt="Market"></p>`,
      },
      ...extra,
    ],
  });
}

describe('subscribing', () => {
  it('finds the feed a site links to and stores its items at once', async () => {
    const { backend } = await setUp((origin) => ({
      '/': serveBody(sitePage('/world.xml'), { contentType: 'text/html; charset=utf-8' }),
      '/world.xml': serveBody(worldFeed(origin()), { etag: '"v1"' }),
    }));
    const result = await backend.addFeed(server!.origin);
    expect(result.alreadySubscribed).toBe(false);
    expect(result.discoveredFrom).toBe(`${server!.origin}/`);
    expect(result.feed).toMatchObject({
      title: 'World Desk',
      feedUrl: server!.url('/world.xml'),
      articleCount: 2,
    });

    const again = await backend.addFeed(server!.url('/world.xml'));
    expect(again.alreadySubscribed).toBe(true);
    expect((await backend.listFeeds()).length).toBe(1);
  });

  it('says clearly when there is no feed to be found', async () => {
    const { backend } = await setUp(() => ({
      '/': serveBody('<!doctype html><title>Plain</title><p>No feeds here.</p>', {
        contentType: 'text/html',
      }),
    }));
    await expect(backend.addFeed(server!.origin)).rejects.toThrow(/No feed found/);
    await expect(backend.addFeed('javascript:alert(1)')).rejects.toThrow(/not a web address/);
    expect(await backend.listFeeds()).toEqual([]);
  });
});

describe('syncing', () => {
  it('brings feed text, then full articles, then images, all readable offline', async () => {
    const { backend, dataDir } = await setUp((origin) => ({
      '/world.xml': serveBody(worldFeed(origin()), { etag: '"v1"' }),
      '/articles/harbour.html': serveBody(
        articlePage({
          title: 'Harbour reopens after the storm',
          paragraphs: paragraphs(3, 6),
          image: '/images/harbour.png',
        }),
        { contentType: 'text/html; charset=utf-8' },
      ),
      '/images/harbour.png': serveBody(pngImage(8, 8, 40), { contentType: 'image/png' }),
      '/images/market.png': serveBody(pngImage(6, 6, 200), { contentType: 'image/png' }),
    }));
    const { feed } = await backend.addFeed(server!.url('/world.xml'));
    const progress: string[] = [];
    backend.on('sync-progress', (p) => progress.push(p.phase));
    const finished: unknown[] = [];
    backend.on('sync-finished', (summary) => finished.push(summary));

    const summary = await backend.sync({ feedIds: [feed.id] });
    expect(summary).toMatchObject({
      feeds: 1,
      succeeded: 1,
      notModified: 1,
      fullArticles: 1,
      images: 2,
      failed: [],
    });
    expect(progress[0]).toBe('feeds');
    expect(progress).toContain('articles');
    expect(progress).toContain('images');
    expect(progress.at(-1)).toBe('idle');
    expect(finished).toEqual([summary]);

    const { articles } = await backend.listArticles({ sourceId: feed.id });
    expect(articles.map((article) => article.offline)).toEqual(['complete', 'complete']);
    const harbour = articles.find((article) => article.title.startsWith('Harbour'))!;
    const full = (await backend.getArticle(harbour.id))!;
    expect(full.url).toBe(server!.url('/articles/harbour.html'));
    expect(full.text.split(/\s+/).length).toBeGreaterThan(200);
    expect(full.text).not.toMatch(/We use cookies|Share this/);
    const src = /<img[^>]*src="([^"]+)"/.exec(full.html)![1]!;
    expect(src).toMatch(/^\/media\/[0-9a-f]{64}\.png$/);
    expect(existsSync(resolveMediaFile(join(dataDir, 'images'), src)!)).toBe(true);
  });

  it('costs a conditional request and no writes when nothing changed', async () => {
    const { backend, server } = await setUp((origin) => ({
      '/world.xml': serveBody(worldFeed(origin()), { etag: '"v1"' }),
      '/articles/harbour.html': status(404),
    }));
    const { feed } = await backend.addFeed(server.url('/world.xml'));
    await backend.sync();
    const before = server.requests.length;
    const summary = await backend.sync();
    expect(summary).toMatchObject({ succeeded: 1, notModified: 1, newArticles: 0 });
    const feedRequests = server.requests
      .slice(before)
      .filter((request) => request.path === '/world.xml');
    expect(feedRequests).toHaveLength(1);
    expect(feedRequests[0]!.headers['if-none-match']).toBe('"v1"');
    expect((await backend.listFeeds())[0]!.health).toMatchObject({ lastError: null, failures: 0 });
    expect(feed.id).toBeGreaterThan(0);
  });

  it('updates a changed item without losing its read and starred state, and keeps items that left the feed', async () => {
    let version = 1;
    const { backend } = await setUp((origin) => ({
      '/world.xml': (req, res) =>
        serveBody(
          version === 1
            ? worldFeed(origin())
            : rssFeed({
                title: 'World Desk',
                link: `${origin()}/`,
                items: [
                  {
                    guid: 'grain-2',
                    title: 'Grain prices fall further at the coast',
                    link: `${origin()}/articles/grain.html`,
                    description: 'Prices fell again.',
                    content: `${longStory}<p>Update: prices fell again on Tuesday.</p>`,
                  },
                ],
              }),
          { etag: `"v${version}"` },
        )(req, res),
    }));
    const { feed } = await backend.addFeed(server!.url('/world.xml'));
    const grain = (await backend.listArticles({ sourceId: feed.id })).articles.find((a) =>
      a.title.startsWith('Grain'),
    )!;
    await backend.setRead(grain.id, true);
    await backend.setStarred(grain.id, true);

    version = 2;
    const summary = await backend.sync({ feedIds: [feed.id] });
    expect(summary).toMatchObject({ newArticles: 0, updatedArticles: 1 });
    const updated = (await backend.getArticle(grain.id))!;
    expect(updated).toMatchObject({
      title: 'Grain prices fall further at the coast',
      read: true,
      starred: true,
    });
    expect(updated.text).toContain('prices fell again on Tuesday');
    expect((await backend.listArticles({ sourceId: feed.id })).total).toBe(2);
  });

  it('recognises an item by its link when the feed gives no guid, ignoring tracking parameters', async () => {
    let campaign = 'a';
    const { backend } = await setUp((origin) => ({
      '/noguid.xml': (req, res) =>
        serveBody(
          rssFeed({
            title: 'No Guids',
            link: `${origin()}/`,
            items: [
              {
                guid: '',
                title: 'Bridge opens',
                link: `${origin()}/bridge.html?id=4&utm_campaign=${campaign}`,
                description: 'The bridge opened.',
                content: longStory,
              },
            ],
          }).replace(/<guid[^>]*><\/guid>/, ''),
          { etag: `"${campaign}"` },
        )(req, res),
    }));
    const { feed } = await backend.addFeed(server!.url('/noguid.xml'));
    campaign = 'b';
    const summary = await backend.sync({ feedIds: [feed.id] });
    expect(summary.newArticles).toBe(0);
    expect((await backend.listArticles({ sourceId: feed.id })).total).toBe(1);
  });
});

describe('faults', () => {
  it('records a clear per-feed error, syncs the other feeds, and loses nothing stored', async () => {
    let broken = false;
    const { backend } = await setUp((origin) => ({
      '/world.xml': (req, res) =>
        broken ? status(500)(req, res) : serveBody(worldFeed(origin()))(req, res),
      '/other.xml': serveBody(
        rssFeed({
          title: 'Other Desk',
          link: `${origin()}/`,
          items: [
            {
              guid: 'o1',
              title: 'Ferry timetable changes',
              link: `${origin()}/ferry.html`,
              description: 'x',
              content: longStory,
            },
          ],
        }),
      ),
      '/busy.xml': status(429, { retryAfter: 3600 }),
    }));
    const world = (await backend.addFeed(server!.url('/world.xml'))).feed;
    await backend.addFeed(server!.url('/other.xml'));
    const stored = (await backend.listArticles({ sourceId: world.id })).total;

    broken = true;
    const summary = await backend.sync();
    expect(summary.failed.map((failure) => failure.title)).toEqual(['World Desk']);
    expect(summary.failed[0]!.error).toMatch(/500/);
    expect(summary.succeeded).toBe(1);
    expect((await backend.listArticles({ sourceId: world.id })).total).toBe(stored);

    const health = (await backend.listFeeds()).find((feed) => feed.id === world.id)!.health;
    expect(health.failures).toBe(1);
    expect(health.lastError).toMatch(/500/);
    expect(Date.parse(health.nextAttemptAt!)).toBeGreaterThan(Date.parse('2026-11-27T12:00:00Z'));
    const [source] = (await backend.listSources()).filter((s) => s.id === world.id);
    expect(source!.error).toMatch(/500/);
  });
});

describe('subscriptions', () => {
  it('round-trips OPML with nested folders and unsubscribes keeping starred articles', async () => {
    const { backend } = await setUp((origin) => ({
      '/world.xml': serveBody(worldFeed(origin())),
    }));
    const opml = `<?xml version="1.0"?><opml version="2.0"><head><title>x</title></head><body>
      <outline text="News"><outline text="Africa">
        <outline text="World Desk" type="rss" xmlUrl="${server!.url('/world.xml')}" htmlUrl="${server!.origin}/"/>
      </outline></outline>
      <outline text="Loose" type="rss" xmlUrl="https://loose.example/feed"/>
      <outline text="Bad" type="rss" xmlUrl="ftp://nope.example/feed"/>
    </body></opml>`;
    const report = await backend.importOpml(opml);
    expect(report).toMatchObject({ added: 2, existing: 0, folders: 2 });
    expect(report.feedIds).toHaveLength(2);
    expect(report.failed).toHaveLength(1);
    expect((await backend.importOpml(opml)).existing).toBe(2);

    const folders = await backend.listFolders();
    const africa = folders.find((folder) => folder.name === 'Africa')!;
    expect(folders.find((folder) => folder.id === africa.parentId)?.name).toBe('News');
    const exported = await backend.exportOpml();
    expect(exported).toMatch(
      /<outline text="News"[^>]*>\s*<outline text="Africa"[^>]*>\s*<outline text="World Desk"/,
    );

    const world = (await backend.listFeeds()).find((feed) => feed.title === 'World Desk')!;
    await backend.sync({ feedIds: [world.id] });
    const { articles } = await backend.listArticles({
      folderId: folders.find((f) => f.name === 'News')!.id,
    });
    expect(articles).toHaveLength(2);
    await backend.setStarred(articles[0]!.id, true);
    expect(await backend.removeFeed(world.id)).toEqual({ removedArticles: 1, keptStarred: 1 });
    expect((await backend.listFeeds()).map((feed) => feed.title)).toEqual(['Loose']);
    expect((await backend.listSources()).find((source) => source.id === world.id)).toMatchObject({
      archived: true,
      articleCount: 1,
    });
  });
});

describe('the sync engine under way', () => {
  it('stores the new address of a feed that moved for good', async () => {
    const { backend, server } = await setUp((origin) => ({
      '/old.xml': (req, res) => {
        res.writeHead(301, { Location: '/new.xml' }).end();
      },
      '/new.xml': serveBody(worldFeed(origin()), { etag: '"n"' }),
    }));
    const { feed } = await backend.addFeed(server.url('/old.xml'));
    expect(feed.feedUrl).toBe(server.url('/new.xml'));
    await backend.updateFeed(feed.id, { title: 'Renamed Desk' });
    await backend.sync({ feedIds: [feed.id] });
    expect((await backend.listFeeds())[0]).toMatchObject({
      title: 'Renamed Desk',
      feedUrl: server.url('/new.xml'),
    });
  });

  it('can be cancelled, leaving what it stored intact and the rest for the next sync', async () => {
    const { backend } = await setUp((origin) => ({
      '/world.xml': serveBody(worldFeed(origin())),
      '/articles/harbour.html': delay(
        5000,
        serveBody(articlePage({ title: 'Harbour', paragraphs: paragraphs(3, 6) }), {
          contentType: 'text/html',
        }),
      ),
    }));
    const { feed } = await backend.addFeed(server!.url('/world.xml'));
    const running = backend.sync({ feedIds: [feed.id] });
    await new Promise<void>((resolve) => {
      const off = backend.on('sync-progress', (progress) => {
        if (progress.phase === 'articles') {
          off();
          resolve();
        }
      });
    });
    await backend.cancelSync();
    const summary = await running;
    expect(summary.cancelled).toBe(true);
    expect((await backend.getSyncProgress()).running).toBe(false);
    const { articles } = await backend.listArticles({ sourceId: feed.id });
    expect(articles).toHaveLength(2);
    expect(articles.find((article) => article.title.startsWith('Harbour'))!.offline).toBe(
      'summary-only',
    );
  });

  it('keeps the image cache within its budget, dropping unstarred articles images first', async () => {
    const { backend, dataDir } = await setUp((origin) => ({
      '/pictures.xml': serveBody(
        rssFeed({
          title: 'Pictures',
          link: `${origin()}/`,
          items: [1, 2, 3].map((n) => ({
            guid: `p${n}`,
            title: `Picture story ${n}`,
            link: `${origin()}/p${n}.html`,
            description: 'x',
            content: `${longStory}<p><img src="/img/${n}.png" alt=""></p>`,
            published: new Date(Date.UTC(2026, 10, n)),
          })),
        }),
      ),
      '/img/1.png': serveBody(pngImage(40, 40, 10), { contentType: 'image/png' }),
      '/img/2.png': serveBody(pngImage(40, 40, 90), { contentType: 'image/png' }),
      '/img/3.png': serveBody(pngImage(40, 40, 170), { contentType: 'image/png' }),
    }));
    const { feed } = await backend.addFeed(server!.url('/pictures.xml'));
    const oldest = (await backend.listArticles({ sourceId: feed.id })).articles.find((a) =>
      a.title.endsWith('1'),
    )!;
    await backend.setStarred(oldest.id, true);
    await backend.updateSettings({ imageBudgetMB: 0 });
    const summary = await backend.sync({ feedIds: [feed.id] });
    expect(summary.images).toBe(3);
    const articles = (await backend.listArticles({ sourceId: feed.id })).articles;
    for (const article of articles) {
      const html = (await backend.getArticle(article.id))!.html;
      // Over budget: only the starred article keeps its offline copy.
      expect(html.includes('src="/media/'), article.title).toBe(article.id === oldest.id);
    }
    const { readdirSync } = await import('node:fs');
    const files = readdirSync(join(dataDir, 'images'), { recursive: true }).filter((name) =>
      String(name).endsWith('.png'),
    );
    expect(files).toHaveLength(1);
  });

  it('syncs due feeds by itself in a long-running host', async () => {
    const { backend: first } = await setUp((origin) => ({
      '/world.xml': serveBody(worldFeed(origin())),
    }));
    await first.close();
    const scheduled = await createBackend({
      dataDir: makeTempDir(),
      autoSync: true,
      schedulerTiming: { startDelayMs: 10, checkEveryMs: 50 },
    });
    backend = scheduled;
    const finished = new Promise((resolve) => scheduled.on('sync-finished', resolve));
    await scheduled.importOpml(
      `<opml version="2.0"><body><outline text="W" xmlUrl="${server!.url('/world.xml')}"/></body></opml>`,
    );
    expect(await finished).toMatchObject({ feeds: 1, succeeded: 1, newArticles: 2 });
  });
});
