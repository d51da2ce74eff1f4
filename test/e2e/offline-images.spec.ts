// Reading never reaches the web: a hostile feed, its pages and imported files carry every way an
// image can ask the network for something; opening each article must make no request outside the
// app, show what was saved from the offline cache, and a placeholder for the rest.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { escapeXml, paragraphs, pngImage, rssFeed } from '../helpers/feed-fixtures.ts';
import {
  serveBody,
  startHttpTestServer,
  status,
  type Handler,
  type HttpTestServer,
} from '../helpers/http-test-server.ts';
import { watchConsole } from './page-checks.ts';
import { expect, test } from './serve-fixture.ts';

const png = { contentType: 'image/png' };

/** Every way an article's markup can make a page load an image. */
function hostileImages(origin: string, tag: string): string {
  const at = (name: string) => `${origin}/images/${tag}-${name}`;
  return [
    `<p><img src="${at('saved.png')}" alt="A saved picture"></p>`,
    `<p><img src="${at('pixel.gif')}" width="1" height="1"></p>`,
    `<p><img srcset="${at('only-srcset.png')} 1x, ${at('only-srcset@2x.png')} 2x" alt="srcset only"></p>`,
    `<p><img src="${at('small.png')}" srcset="${at('large.png')} 2x" alt="srcset"></p>`,
    `<picture><source srcset="${at('picture.webp')}" type="image/webp"><img src="${at('picture.png')}" alt="picture"></picture>`,
    `<p><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" data-src="${at('lazy.png')}" alt="lazy"></p>`,
    `<p><img src="${at('drawing.svg')}" alt="A drawing"></p>`,
    `<p><img src="${at('huge.png')}" alt="Too big"></p>`,
    `<p><img src="${at('agent.png')}" alt="Not for Outpost"></p>`,
    `<p><img src="http://127.0.0.1:9/${tag}-unreachable.png" alt="Unreachable"></p>`,
  ].join('\n');
}

const stories = ['harbour', 'railway'];

function site(origin: () => string, agentAllowed: () => boolean): Record<string, Handler> {
  const routes: Record<string, Handler> = {
    '/feed.xml': (req, res) =>
      serveBody(
        rssFeed({
          title: 'Hostile News',
          link: `${origin()}/`,
          items: stories.map((slug, index) => ({
            guid: slug,
            title: `Story about the ${slug}`,
            link: `${origin()}/articles/${slug}.html`,
            // The first carries everything in the feed itself; the second is a teaser, so its page is fetched.
            description: index === 0 ? 'In full below.' : 'A teaser.',
            content:
              index === 0
                ? `${hostileImages(origin(), slug)}${paragraphs(31, 3)
                    .map((p) => `<p>${escapeXml(p)}</p>`)
                    .join('')}`
                : undefined,
            published: new Date(Date.UTC(2026, 10, 20, 8 + index)),
          })),
        }),
      )(req, res),
  };
  for (const slug of stories) {
    routes[`/articles/${slug}.html`] = (req, res) =>
      serveBody(
        `<!doctype html><html><head><meta charset="utf-8"><title>Story about the ${slug}</title></head><body><main><article><h1>Story about the ${slug}</h1>${hostileImages(origin(), `${slug}-page`)}${paragraphs(
          32,
          4,
        )
          .map((p) => `<p>${escapeXml(p)}</p>`)
          .join('')}</article></main></body></html>`,
        { contentType: 'text/html; charset=utf-8' },
      )(req, res);
  }
  const images: Handler = (req, res) => {
    const name = new URL(req.url ?? '/', 'http://x').pathname;
    if (name.endsWith('.svg')) {
      return serveBody('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>', {
        contentType: 'image/svg+xml',
      })(req, res);
    }
    if (name.includes('huge')) return serveBody(new Uint8Array(2_500_000).fill(7), png)(req, res);
    // This host refuses Outpost until it changes its mind.
    if (
      name.includes('agent') &&
      !agentAllowed() &&
      /Outpost/i.test(req.headers['user-agent'] ?? '')
    )
      return status(404)(req, res);
    return serveBody(pngImage(24, 16, 90), png)(req, res);
  };
  const names = ['saved.png', 'pixel.gif', 'only-srcset.png', 'only-srcset@2x.png', 'small.png'];
  names.push('large.png', 'picture.webp', 'picture.png', 'lazy.png', 'drawing.svg', 'huge.png');
  names.push('agent.png');
  for (const tag of [...stories, ...stories.map((slug) => `${slug}-page`)]) {
    for (const name of names) routes[`/images/${tag}-${name}`] = images;
  }
  for (const path of ['/images/md-chart.png', '/images/page-absolute.png', '/dir/relative.png'])
    routes[path] = images;
  return routes;
}

let server: HttpTestServer | null = null;
let files: string | null = null;

test.afterEach(async () => {
  await server?.close();
  server = null;
  if (files) rmSync(files, { recursive: true, force: true });
  files = null;
});

/** Every request the page makes that does not go to the app itself. */
function watchOutside(page: Page, appOrigin: () => string): string[] {
  const outside: string[] = [];
  page.on('request', (request) => {
    const url = request.url();
    if (url.startsWith('data:')) return;
    if (new URL(url).origin !== appOrigin()) outside.push(url);
  });
  return outside;
}

test('reading hostile articles makes no request outside the app', async ({
  page,
  launchOutpost,
}) => {
  let origin = '';
  let agentAllowed = false;
  server = await startHttpTestServer(
    site(
      () => origin,
      () => agentAllowed,
    ),
  );
  origin = server.origin;
  files = mkdtempSync(join(tmpdir(), 'outpost-hostile-'));
  writeFileSync(
    join(files, 'notes.md'),
    `---\ntitle: Notes with a picture\n---\n\nA note.\n\n![A chart](${origin}/images/md-chart.png)\n`,
  );
  writeFileSync(
    join(files, 'saved-page.html'),
    `<!doctype html><html><head><title>A saved page</title><base href="${origin}/dir/"></head><body><article><h1>A saved page</h1><p>${paragraphs(33, 1)[0]}</p><img src="relative.png" alt="Relative"><img src="${origin}/images/page-absolute.png" alt="Absolute"></article></body></html>`,
  );
  const outpost = await launchOutpost({
    settings: { maxImageMB: 1 },
    commands: [['feeds', 'add', `${origin}/feed.xml`], ['sync'], ['import', files]],
  });
  const appOrigin = new URL(outpost.url).origin;
  const outside = watchOutside(page, () => appOrigin);
  const errors = watchConsole(page);
  await page.goto(outpost.url);

  const rows = page.getByTestId('article-row');
  await expect(rows).toHaveCount(4);
  const body = page.getByTestId('reader-body');
  for (let i = 0; i < 4; i++) {
    const title = (await rows.nth(i).locator('.article-row__title').textContent())!;
    await rows.nth(i).click();
    await expect(page.getByTestId('reader').getByRole('heading', { level: 1 })).toHaveText(title);
    // Every picture on screen is the app's own (or inline).
    const sources = await body
      .locator('img')
      .evaluateAll((images) =>
        images.map((image) => (image as HTMLImageElement).currentSrc || image.getAttribute('src')),
      );
    for (const source of sources)
      expect(source, title).toMatch(new RegExp(`^(${appOrigin}/media/|data:)`));
  }
  await page.waitForTimeout(500);
  expect(outside).toEqual([]);

  // The feed's own article: saved images from the cache, the rest as placeholders that say why.
  await rows.filter({ hasText: 'Story about the harbour' }).click();
  await expect(body.getByRole('img', { name: 'A saved picture' })).toHaveAttribute(
    'src',
    /^\/media\/[0-9a-f]{64}\.png\?key=[\w-]+$/,
  );
  await expect(body.getByRole('img', { name: /A drawing \(not saved/ })).toHaveAttribute(
    'title',
    /SVG images are not kept offline/,
  );
  await expect(body.getByRole('img', { name: /Too big \(not saved/ })).toHaveAttribute(
    'title',
    /larger|too large|MB/i,
  );
  const note = page.getByTestId('missing-images');
  await expect(note).toContainText('not saved for offline reading');

  // The publisher relents: "Load images" fetches through the backend, and the page still asks no one.
  agentAllowed = true;
  await note.getByRole('button', { name: 'Load images' }).click();
  await expect(body.getByRole('img', { name: 'Not for Outpost' })).toHaveAttribute(
    'src',
    /^\/media\//,
  );
  await expect(note).toContainText('still not saved');
  expect(outside).toEqual([]);
  expect(errors).toEqual([]);
});
