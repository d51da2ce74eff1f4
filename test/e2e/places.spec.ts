// Places, topics and the map in the real UI against `outpost serve`: the sidebar's trees with their
// counts, the list narrowed to a region, a country or a topic, and the map shaded by country, in
// light and dark.
import type { Locator, Page } from '@playwright/test';
import { snapshotThemes, watchConsole } from './page-checks.ts';
import { expect, test } from './serve-fixture.ts';

interface Doc {
  name: string;
  title: string;
  /** Front matter date (YYYY-MM-DD): the article's publication date. */
  date: string;
  body: string;
}

/** A day `days` before today, as the app's time range counts (local calendar). */
function daysAgo(days: number): string {
  const date = new Date();
  date.setDate(date.getDate() - days);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

const sahel: Doc = {
  name: 'sahel-security.md',
  title: 'Niger and Mali close ranks as juntas leave the regional bloc',
  date: '2025-05-12',
  body:
    'Niamey, Niger — The military governments of Niger and Mali announced on Monday that they ' +
    'would coordinate their security forces against armed groups in the Sahel. Officials in ' +
    'Bamako said soldiers from Mali and Niger would patrol the border region together, after ' +
    'attacks near Tillabéri and Gao killed dozens of civilians. The defence ministers of both ' +
    'countries met in Niamey to sign the agreement.',
};

/** A second article about Mali, so Africa and the Sahel hold two. */
const mali: Doc = {
  name: 'mali-cotton.md',
  title: 'Cotton farmers in Mali expect a large harvest',
  date: '2025-04-02',
  body:
    'Sikasso, Mali — Cotton farmers in southern Mali expect a large harvest this year after good ' +
    'rains, the national cotton company said. Growers around Sikasso and Koutiala planted more ' +
    'land than last season, and prices for fertiliser fell. Exporters hope the crop will lift ' +
    'farm incomes across Mali.',
};

const brazil: Doc = {
  name: 'brazil-election.md',
  title: 'Brazil votes in a tight presidential election',
  date: '2025-05-20',
  body:
    'Brasília, Brazil — Voters across Brazil cast their ballots on Sunday in a presidential ' +
    'election that polls showed too close to call. The two candidates campaigned on the economy ' +
    'and public security. Electoral officials in Brasília said turnout was high in São Paulo and ' +
    'Rio de Janeiro, and the first results were expected within hours of the polls closing. ' +
    "Parliament will hold a vote on the new government's budget next month.",
};

/** The only article of the past week. */
const spain: Doc = {
  name: 'spain-football.md',
  title: 'Real Madrid beat Barcelona in a dramatic football match',
  date: daysAgo(2),
  body:
    'Madrid, Spain — Real Madrid beat Barcelona 3-2 in a dramatic football match at the ' +
    'Santiago Bernabéu on Saturday. The striker scored twice in the second half, and the ' +
    'goalkeeper saved a penalty in the final minute. The win puts the club top of the league in ' +
    'Spain with three games of the season left; fans celebrated in the streets of Madrid after ' +
    'the final whistle.',
};

async function importDocs(page: Page, docs: readonly Doc[]): Promise<void> {
  await page.getByTestId('import-input').setInputFiles(
    docs.map((doc) => ({
      name: doc.name,
      mimeType: 'text/markdown',
      buffer: Buffer.from(`---\ntitle: ${doc.title}\ndate: ${doc.date}\n---\n\n${doc.body}\n`),
    })),
  );
  await expect(page.getByTestId('import-report')).toContainText(`Imported ${docs.length}`);
}

function sidebar(page: Page): Locator {
  return page.getByRole('navigation', { name: 'Library' });
}

/** A row of the Places, Topics or Tags tree, by its code. */
function tagRow(page: Page, kind: string, code: string): Locator {
  return sidebar(page).locator(`[data-testid="tag-row"][data-kind="${kind}"][data-code="${code}"]`);
}

/** The rows at the top level of a tree (whatever branches below are open). */
function topRows(section: Locator): Locator {
  return section.locator(':scope > ul > li > div > [data-testid="tag-row"]');
}

function expander(row: Locator): Locator {
  return row.locator('xpath=..').getByTestId('tag-toggle');
}

function articles(page: Page): Locator {
  return page.getByRole('listbox', { name: 'Articles' }).getByRole('option');
}

function listTitle(page: Page): Locator {
  return page.locator('.list-header__title');
}

function country(page: Page, code: string): Locator {
  return page.getByTestId('world-map').locator(`path[data-country="${code}"]`).first();
}

async function fillOf(shape: Locator): Promise<string> {
  return shape.evaluate((element) => getComputedStyle(element).fill);
}

test('lists places and topics with counts, and narrows the list to one', async ({
  page,
  outpost,
}, testInfo) => {
  const errors = watchConsole(page);
  await page.goto(outpost.url);
  await importDocs(page, [sahel, mali, brazil, spain]);

  // Top levels only, closed: the three continents with their (unread) articles, most first.
  const places = sidebar(page).getByTestId('places-section');
  await expect(topRows(places)).toHaveText([/^Africa2\b/, /^Americas1\b/, /^Europe1\b/]);
  const africa = tagRow(page, 'region', '002');
  await expect(africa.getByTestId('tag-count')).toHaveAttribute('data-unread', '2');

  // Right opens a branch from the keyboard, Left closes it; the chevron does the same.
  await africa.focus();
  await page.keyboard.press('ArrowRight');
  const sahelRow = tagRow(page, 'region', 'sahel');
  await expect(sahelRow).toBeVisible();
  await expect(tagRow(page, 'region', '202')).toBeVisible();
  await page.keyboard.press('ArrowLeft');
  await expect(sahelRow).toBeHidden();
  await expander(africa).click();
  await expander(tagRow(page, 'region', '202')).click();
  await expander(tagRow(page, 'region', '011')).click();
  const niger = tagRow(page, 'country', 'NE');
  await expect(niger).toHaveText(/^Niger\s*1/);
  await expect(tagRow(page, 'country', 'ML')).toHaveText(/^Mali\s*2/);

  await niger.click();
  await expect(niger).toHaveAttribute('aria-current', 'page');
  await expect(listTitle(page)).toHaveText('Niger');
  await expect(page.getByTestId('list-count')).toHaveText('1 article');
  await expect(articles(page)).toHaveText([new RegExp(sahel.title)]);

  await sahelRow.click();
  await expect(listTitle(page)).toHaveText('Sahel');
  await expect(articles(page)).toHaveText([new RegExp(sahel.title), new RegExp(mali.title)]);

  // Reading one leaves Africa with two articles, one unread.
  await articles(page).first().click();
  await expect(page.getByTestId('reader').getByRole('heading', { level: 1 })).toHaveText(
    sahel.title,
  );
  await expect(africa.getByTestId('tag-count')).toHaveAttribute('data-unread', '1');
  await expect(africa.getByTestId('tag-count')).toHaveAttribute('data-count', '2');
  await expect(africa).toHaveText(/^Africa1 unread of \/2/);

  // Topics: IPTC's level-1 topics, capitalised.
  const topics = sidebar(page).getByTestId('topics-section');
  await expect(topics).toBeVisible();
  const politics = tagRow(page, 'topic', 'medtop:11000000');
  const sport = tagRow(page, 'topic', 'medtop:15000000');
  await expect(politics).toHaveText(/^Politics\s*1/);
  await expect(sport).toHaveText(/^Sport\s*1/);
  await politics.click();
  await expect(listTitle(page)).toHaveText('Politics');
  await expect(articles(page)).toHaveText([new RegExp(brazil.title)]);
  await snapshotThemes(page, testInfo, 'places-sidebar');

  await sport.click();
  await expect(listTitle(page)).toHaveText('Sport');
  await expect(articles(page)).toHaveText([new RegExp(spain.title)]);

  // The Unread view counts unread articles only, and a row chosen there stays within it.
  await sidebar(page).getByTestId('view-unread').click();
  await expect(topRows(places)).toHaveText([/^Africa1\b/, /^Americas1\b/, /^Europe1\b/]);
  await africa.click();
  await expect(listTitle(page)).toHaveText('Africa');
  await expect(page.getByTestId('list-count')).toHaveText('1 unread');
  await expect(articles(page)).toHaveText([new RegExp(mali.title)]);
  expect(errors).toEqual([]);
});

test('shades countries on a map and narrows the list to a country', async ({
  page,
  outpost,
}, testInfo) => {
  const errors = watchConsole(page);
  await page.goto(outpost.url);
  await importDocs(page, [sahel, mali, brazil, spain]);
  await expect(tagRow(page, 'region', '002')).toBeVisible();

  await page.getByTestId('mode-map').click();
  await expect(page.getByTestId('mode-map')).toHaveAttribute('aria-pressed', 'true');
  const map = page.getByTestId('world-map');
  await expect(map).toBeVisible();
  expect(await map.locator('path').count()).toBeGreaterThan(150);

  // Countries with articles are shaded; the others stay neutral grey.
  const neutral = await fillOf(country(page, 'FR'));
  await expect(country(page, 'BR')).toHaveAttribute('data-count', '1');
  expect(await fillOf(country(page, 'BR'))).not.toBe(neutral);
  expect(await fillOf(country(page, 'NE'))).not.toBe(neutral);
  expect(await fillOf(country(page, 'CN'))).toBe(neutral);
  // Mali, with two articles, is darker than Niger with one (lighter in the dark theme).
  expect(await fillOf(country(page, 'ML'))).not.toBe(await fillOf(country(page, 'NE')));
  await expect(page.getByTestId('map-legend').getByRole('listitem')).toHaveText(['None', '1', '2']);

  await country(page, 'BR').hover();
  await expect(page.getByTestId('map-tooltip')).toHaveText(/Brazil\s*1 article/);
  await snapshotThemes(page, testInfo, 'places-map');

  // A click on Brazil shows its articles in the list beside the map, and its row in the sidebar.
  await country(page, 'BR').click();
  await expect(listTitle(page)).toHaveText('Brazil');
  await expect(articles(page)).toHaveText([new RegExp(brazil.title)]);
  await expect(map).toBeVisible();
  await expect(country(page, 'BR')).toHaveClass(/world-map__country--highlighted/);
  await expect(tagRow(page, 'country', 'BR')).toHaveAttribute('aria-current', 'page');
  await expect(page.getByTestId('map-country').filter({ hasText: 'Brazil' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );

  // A region picked in the sidebar outlines its countries on the map.
  await expander(tagRow(page, 'region', '002')).click();
  await tagRow(page, 'region', 'sahel').click();
  await expect(listTitle(page)).toHaveText('Sahel');
  for (const code of ['NE', 'ML', 'TD', 'BF', 'MR']) {
    await expect(country(page, code)).toHaveClass(/world-map__country--highlighted/);
  }
  await expect(country(page, 'BR')).not.toHaveClass(/world-map__country--highlighted/);
  await expect(page.getByTestId('map-scope')).toHaveText('All articles · Sahel outlined');
  await snapshotThemes(page, testInfo, 'places-map-region');

  // The past week: only the football match is that recent, on the map and in the list.
  await page.getByRole('combobox', { name: 'Time range' }).selectOption('week');
  await expect(page.getByTestId('list-empty')).toContainText('Nothing here from the past week');
  await sidebar(page).getByTestId('view-all').click();
  await expect(articles(page)).toHaveText([new RegExp(spain.title)]);
  await expect(country(page, 'BR')).toHaveAttribute('data-count', '0');
  expect(await fillOf(country(page, 'BR'))).toBe(neutral);
  expect(await fillOf(country(page, 'ES'))).not.toBe(neutral);
  await page.getByRole('combobox', { name: 'Time range' }).selectOption('all');
  await expect(articles(page)).toHaveCount(4);

  // While searching, the map shades the results; a country narrows the search.
  await page.getByRole('searchbox', { name: 'Search articles' }).fill('voters');
  await expect(page.getByTestId('list-count')).toHaveText('1 result');
  await expect(page.getByTestId('map-scope')).toHaveText('Search results for “voters”');
  await expect(country(page, 'BR')).toHaveAttribute('data-count', '1');
  await expect(country(page, 'NE')).toHaveAttribute('data-count', '0');
  await country(page, 'BR').click();
  await expect(page.getByRole('searchbox', { name: 'Search articles' })).toHaveValue(
    'voters region:"Brazil"',
  );
  await expect(page.getByTestId('list-count')).toHaveText('1 result');

  // Opening an article puts the reader back in place of the map.
  await page.getByRole('listbox', { name: 'Search results' }).getByRole('option').first().click();
  await expect(page.getByTestId('reader').getByRole('heading', { level: 1 })).toHaveText(
    brazil.title,
  );
  await expect(map).toBeHidden();
  await expect(page.getByTestId('mode-list')).toHaveAttribute('aria-pressed', 'true');
  expect(errors).toEqual([]);
});
