// What every e2e spec checks on a page: no console errors, the theme really applied, screenshots kept as artifacts.
import { expect, type Page, type TestInfo } from '@playwright/test';

/** Collects console errors, which include every Content-Security-Policy violation. */
export function watchConsole(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

/** Whether the page's background is dark, whatever mechanism the theme uses. */
export async function isDark(page: Page): Promise<boolean> {
  const color = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const [r = 0, g = 0, b = 0] = (color.match(/\d+(\.\d+)?/g) ?? []).map(Number);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 128;
}

export async function snapshot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  const path = testInfo.outputPath(`${name}.png`);
  await page.screenshot({ path, animations: 'disabled' });
  await testInfo.attach(name, { path, contentType: 'image/png' });
}

/** The same screen in the light and the dark theme (the app follows the system's by default). */
export async function snapshotThemes(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await expect.poll(() => isDark(page)).toBe(colorScheme === 'dark');
    await snapshot(page, testInfo, `${name}-${colorScheme}`);
  }
  await page.emulateMedia({ colorScheme: null });
}
