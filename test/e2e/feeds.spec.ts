// Feeds in the real UI against `outpost serve` and a real news site on 127.0.0.1: subscribe,
// sync, read offline, failures, folders, settings, unsubscribing, OPML and preferences.
import { writeFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { sitePage } from '../helpers/feed-fixtures.ts';
import {
  serveBody,
  startHttpTestServer,
  status,
  type Handler,
  type HttpTestServer,
} from '../helpers/http-test-server.ts';
import {
  createGate,
  feedOf,
  opmlOf,
  storyParagraphs,
  storyRoutes,
  type Story,
} from './feed-site.ts';
import { snapshotThemes, watchConsole } from './page-checks.ts';
import { expect, test as outpostTest } from './serve-fixture.ts';

const harbour: Story = {
  slug: 'harbour',
  title: 'Harbour reopens after the storm',
  teaser: 'The harbour reopened on Monday.',
  seed: 11,
  image: true,
};
const railway: Story = {
  slug: 'railway',
  title: 'Railway to the coast runs again',
  teaser: 'Trains are back on the coast line.',
  seed: 12,
};
const drought: Story = {
  slug: 'drought',
  title: 'Farmers count the cost of the drought',
  teaser: 'A dry season in the north.',
  seed: 13,
};
const river: Story = {
  slug: 'river',
  title: 'River ferry doubles its crossings',
  teaser: 'More boats for the market days.',
  seed: 14,
};

type Routes = (origin: () => string) => Record<string, Handler>;

/** A news site on 127.0.0.1 for the test, closed after it (or earlier, to play "offline"). */
const test = outpostTest.extend<{ startSite: (routes: Routes) => Promise<HttpTestServer> }>({
  // Playwright requires a destructuring pattern here even when a fixture needs no other fixture.
  // eslint-disable-next-line no-empty-pattern
  startSite: async ({}, use) => {
    const servers: HttpTestServer[] = [];
    await use(async (routes) => {
      let origin = '';
      const server = await startHttpTestServer(routes(() => origin));
      origin = server.origin;
      // Closing twice would wait for a 'close' event that never comes again.
      const close = server.close.bind(server);
      let closing: Promise<void> | null = null;
      server.close = () => (closing ??= close());
      servers.push(server);
      return server;
    });
    for (const server of servers) await server.close();
  },
});

const html = { contentType: 'text/html; charset=utf-8' };

function sidebarFeed(page: Page, title: string): Locator {
  return page.getByTestId('feed').filter({ hasText: title });
}

function articles(page: Page): Locator {
  return page.getByRole('listbox', { name: 'Articles' });
}

function syncNow(page: Page): Locator {
  return page.getByRole('button', { name: 'Sync now' });
}

/** Subscribes through the Add feed dialog and waits for the sync that follows to finish. */
async function addFeed(page: Page, address: string, title: string): Promise<void> {
  await page.getByRole('button', { name: 'Add feed…', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Add a feed' });
  await dialog.getByLabel('Site or feed address').fill(address);
  await dialog.getByRole('button', { name: 'Add feed', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(sidebarFeed(page, title)).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: title })).toBeVisible();
  await expect(syncNow(page)).toBeEnabled();
}

async function openFeedMenu(page: Page, title: string): Promise<void> {
  const row = sidebarFeed(page, title);
  await row.hover();
  await page.getByRole('button', { name: `Actions for ${title}`, exact: true }).click();
}

test('adds a feed by its site address, syncs it and reads it offline', async ({
  page,
  outpost,
  startSite,
}, testInfo) => {
  const errors = watchConsole(page);
  let published: Story[] = [railway, drought];
  const harbourPage = createGate();
  const pages = storyRoutes([railway, drought, harbour]);
  const site = await startSite((origin) => ({
    ...pages,
    '/': serveBody(sitePage('/world.xml'), html),
    '/world.xml': feedOf('World Desk', origin, () => published),
    '/articles/harbour.html': harbourPage.hold(pages['/articles/harbour.html']!),
  }));

  await page.goto(outpost.url);
  await addFeed(page, site.origin, 'World Desk');
  const list = articles(page);
  await expect(list.getByRole('option')).toHaveCount(2);
  await expect(list.getByRole('option', { name: railway.title })).toBeVisible();
  // The sync that follows a subscription fetches the full articles.
  await expect(list.getByTestId('offline-indicator')).toHaveCount(0);

  // The site publishes a story; its page is held so the running sync can be seen.
  published = [harbour, railway, drought];
  await syncNow(page).click();
  const progress = page.getByRole('progressbar', { name: 'Sync progress' });
  await expect(progress).toBeVisible();
  await harbourPage.reached;
  await expect(progress).toHaveAttribute('aria-valuetext', /^Full articles/);
  const row = list.getByRole('option', { name: harbour.title });
  await expect(row.getByTestId('offline-indicator')).toHaveAttribute(
    'data-offline',
    'summary-only',
  );
  await snapshotThemes(page, testInfo, 'sync-progress');
  harbourPage.release();
  await expect(syncNow(page)).toBeVisible();
  await expect(progress).toBeHidden();
  await expect(row.getByTestId('offline-indicator')).toHaveCount(0);

  // The web is gone: the article, its text and its picture come from the data folder.
  await site.close();
  await row.click();
  const reader = page.getByTestId('reader');
  await expect(reader.getByRole('heading', { level: 1 })).toHaveText(harbour.title);
  await expect(reader.getByText('By Amina Diallo', { exact: true })).toBeVisible();
  const body = page.getByTestId('reader-body');
  const [first, , , last] = storyParagraphs(harbour);
  await expect(body).toContainText(first!);
  await expect(body).toContainText(last!);
  await expect(page.getByTestId('reader-offline-note')).toHaveCount(0);
  const image = body.locator('img');
  await expect(image).toHaveAttribute('src', /^\/media\//);
  await expect
    .poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
    .toBe(24);
  await snapshotThemes(page, testInfo, 'reader-offline');
  expect(errors).toEqual([]);
});

test('says why an address has no feed, with a clean console', async ({
  page,
  outpost,
  startSite,
}) => {
  const errors = watchConsole(page);
  const site = await startSite(() => ({
    '/plain': serveBody('<!doctype html><title>Plain</title><p>No feed here.</p>', html),
  }));
  await page.goto(outpost.url);
  await page.getByRole('button', { name: 'Add feed…', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Add a feed' });
  await dialog.getByLabel('Site or feed address').fill(site.url('/plain'));
  await dialog.getByRole('button', { name: 'Add feed', exact: true }).click();
  await expect(dialog.getByRole('alert')).toContainText(`No feed found at ${site.url('/plain')}`);
  await expect(dialog.getByLabel('Site or feed address')).toBeFocused();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByTestId('feeds-none')).toBeVisible();
  expect(errors).toEqual([]);
});

test('marks a failing feed, explains it in its header and in the sync report', async ({
  page,
  outpost,
  startSite,
}, testInfo) => {
  const errors = watchConsole(page);
  let coastBroken = false;
  const site = await startSite((origin) => {
    const coast = feedOf('Coast Post', origin, () => [drought]);
    return {
      ...storyRoutes([railway, drought]),
      '/world.xml': feedOf('World Desk', origin, () => [railway]),
      '/coast.xml': (req, res) => (coastBroken ? status(500) : coast)(req, res),
    };
  });

  await page.goto(outpost.url);
  await addFeed(page, site.url('/world.xml'), 'World Desk');
  await addFeed(page, site.url('/coast.xml'), 'Coast Post');
  await expect(page.getByTestId('feed-error')).toHaveCount(0);

  coastBroken = true;
  await syncNow(page).click();
  const coastRow = sidebarFeed(page, 'Coast Post');
  await expect(coastRow.getByRole('img', { name: 'Last sync failed' })).toBeVisible();
  await expect(sidebarFeed(page, 'World Desk').getByTestId('feed-error')).toHaveCount(0);
  const report = page.getByTestId('sync-report');
  await expect(report).toHaveAttribute('role', 'alert');
  await expect(report).toContainText('1 of 2 feeds could not be updated');
  await expect(report).toContainText(
    `Coast Post: ${site.origin.slice('http://'.length)} answered 500 Internal Server Error`,
  );

  await coastRow.click();
  const health = page.getByTestId('feed-health');
  await expect(health).toContainText('Last sync failed:');
  await expect(health).toContainText('answered 500 Internal Server Error');
  await expect(health).toContainText('the problem is on its side');
  // What was saved before stays readable.
  await expect(articles(page).getByRole('option', { name: drought.title })).toBeVisible();
  await snapshotThemes(page, testInfo, 'sync-report');

  await report.getByRole('button', { name: 'Dismiss' }).click();
  await expect(report).toBeHidden();
  expect(errors).toEqual([]);
});

test('reports the failures of a sync the scheduler started', async ({
  page,
  launchOutpost,
  startSite,
}, testInfo) => {
  const errors = watchConsole(page);
  const gone = createGate();
  const site = await startSite(() => ({ '/gone.xml': gone.hold(status(404)) }));
  const opml = testInfo.outputPath('gone.opml');
  writeFileSync(opml, opmlOf([{ title: 'Gone Gazette', url: site.url('/gone.xml') }]));
  // Subscribed before the server starts and never synced: due at once, so the scheduler takes it.
  const outpost = await launchOutpost({ commands: [['opml', 'import', opml]] });

  const syncCalls: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname === '/api/call/sync') syncCalls.push(request.url());
  });
  const eventsOpen = page.waitForResponse(
    (response) => new URL(response.url()).pathname === '/api/events',
  );
  await page.goto(outpost.url);
  await eventsOpen;
  await gone.reached;
  gone.release();

  const report = page.getByTestId('sync-report');
  await expect(report).toContainText('1 of 1 feed could not be updated');
  await expect(report).toContainText('Gone Gazette');
  await expect(report).toContainText('404 Not Found');
  await expect(sidebarFeed(page, 'Gone Gazette').getByTestId('feed-error')).toBeVisible();
  expect(syncCalls).toEqual([]);
  expect(errors).toEqual([]);
});

test('selects a folder to list the articles of its feeds', async ({
  page,
  outpost,
  startSite,
}, testInfo) => {
  const errors = watchConsole(page);
  const site = await startSite((origin) => ({
    ...storyRoutes([harbour, railway, drought]),
    '/world.xml': feedOf('World Desk', origin, () => [harbour, railway]),
    '/coast.xml': feedOf('Coast Post', origin, () => [drought]),
  }));
  await page.goto(outpost.url);
  await addFeed(page, site.url('/world.xml'), 'World Desk');
  await addFeed(page, site.url('/coast.xml'), 'Coast Post');

  await page.getByRole('button', { name: 'Feed list actions' }).click();
  await page.getByRole('menuitem', { name: 'New folder…' }).click();
  const newFolder = page.getByRole('dialog', { name: 'New folder' });
  await newFolder.getByLabel('Name').fill('Africa');
  await newFolder.getByRole('button', { name: 'Create' }).click();
  await expect(newFolder).toBeHidden();
  const folder = page.getByTestId('folder').filter({ hasText: 'Africa' });
  await expect(folder).toBeVisible();
  const sidebar = page.getByRole('navigation', { name: 'Library' });
  await expect(sidebar.getByText('No feeds in this folder')).toBeVisible();
  await folder.click();
  await expect(page.getByTestId('list-empty')).toContainText('No feeds in this folder.');
  await expect(page.getByTestId('list-count')).toHaveText('0 articles');

  await openFeedMenu(page, 'Coast Post');
  await page.getByRole('menuitem', { name: 'Move to folder…' }).click();
  const move = page.getByRole('dialog', { name: 'Move “Coast Post”' });
  await move.getByLabel('Folder').selectOption({ label: 'Africa' });
  await move.getByRole('button', { name: 'Move' }).click();
  await expect(move).toBeHidden();
  await expect(sidebar.getByText('No feeds in this folder')).toBeHidden();

  await folder.click();
  await expect(folder).toHaveAttribute('aria-current', 'page');
  await expect(page.getByRole('heading', { level: 2, name: 'Africa' })).toBeVisible();
  await expect(page.getByTestId('list-count')).toHaveText('1 article · 1 unread');
  // Away from the pointer, the row shows its unread total (hovering swaps it for the menu button).
  await page.getByRole('heading', { level: 2, name: 'Africa' }).hover();
  await expect(folder.getByTestId('folder-count')).toBeVisible();
  await expect(folder.getByTestId('folder-count')).toHaveText('1 unread');
  const list = articles(page);
  await expect(list.getByRole('option')).toHaveCount(1);
  await expect(list.getByRole('option', { name: drought.title })).toBeVisible();
  await snapshotThemes(page, testInfo, 'folder-selected');

  // The chevron opens and closes the folder without changing what is listed.
  await page.getByRole('button', { name: 'Collapse folder Africa' }).click();
  await expect(sidebarFeed(page, 'Coast Post')).toBeHidden();
  await expect(folder).toHaveAttribute('aria-current', 'page');
  await expect(list.getByRole('option')).toHaveCount(1);
  await page.getByRole('button', { name: 'Expand folder Africa' }).click();
  await expect(sidebarFeed(page, 'Coast Post')).toBeVisible();

  // Reading an article updates the folder's unread count in the header.
  await list.getByRole('option', { name: drought.title }).click();
  await expect(page.getByTestId('list-count')).toHaveText('1 article · 0 unread');

  await sidebarFeed(page, 'World Desk').click();
  await expect(list.getByRole('option')).toHaveCount(2);
  await expect(folder).not.toHaveAttribute('aria-current', 'page');

  // Deleting the selected folder leaves its feeds at the top level and the list on All articles.
  await folder.click();
  await page.getByRole('button', { name: 'Folder actions' }).click();
  await page.getByRole('menuitem', { name: 'Delete folder…' }).click();
  const confirm = page.getByRole('dialog', { name: 'Delete the folder “Africa”?' });
  await confirm.getByRole('button', { name: 'Delete folder' }).click();
  await expect(folder).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 2, name: 'All articles' })).toBeVisible();
  await expect(sidebarFeed(page, 'Coast Post')).toBeVisible();
  expect(errors).toEqual([]);
});

test('keeps a feed’s settings', async ({ page, outpost, startSite }) => {
  const errors = watchConsole(page);
  const site = await startSite((origin) => ({
    ...storyRoutes([railway]),
    '/world.xml': feedOf('World Desk', origin, () => [railway]),
  }));
  await page.goto(outpost.url);
  await addFeed(page, site.url('/world.xml'), 'World Desk');

  await openFeedMenu(page, 'World Desk');
  await page.getByRole('menuitem', { name: 'Feed settings…' }).click();
  let dialog = page.getByRole('dialog', { name: 'Settings for “World Desk”' });
  await expect(dialog.getByLabel('Check for new articles')).toHaveValue('');
  await dialog.getByLabel('Check for new articles').selectOption({ label: 'Every 3 hours' });
  await dialog.getByLabel('Always fetch the full article').check();
  await dialog.getByLabel('Save images for offline reading').uncheck();
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();

  await page.reload();
  await sidebarFeed(page, 'World Desk').click();
  await page.getByRole('button', { name: 'Feed actions' }).click();
  await page.getByRole('menuitem', { name: 'Feed settings…' }).click();
  dialog = page.getByRole('dialog', { name: 'Settings for “World Desk”' });
  await expect(dialog.getByLabel('Check for new articles')).toHaveValue('180');
  await expect(dialog.getByLabel('Always fetch the full article')).toBeChecked();
  await expect(dialog.getByLabel('Save images for offline reading')).not.toBeChecked();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  expect(errors).toEqual([]);
});

test('unsubscribes but keeps a starred article', async ({ page, outpost, startSite }) => {
  const errors = watchConsole(page);
  const site = await startSite((origin) => ({
    ...storyRoutes([harbour, railway]),
    '/world.xml': feedOf('World Desk', origin, () => [harbour, railway]),
  }));
  await page.goto(outpost.url);
  await addFeed(page, site.url('/world.xml'), 'World Desk');
  await articles(page).getByRole('option', { name: railway.title }).click();
  await page.getByRole('button', { name: 'Star article' }).click();
  await expect(page.getByTestId('view-starred-count')).toHaveText('1');

  await openFeedMenu(page, 'World Desk');
  await page.getByRole('menuitem', { name: 'Unsubscribe…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Unsubscribe from “World Desk”?' });
  await expect(dialog).toContainText('Its starred article stays in your library');
  await dialog.getByRole('button', { name: 'Unsubscribe' }).click();
  await expect(dialog).toBeHidden();
  await expect(sidebarFeed(page, 'World Desk')).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 2, name: 'All articles' })).toBeVisible();
  await expect(page.getByTestId('view-all-count')).toHaveText('1');

  await page.getByTestId('view-starred').click();
  await expect(articles(page).getByRole('option')).toHaveCount(1);
  await expect(articles(page).getByRole('option', { name: railway.title })).toBeVisible();

  await page.getByTestId('archived-toggle').click();
  await page.getByTestId('archived-feed').filter({ hasText: 'World Desk' }).click();
  await expect(page.getByTestId('feed-health')).toHaveText(
    'Unsubscribed: only its starred articles are kept.',
  );
  expect(errors).toEqual([]);
});

test('imports subscriptions from OPML and fetches exactly those feeds', async ({
  page,
  launchOutpost,
  startSite,
}) => {
  const errors = watchConsole(page);
  const site = await startSite((origin) => ({
    ...storyRoutes([railway, drought, river]),
    '/world.xml': feedOf('World Desk', origin, () => [railway]),
    '/coast.xml': feedOf('Coast Post', origin, () => [drought]),
    '/river.xml': feedOf('River News', origin, () => [river]),
  }));
  // No sync at start: the only sync of the new feeds must be the one asked for.
  const outpost = await launchOutpost({ settings: { syncOnStart: false } });
  await page.goto(outpost.url);
  await addFeed(page, site.url('/world.xml'), 'World Desk');

  const opml = opmlOf([
    { title: 'World Desk', url: site.url('/world.xml') },
    { title: 'Coast Post', url: site.url('/coast.xml') },
    { title: 'River News', url: site.url('/river.xml'), folder: 'Regions' },
  ]);
  await page.getByTestId('opml-input').setInputFiles({
    name: 'subscriptions.opml',
    mimeType: 'text/x-opml',
    buffer: Buffer.from(opml),
  });
  const report = page.getByTestId('opml-report');
  await expect(report).toContainText('Subscribed to 2 feeds');
  await expect(report).toContainText('1 folder created.');
  await expect(report).toContainText('1 feed already followed, left as it was.');
  await expect(sidebarFeed(page, 'Coast Post')).toBeVisible();
  await expect(page.getByTestId('folder').filter({ hasText: 'Regions' })).toBeVisible();
  await expect(sidebarFeed(page, 'River News')).toBeVisible();
  await expect(sidebarFeed(page, 'Coast Post').getByTestId('feed-count')).toHaveCount(0);

  const before = site.requests.length;
  await report.getByRole('button', { name: 'Fetch them now' }).click();
  await expect(sidebarFeed(page, 'Coast Post').getByTestId('feed-count')).toHaveText('1 unread');
  await expect(sidebarFeed(page, 'River News').getByTestId('feed-count')).toHaveText('1 unread');
  await expect(syncNow(page)).toBeVisible();
  const feedsFetched = site.requests
    .slice(before)
    .map((request) => request.path)
    .filter((path) => path.endsWith('.xml'));
  expect(feedsFetched.sort()).toEqual(['/coast.xml', '/river.xml']);
  expect(errors).toEqual([]);
});

test('keeps the sync interval set in Preferences', async ({ page, outpost }) => {
  const errors = watchConsole(page);
  await page.goto(outpost.url);
  await page.getByRole('button', { name: 'Preferences' }).click();
  let dialog = page.getByRole('dialog', { name: 'Preferences' });
  const interval = dialog.getByLabel('Sync feeds every');
  await expect(interval).toHaveValue('60');
  await interval.fill('2');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog.getByText('The sync interval must be between 5 and 10,080.')).toBeVisible();
  await interval.fill('45');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();

  await page.reload();
  await page.getByRole('button', { name: 'Preferences' }).click();
  dialog = page.getByRole('dialog', { name: 'Preferences' });
  await expect(dialog.getByLabel('Sync feeds every')).toHaveValue('45');
  expect(errors).toEqual([]);
});
