// Search in the real UI against `outpost serve`: facets, order, paging, saved searches, results
// that stay fresh while on screen, and the syntax help, in light and dark.
import { writeFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import {
  startHttpTestServer,
  type Handler,
  type HttpTestServer,
} from '../helpers/http-test-server.ts';
import { feedOf, opmlOf, storyRoutes, type Story } from './feed-site.ts';
import { snapshotThemes, watchConsole } from './page-checks.ts';
import { expect, test as outpostTest, type OutpostServer } from './serve-fixture.ts';

type Routes = (origin: () => string) => Record<string, Handler>;
type StartSite = (routes: Routes) => Promise<HttpTestServer>;

/** A news site on 127.0.0.1 for the test, closed after it. */
const test = outpostTest.extend<{ startSite: StartSite }>({
  // Playwright requires a destructuring pattern here even when a fixture needs no other fixture.
  // eslint-disable-next-line no-empty-pattern
  startSite: async ({}, use) => {
    const servers: HttpTestServer[] = [];
    await use(async (routes) => {
      let origin = '';
      const server = await startHttpTestServer(routes(() => origin));
      origin = server.origin;
      servers.push(server);
      return server;
    });
    for (const server of servers) await server.close();
  },
});

interface Doc {
  name: string;
  title: string;
  /** Front matter date (YYYY-MM-DD): the article's publication date. */
  date?: string;
  body: string;
}

function markdown(doc: Doc): Buffer {
  const front = [`title: ${doc.title}`, ...(doc.date ? [`date: ${doc.date}`] : [])];
  return Buffer.from(`---\n${front.join('\n')}\n---\n\n${doc.body}\n`);
}

/** Imports the documents through the window's file input, as a picked set of files. */
async function importDocs(page: Page, docs: readonly Doc[]): Promise<void> {
  await page
    .getByTestId('import-input')
    .setInputFiles(
      docs.map((doc) => ({ name: doc.name, mimeType: 'text/markdown', buffer: markdown(doc) })),
    );
  const noun = docs.length === 1 ? 'article' : 'articles';
  await expect(page.getByTestId('import-report')).toContainText(`Imported ${docs.length} ${noun}`);
}

function searchBox(page: Page): Locator {
  return page.getByRole('searchbox', { name: 'Search articles' });
}

function results(page: Page): Locator {
  return page.getByRole('listbox', { name: 'Search results' }).getByRole('option');
}

function listCount(page: Page): Locator {
  return page.getByTestId('list-count');
}

function chip(page: Page, name: string): Locator {
  return page.getByRole('button', { name, exact: true });
}

// ---------------------------------------------------------------------------------------------
// A library with ten sources and three years: nine feeds synced before the server starts, and
// three imported files. Every article mentions lighthouses.

const lighthouse = (slug: string, title: string, seed: number): Story => ({
  slug,
  title,
  teaser: `News of the ${slug} lighthouse.`,
  seed,
});

const feeds: Record<string, Story[]> = {
  Herald: [
    lighthouse('herald-north', 'Lighthouse keepers return to the north cape', 31),
    lighthouse('herald-south', 'South lighthouse gets a new lamp', 32),
    lighthouse('herald-east', 'East lighthouse opens to visitors', 33),
  ],
  Courier: [
    lighthouse('courier-storm', 'Storm damages the lighthouse pier', 34),
    lighthouse('courier-paint', 'Lighthouse repainted in red and white', 35),
  ],
  Chronicle: [lighthouse('chronicle', 'A history of the lighthouse', 36)],
  Dispatch: [lighthouse('dispatch', 'Lighthouse radio beacon switched off', 37)],
  Gazette: [lighthouse('gazette', 'Gazette visits the lighthouse', 38)],
  Ledger: [lighthouse('ledger', 'Lighthouse budget approved', 39)],
  Observer: [lighthouse('observer', 'Lighthouse birds counted', 40)],
  Sentinel: [lighthouse('sentinel', 'Sentinel rock lighthouse automated', 41)],
  Tribune: [lighthouse('tribune', 'Tribune lighthouse fog horn fixed', 42)],
};

const importedLighthouses: Doc[] = [
  {
    name: 'keepers-2024.md',
    title: 'The last lighthouse keepers',
    date: '2024-05-02',
    body: 'The lighthouse keepers left the island in spring.',
  },
  {
    name: 'museum-2025.md',
    title: 'Lighthouse museum opens',
    date: '2025-03-14',
    body: 'A museum now fills the old lighthouse.',
  },
  {
    name: 'lens-2025.md',
    title: 'A new lens for the old lighthouse',
    date: '2025-09-30',
    body: 'The lighthouse lens came back from the workshop.',
  },
];

async function launchLighthouseLibrary(
  launchOutpost: (options?: { commands?: string[][] }) => Promise<OutpostServer>,
  startSite: StartSite,
  opmlPath: string,
): Promise<OutpostServer> {
  const site = await startSite((origin) => {
    const routes: Record<string, Handler> = {};
    for (const [title, stories] of Object.entries(feeds)) {
      routes[`/${title.toLowerCase()}.xml`] = feedOf(title, origin, () => stories);
      Object.assign(routes, storyRoutes(stories));
    }
    return routes;
  });
  writeFileSync(
    opmlPath,
    opmlOf(
      Object.keys(feeds).map((title) => ({
        title,
        url: site.url(`/${title.toLowerCase()}.xml`),
      })),
    ),
  );
  // Synced by the CLI before the server starts: the server finds them unindexed and indexes them.
  return launchOutpost({ commands: [['opml', 'import', opmlPath], ['sync']] });
}

test('narrows and widens results with source and year facets', async ({
  page,
  launchOutpost,
  startSite,
}, testInfo) => {
  const errors = watchConsole(page);
  const outpost = await launchLighthouseLibrary(
    launchOutpost,
    startSite,
    testInfo.outputPath('lighthouses.opml'),
  );
  await page.goto(outpost.url);
  await importDocs(page, importedLighthouses);

  await searchBox(page).fill('lighthouse');
  // The imported files become searchable a moment after the import: the results catch up.
  await expect(listCount(page)).toHaveText('15 results');
  await expect(results(page)).toHaveCount(15);

  const sources = page.getByRole('group', { name: 'Source' });
  await expect(sources.getByTestId('facet-chip')).toHaveCount(8);
  await expect(chip(page, 'Source: Herald, 3 articles')).toHaveAttribute('aria-pressed', 'false');
  await expect(chip(page, 'Source: Imported files, 3 articles')).toBeVisible();
  await expect(chip(page, 'Source: Tribune, 1 article')).toBeHidden();
  const more = page.getByRole('button', { name: 'Show 2 more sources' });
  await more.click();
  await expect(chip(page, 'Source: Tribune, 1 article')).toBeVisible();
  await expect(sources.getByTestId('facet-chip')).toHaveCount(10);
  await page.getByRole('button', { name: 'Show fewer sources' }).click();
  await expect(sources.getByTestId('facet-chip')).toHaveCount(8);

  const years = page.getByRole('group', { name: 'Year' });
  await expect(years.getByTestId('facet-chip')).toHaveText(['202612', '20252', '20241']);
  await results(page).first().click();
  await snapshotThemes(page, testInfo, 'search-facets');

  // A source chip adds a quoted field phrase to the query in the box, and presses itself.
  await chip(page, 'Source: Herald, 3 articles').click();
  await expect(searchBox(page)).toHaveValue('lighthouse source:"Herald"');
  await expect(listCount(page)).toHaveText('3 results');
  await expect(results(page)).toHaveCount(3);
  const herald = chip(page, 'Source: Herald, 3 articles');
  await expect(herald).toHaveAttribute('aria-pressed', 'true');
  await expect(sources.getByTestId('facet-chip')).toHaveCount(1);
  await expect(herald).toBeFocused();

  // Pressed again, from the keyboard, it takes its part out of the query.
  await page.keyboard.press('Enter');
  await expect(searchBox(page)).toHaveValue('lighthouse');
  await expect(listCount(page)).toHaveText('15 results');
  await expect(chip(page, 'Source: Herald, 3 articles')).toHaveAttribute('aria-pressed', 'false');

  // A year chip adds the year's date range.
  await chip(page, 'Year: 2025, 2 articles').click();
  await expect(searchBox(page)).toHaveValue('lighthouse after:2025-01-01 before:2026-01-01');
  await expect(listCount(page)).toHaveText('2 results');
  await expect(results(page).filter({ hasText: 'A new lens' })).toBeVisible();
  await expect(results(page).filter({ hasText: 'Lighthouse museum opens' })).toBeVisible();
  await expect(chip(page, 'Source: Imported files, 2 articles')).toBeVisible();
  await expect(years.getByTestId('facet-chip')).toHaveCount(1);
  await snapshotThemes(page, testInfo, 'search-year');

  await chip(page, 'Year: 2025, 2 articles').click();
  await expect(searchBox(page)).toHaveValue('lighthouse');
  await expect(listCount(page)).toHaveText('15 results');
  await expect(years.getByTestId('facet-chip')).toHaveCount(3);
  expect(errors).toEqual([]);
});

test('narrows to a source whose name has several words', async ({ page, outpost }) => {
  const errors = watchConsole(page);
  await page.goto(outpost.url);
  await importDocs(page, importedLighthouses);
  await searchBox(page).fill('lighthouse');
  await expect(listCount(page)).toHaveText('3 results');
  await chip(page, 'Source: Imported files, 3 articles').click();
  await expect(searchBox(page)).toHaveValue('lighthouse source:"Imported files"');
  await expect(chip(page, 'Source: Imported files, 3 articles')).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(listCount(page)).toHaveText('3 results');
  expect(errors).toEqual([]);
});

test('orders results by best match or by date', async ({ page, outpost }) => {
  const errors = watchConsole(page);
  await page.goto(outpost.url);
  await importDocs(page, [
    {
      name: 'old.md',
      title: 'Tides, tides and more tides',
      date: '2019-06-01',
      body: 'Tides tides tides: the tides of the bay, tides at dawn, tides at dusk.',
    },
    {
      name: 'middle.md',
      title: 'Fishing report',
      date: '2022-06-01',
      body: 'Boats waited for the tides before leaving the harbour at noon.',
    },
    {
      name: 'new.md',
      title: 'Ferry timetable',
      date: '2025-06-01',
      body: 'The ferry runs with the tides this summer, and the cafe opens early.',
    },
  ]);
  await searchBox(page).fill('tides');
  await expect(listCount(page)).toHaveText('3 results');
  const sort = page.getByRole('group', { name: 'Sort' });
  await expect(sort.getByRole('button', { name: 'Best match' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(results(page).first()).toContainText('Tides, tides and more tides');

  await sort.getByRole('button', { name: 'Newest' }).click();
  await expect(sort.getByRole('button', { name: 'Newest' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(results(page)).toHaveText([/Ferry timetable/, /Fishing report/, /Tides, tides/]);

  await sort.getByRole('button', { name: 'Best match' }).click();
  await expect(results(page).first()).toContainText('Tides, tides and more tides');
  expect(errors).toEqual([]);
});

test('loads results 50 at a time, by scrolling or with Show more', async ({ page, outpost }) => {
  const errors = watchConsole(page);
  await page.goto(outpost.url);
  const notes: Doc[] = Array.from({ length: 120 }, (_, i) => {
    const n = String(i + 1).padStart(3, '0');
    return {
      name: `note-${n}.md`,
      title: `Tide table note ${n}`,
      date: `2025-01-${String((i % 28) + 1).padStart(2, '0')}`,
      body: `Note ${n} about the tide table for the pier.`,
    };
  });
  await importDocs(page, notes);

  await searchBox(page).fill('pier');
  await expect(listCount(page)).toHaveText('120 results');
  await expect(results(page)).toHaveCount(50);

  // Scrolling to the end of the list fetches the next page by itself.
  const scroller = page.locator('.article-list');
  await scroller.evaluate((element) => element.scrollTo({ top: element.scrollHeight }));
  await expect(results(page)).toHaveCount(100);
  const showMore = page.getByTestId('show-more');
  await expect(showMore).toHaveText('Show more (20 left)');

  await showMore.click();
  await expect(results(page)).toHaveCount(120);
  await expect(showMore).toBeHidden();
  await expect(listCount(page)).toHaveText('120 results');
  // No article is listed twice.
  const ids = await results(page).evaluateAll((rows) =>
    rows.map((row) => row.getAttribute('data-article-id')),
  );
  expect(new Set(ids).size).toBe(120);
  expect(errors).toEqual([]);
});

test('keeps a search in the sidebar with its unread count, then deletes it', async ({
  page,
  outpost,
}, testInfo) => {
  const errors = watchConsole(page);
  await page.goto(outpost.url);
  await importDocs(page, [
    ...importedLighthouses,
    { name: 'ferry.md', title: 'Ferry timetable', body: 'The ferry leaves at noon.' },
  ]);
  const sidebar = page.getByRole('navigation', { name: 'Library' });
  await expect(sidebar.getByTestId('saved-searches-none')).toBeVisible();

  // A query the backend cannot read is explained in the dialog, which stays open.
  await searchBox(page).fill('title:');
  await expect(page.getByTestId('search-problem')).toContainText('needs a word');
  await page.getByRole('button', { name: 'Save search…' }).click();
  let dialog = page.getByRole('dialog', { name: 'Save search' });
  await expect(dialog.getByLabel('Name')).toHaveValue('title:');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog.getByTestId('dialog-error')).toContainText('needs a word');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();

  await searchBox(page).fill('lighthouse');
  await expect(listCount(page)).toHaveText('3 results');
  await page.getByRole('button', { name: 'Save search…' }).click();
  dialog = page.getByRole('dialog', { name: 'Save search' });
  await expect(dialog.getByLabel('Name')).toHaveValue('lighthouse');
  await dialog.getByLabel('Name').fill('Lighthouses');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();

  const saved = sidebar.getByTestId('saved-search').filter({ hasText: 'Lighthouses' });
  await expect(saved).toBeVisible();
  await expect(saved).toHaveAttribute('aria-current', 'page');
  await expect(saved.getByTestId('saved-search-count')).toHaveText('3 unread');
  await expect(page.getByRole('heading', { level: 2, name: 'Lighthouses' })).toBeVisible();
  await expect(page.getByTestId('search-saved-mark')).toBeVisible();

  // Back to browsing, then the smart folder runs its query again.
  await searchBox(page).press('Escape');
  await expect(page.getByRole('listbox', { name: 'Articles' })).toBeVisible();
  await expect(saved).not.toHaveAttribute('aria-current', 'page');
  await expect(sidebar.getByTestId('view-all')).toHaveAttribute('aria-current', 'page');
  await saved.click();
  await expect(searchBox(page)).toHaveValue('lighthouse');
  await expect(results(page)).toHaveCount(3);
  await expect(sidebar.getByTestId('view-all')).not.toHaveAttribute('aria-current', 'page');
  // The pointer away from the sidebar, which shows a row's menu button instead of its count.
  await page.mouse.move(900, 500);
  await snapshotThemes(page, testInfo, 'saved-searches');

  // Reading one of its articles lowers its unread count.
  await results(page).first().click();
  await expect(page.getByTestId('reader')).toBeVisible();
  await expect(saved.getByTestId('saved-search-count')).toHaveText('2 unread');

  await saved.hover();
  await page.getByRole('button', { name: 'Actions for Lighthouses' }).click();
  await page.getByRole('menuitem', { name: 'Delete saved search…' }).click();
  const confirm = page.getByRole('dialog', { name: 'Delete the saved search “Lighthouses”?' });
  await confirm.getByRole('button', { name: 'Delete' }).click();
  await expect(confirm).toBeHidden();
  await expect(saved).toHaveCount(0);
  await expect(sidebar.getByTestId('saved-searches-none')).toBeVisible();
  // The search itself stays on screen.
  await expect(searchBox(page)).toHaveValue('lighthouse');
  await expect(page.getByRole('button', { name: 'Save search…' })).toBeVisible();
  expect(errors).toEqual([]);
});

test('shows a newly imported article in the results on screen, keeping the selection', async ({
  page,
  outpost,
}) => {
  const errors = watchConsole(page);
  await page.goto(outpost.url);
  await importDocs(page, importedLighthouses.slice(0, 2));
  await searchBox(page).fill('lighthouse');
  await expect(listCount(page)).toHaveText('2 results');
  const museum = results(page).filter({ hasText: 'Lighthouse museum opens' });
  await museum.click();
  await expect(museum).toHaveAttribute('aria-selected', 'true');

  await importDocs(page, importedLighthouses.slice(2));
  // Nothing retyped: the search runs again once the new article is searchable.
  await expect(listCount(page)).toHaveText('3 results');
  await expect(
    results(page).filter({ hasText: 'A new lens for the old lighthouse' }),
  ).toBeVisible();
  await expect(museum).toHaveAttribute('aria-selected', 'true');
  await expect(searchBox(page)).toHaveValue('lighthouse');
  expect(errors).toEqual([]);
});

test('explains the query syntax in a popover that Escape closes', async ({
  page,
  outpost,
}, testInfo) => {
  const errors = watchConsole(page);
  await page.goto(outpost.url);
  await importDocs(page, importedLighthouses);
  await searchBox(page).fill('lighthouse');
  await expect(listCount(page)).toHaveText('3 results');

  const help = page.getByRole('dialog', { name: 'Search syntax' });
  await expect(help).toBeHidden();
  await page.getByRole('button', { name: 'Search syntax' }).click();
  await expect(help).toBeVisible();
  for (const example of [
    '"security forces"',
    'niger -france',
    'mali OR niger',
    'elect*',
    'tuareg~1',
    'title:coup',
    'source:"World Desk"',
    'author:diallo',
    'after:2024-01-01',
    'before:2024-07-01',
    'is:unread',
    'is:starred',
  ]) {
    await expect(help.getByText(example, { exact: true })).toBeVisible();
  }
  await snapshotThemes(page, testInfo, 'search-help');

  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();
  // Escape closed the help, not the search under it.
  await expect(searchBox(page)).toHaveValue('lighthouse');
  await expect(results(page)).toHaveCount(3);

  await page.getByRole('button', { name: 'Search syntax' }).click();
  await expect(help).toBeVisible();
  await searchBox(page).click();
  await expect(help).toBeHidden();
  expect(errors).toEqual([]);
});
