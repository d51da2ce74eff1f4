// The real UI in Chromium against `outpost serve`: import, read, search, in light and dark.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page, TestInfo } from '@playwright/test';
import { expect, test } from './serve-fixture.ts';

const fixtures = fileURLToPath(new URL('../fixtures/', import.meta.url));
const nigerFile = `${fixtures}articles/niger-eu-missions.txt`;
const nigerTitle = 'Niger Terminates EU Security Missions, Seeks Closer Ties with Russia';
const subheading = 'Russian Military Strengthening Ties with Niger Amid Regional Power Shift';

/** Fails the test on any console error, which includes every Content-Security-Policy violation. */
function watchConsole(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

/** Whether the page's background is dark, whatever mechanism the theme uses. */
async function isDark(page: Page): Promise<boolean> {
  const color = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const [r = 0, g = 0, b = 0] = (color.match(/\d+(\.\d+)?/g) ?? []).map(Number);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 128;
}

async function snapshot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  const path = testInfo.outputPath(`${name}.png`);
  await page.screenshot({ path });
  await testInfo.attach(name, { path, contentType: 'image/png' });
}

async function importNiger(page: Page): Promise<void> {
  await page.getByTestId('import-input').setInputFiles(nigerFile);
  await expect(page.getByTestId('import-report')).toContainText('Imported 1 article');
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`in the ${colorScheme} theme`, () => {
    test.use({ colorScheme });

    test('imports the Niger article, reads it and finds it', async ({
      page,
      outpost,
    }, testInfo) => {
      const errors = watchConsole(page);
      await page.goto(outpost.url);
      await expect(page.getByTestId('list-empty')).toContainText('No articles yet');
      expect(await isDark(page)).toBe(colorScheme === 'dark');
      await snapshot(page, testInfo, `empty-${colorScheme}`);

      await importNiger(page);
      const row = page
        .getByRole('listbox', { name: 'Articles' })
        .getByRole('option', { name: nigerTitle });
      await expect(row).toBeVisible();
      await snapshot(page, testInfo, `list-${colorScheme}`);

      await row.click();
      const reader = page.getByTestId('reader');
      await expect(reader.getByRole('heading', { level: 1 })).toHaveText(nigerTitle);
      await expect(reader.getByRole('heading', { level: 2, name: subheading })).toBeVisible();
      await expect(page.getByTestId('reader-body')).toContainText('G5 Sahel');
      await expect(page.getByTestId('reader-body')).not.toContainText('Notify of');
      await snapshot(page, testInfo, `reader-${colorScheme}`);

      const search = page.getByRole('searchbox', { name: 'Search articles' });
      await search.fill('Yevkurov');
      const results = page.getByRole('listbox', { name: 'Search results' });
      const hit = results.getByRole('option', { name: nigerTitle });
      await expect(hit).toBeVisible();
      await expect(hit.locator('mark', { hasText: 'Yevkurov' })).toBeVisible();
      await hit.click();
      await expect(
        page.getByTestId('reader-body').locator('mark', { hasText: 'Yevkurov' }),
      ).toBeVisible();
      await snapshot(page, testInfo, `search-${colorScheme}`);

      await search.fill('zzyzxqv');
      await expect(page.getByTestId('search-empty')).toContainText('No articles match');
      await expect(results.getByRole('option')).toHaveCount(0);
      await snapshot(page, testInfo, `search-empty-${colorScheme}`);

      expect(errors).toEqual([]);
    });
  });
}

test('explains a malformed query instead of failing', async ({ page, outpost }) => {
  const errors = watchConsole(page);
  await page.goto(outpost.url);
  await importNiger(page);
  const search = page.getByRole('searchbox', { name: 'Search articles' });
  await search.fill('title:');
  await expect(page.getByTestId('search-problem')).toContainText('needs a word');
  await search.fill('"unclosed');
  await expect(page.getByTestId('search-empty')).toBeVisible();
  await search.press('Escape');
  await expect(page.getByRole('listbox', { name: 'Articles' }).getByRole('option')).toHaveCount(1);
  expect(errors).toEqual([]);
});

test('reports duplicates and bad files by name, keeping what is stored', async ({
  page,
  outpost,
}) => {
  await page.goto(outpost.url);
  await importNiger(page);
  await page.getByTestId('import-input').setInputFiles([
    { name: 'niger-again.txt', mimeType: 'text/plain', buffer: readFileSync(nigerFile) },
    {
      name: 'scan.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4 binary\0\0\0'),
    },
  ]);
  const report = page.getByTestId('import-report');
  await expect(report).toContainText(/duplicate/i);
  await expect(report).toContainText('scan.pdf');
  await expect(page.getByTestId('view-all-count')).toHaveText('1');
});

test('keeps read and starred state across a reload', async ({ page, outpost }) => {
  await page.goto(outpost.url);
  await importNiger(page);
  await expect(page.getByTestId('view-unread-count')).toHaveText('1');
  await page.getByRole('option', { name: nigerTitle }).click();
  await expect(page.getByTestId('view-unread-count')).toHaveText('0');
  await page.getByRole('button', { name: 'Star article' }).click();
  await expect(page.getByTestId('view-starred-count')).toHaveText('1');

  await page.reload();
  await expect(page.getByTestId('view-starred-count')).toHaveText('1');
  await page.getByTestId('view-starred').click();
  await expect(page.getByRole('option', { name: nigerTitle })).toBeVisible();
});

test('keeps the token to the page: no cookie, not in the address, and nothing without it', async ({
  page,
  outpost,
}) => {
  await page.goto(outpost.url);
  await expect(page.getByTestId('list-empty')).toContainText('No articles yet');
  // The token left the address bar for this tab's sessionStorage; the browser holds no cookie
  // it would hand to other servers on this computer.
  expect(new URL(page.url()).search).toBe('');
  expect(await page.context().cookies()).toEqual([]);
  await page.reload();
  await importNiger(page);

  // Another tab opened on the bare address has no token, and says what to do.
  const other = await page.context().newPage();
  await other.goto(new URL('/', outpost.url).toString());
  await expect(other.getByTestId('error-banner')).toContainText('not signed in');
  await expect(other.getByTestId('article-row')).toHaveCount(0);
  await other.close();
});

test('says so when the settings file was damaged, and carries on with defaults', async ({
  page,
  outpost,
}) => {
  writeFileSync(join(outpost.dataDir, 'settings.json'), '{ "theme": "dark", oops');
  await page.goto(outpost.url);
  const notice = page.getByTestId('notice-banner');
  await expect(notice).toContainText('settings file was damaged');
  await expect(notice).toContainText('settings.damaged-');
  expect(readdirSync(outpost.dataDir).some((name) => name.startsWith('settings.damaged-'))).toBe(
    true,
  );
  // The library works with the default settings, and the notice goes when dismissed.
  expect(await isDark(page)).toBe(false);
  await importNiger(page);
  await notice.getByRole('button', { name: 'Dismiss' }).click();
  await expect(notice).toHaveCount(0);
});
