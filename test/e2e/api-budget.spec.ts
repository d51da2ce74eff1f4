// What each action costs, counted on the wire between the real UI and `outpost serve`: opening an
// article, starring, marking unread, editing tags and selecting a feed each make a few calls, not a
// reload of every pane; and what the patched sidebar shows is what a reload shows.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import type { OutpostBridge } from '../../shared/api.ts';
import { startHttpTestServer, type HttpTestServer } from '../helpers/http-test-server.ts';
import { feedOf, storyRoutes, type Story } from './feed-site.ts';
import { watchConsole } from './page-checks.ts';
import { expect, test } from './serve-fixture.ts';

const stories: Story[] = [
  {
    slug: 'harbour',
    title: 'Harbour reopens after the storm',
    teaser: 'Boats are back.',
    seed: 21,
  },
  { slug: 'railway', title: 'Railway to the coast runs again', teaser: 'Trains run.', seed: 22 },
  { slug: 'drought', title: 'Farmers count the cost of the drought', teaser: 'Dry.', seed: 23 },
];

const notes = [
  [
    'niger.md',
    'Niger and Mali agree on a border patrol',
    'NIAMEY — Niger and Mali signed a patrol deal.',
  ],
  [
    'kenya.md',
    'Kenya opens a new rail line to Uganda',
    'NAIROBI — Kenya opened a railway to Uganda.',
  ],
  [
    'peru.md',
    'Peru counts its glaciers again',
    'LIMA — Peru’s glaciers shrank again, scientists said.',
  ],
];

/** The API calls the page makes, by method name, and a way to wait until it has gone quiet. */
function watchCalls(page: Page) {
  const names: string[] = [];
  let open = 0;
  let lastAt = Date.now();
  page.on('request', (request) => {
    const match = /\/api\/call\/(\w+)/.exec(request.url());
    if (!match) return;
    names.push(match[1]!);
    open++;
    lastAt = Date.now();
  });
  const done = (request: { url(): string }) => {
    if (!/\/api\/call\//.test(request.url())) return;
    open--;
    lastAt = Date.now();
  };
  page.on('requestfinished', done);
  page.on('requestfailed', done);
  return {
    /** The calls made by `action`, once nothing has been asked for 1.5 s (past the UI's gathering). */
    async during(action: () => Promise<void>): Promise<string[]> {
      const from = names.length;
      await action();
      await expect
        .poll(() => open === 0 && Date.now() - lastAt > 1500, { timeout: 15_000 })
        .toBe(true);
      return names.slice(from);
    },
  };
}

const writes = new Set(['setRead', 'setStarred', 'editTags']);
const readsIn = (calls: string[]) => calls.filter((name) => !writes.has(name));

async function sidebarCounts(page: Page) {
  const text = async (testId: string) =>
    (await page.getByTestId(testId).textContent())?.trim() ?? '';
  const places = await page
    .getByTestId('tag-count')
    .evaluateAll((counts) =>
      counts.map(
        (count) => `${count.getAttribute('data-count')}/${count.getAttribute('data-unread')}`,
      ),
    );
  return {
    all: await text('view-all-count'),
    unread: await text('view-unread-count'),
    starred: await text('view-starred-count'),
    feed: (await page.getByTestId('feed').first().textContent())?.trim(),
    places,
  };
}

let site: HttpTestServer | null = null;
let notesDir: string | null = null;

test.afterEach(async () => {
  await site?.close();
  site = null;
  if (notesDir) rmSync(notesDir, { recursive: true, force: true });
  notesDir = null;
});

test('each action costs a few calls, and patched counts match a reload', async ({
  page,
  launchOutpost,
}) => {
  let origin = '';
  site = await startHttpTestServer({
    '/feed.xml': feedOf(
      'Coast News',
      () => origin,
      () => stories,
    ),
    ...storyRoutes(stories),
  });
  origin = site.origin;
  notesDir = mkdtempSync(join(tmpdir(), 'outpost-notes-'));
  for (const [name, title, body] of notes) {
    writeFileSync(
      join(notesDir, name!),
      `---\ntitle: ${title}\ndate: 2026-11-02\n---\n\n${body}\n`,
    );
  }
  const outpost = await launchOutpost({
    commands: [['feeds', 'add', `${origin}/feed.xml`], ['sync'], ['import', notesDir]],
  });
  const errors = watchConsole(page);
  await page.goto(outpost.url);
  await expect(page.getByTestId('article-row')).toHaveCount(stories.length + notes.length);
  // A smart folder, so reading state costs what it costs for a reader who has some.
  await page.evaluate(() =>
    (window as unknown as { outpost: OutpostBridge }).outpost.saveSearch('Rail', 'railway OR rail'),
  );
  await expect(page.getByText('Rail', { exact: true })).toBeVisible();
  const calls = watchCalls(page);
  const list = page.getByRole('listbox', { name: 'Articles' });
  const readerTitle = page.getByTestId('reader').getByRole('heading', { level: 1 });

  // Opening an unread article: one call marks it read and brings it; at most two more follow.
  const opened = await calls.during(async () => {
    await list.getByRole('option', { name: notes[0]![1] }).click();
    await expect(readerTitle).toHaveText(notes[0]![1]!);
  });
  expect(opened.length, opened.join(', ')).toBeLessThanOrEqual(3);
  expect(opened).toContain('openArticle');
  await expect(page.getByTestId('view-unread-count')).toHaveText('5');

  const starred = await calls.during(async () => {
    await page.getByRole('button', { name: 'Star article' }).click();
    await expect(page.getByTestId('view-starred-count')).toHaveText('1');
  });
  expect(starred).toContain('setStarred');
  expect(readsIn(starred).length, starred.join(', ')).toBeLessThanOrEqual(2);

  const unread = await calls.during(async () => {
    await page.getByRole('button', { name: 'Mark as unread' }).click();
    await expect(page.getByTestId('view-unread-count')).toHaveText('6');
  });
  expect(unread).toContain('setRead');
  expect(readsIn(unread).length, unread.join(', ')).toBeLessThanOrEqual(2);

  const tagged = await calls.during(async () => {
    await page.getByTestId('tag-editor').getByRole('button', { name: 'Add tag' }).click();
    await page.getByRole('combobox', { name: 'Add tag' }).fill('follow up');
    await page.keyboard.press('Enter');
    await expect(
      page.getByTestId('tag-row').filter({ hasText: 'follow up' }).getByTestId('tag-count'),
    ).toHaveAttribute('data-count', '1');
    await page.keyboard.press('Escape');
  });
  expect(tagged).toContain('editTags');
  expect(readsIn(tagged).length, tagged.join(', ')).toBeLessThanOrEqual(2);

  const selected = await calls.during(async () => {
    await page.getByTestId('feed').filter({ hasText: 'Coast News' }).click();
    await expect(list.getByRole('option')).toHaveCount(stories.length);
  });
  expect(selected.length, selected.join(', ')).toBeLessThanOrEqual(3);

  for (const [action, made] of Object.entries({ opened, starred, unread, tagged, selected })) {
    test.info().annotations.push({ type: `calls: ${action}`, description: made.join(', ') });
  }

  // The counts the window patched are the backend's: a reload shows the same.
  await page.getByTestId('view-all').click();
  const patched = await sidebarCounts(page);
  await page.reload();
  await expect(page.getByTestId('article-row')).toHaveCount(stories.length + notes.length);
  await expect.poll(() => sidebarCounts(page)).toEqual(patched);
  expect(errors).toEqual([]);
});
