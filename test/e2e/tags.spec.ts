// Tags in the real UI against `outpost serve`: the reader's chips (remove, confirm, add with the
// keyboard), a free tag found by search, and a tagging rule from Preferences, in light and dark.
import type { Locator, Page } from '@playwright/test';
import { snapshotThemes, watchConsole } from './page-checks.ts';
import { expect, test } from './serve-fixture.ts';

interface Doc {
  name: string;
  title: string;
  date: string;
  body: string;
}

const niger: Doc = {
  name: 'niger-junta-russia.md',
  title: 'Niger’s junta turns to Russia for its security',
  date: '2025-02-10',
  body: [
    'NIAMEY — Niger’s military government signed a defence agreement with Russia on Monday, as',
    'the junta that seized power in a coup in July 2023 moves further away from France and the',
    'United States.',
    '',
    'Russian military instructors arrived in Niamey with an air defence system, officials said.',
    'General Abdourahamane Tiani, who leads the junta, told state television that the partnership',
    'would help the army fight the armed groups that attack villages in the west of Niger.',
    '',
    'The government in Niamey expelled French troops last year and asked American forces to leave',
    'their drone base in Agadez. The junta has postponed the elections it promised and suspended',
    'political parties. Russia’s defence ministry said more instructors would follow.',
  ].join('\n'),
};

/** Its title holds a word the rule looks for; nothing in it is about sport. */
const quokka: Doc = {
  name: 'quokka-club.md',
  title: 'Quokka census counts more animals on the island',
  date: '2025-03-01',
  body: 'Rangers counted the quokkas at dawn and found more of them than last year, the island trust said.',
};

function markdown(doc: Doc): Buffer {
  return Buffer.from(`---\ntitle: ${doc.title}\ndate: ${doc.date}\n---\n\n${doc.body}\n`);
}

async function importDocs(page: Page, docs: readonly Doc[]): Promise<void> {
  await page
    .getByTestId('import-input')
    .setInputFiles(
      docs.map((doc) => ({ name: doc.name, mimeType: 'text/markdown', buffer: markdown(doc) })),
    );
  await expect(page.getByTestId('import-report')).toContainText(`Imported ${docs.length}`);
}

async function openArticle(page: Page, title: string): Promise<void> {
  await page
    .getByRole('listbox', { name: 'Articles' })
    .getByRole('option', { name: title })
    .click();
  await expect(page.getByTestId('reader').getByRole('heading', { level: 1 })).toHaveText(title);
}

function editor(page: Page): Locator {
  return page.getByTestId('tag-editor');
}

function chip(page: Page, kind: string, code: string): Locator {
  return editor(page).locator(`[data-testid="tag-chip"][data-kind="${kind}"][data-code="${code}"]`);
}

const origins = /^(Found by Outpost \(\d{1,3}%\)|From the feed|From a rule|Added by you)$/;

test('edits an article’s tags in the reader and finds it by a free tag', async ({
  page,
  outpost,
}, testInfo) => {
  const errors = watchConsole(page);
  await page.goto(outpost.url);
  await importDocs(page, [niger, quokka]);
  await openArticle(page, niger.title);

  // Places, then topics: Niger (the story's country) and at least one topic, each saying who put it there.
  const nigerChip = chip(page, 'country', 'NE');
  await expect(nigerChip).toContainText('Niger');
  await expect(nigerChip).toHaveAttribute('title', /^Found by Outpost \(\d+%\)$/);
  const topics = editor(page).locator('[data-testid="tag-chip"][data-kind="topic"]');
  await expect(topics.first()).toBeVisible();
  await expect(topics.first()).toHaveAttribute('title', origins);
  const kinds = await editor(page)
    .locator('[data-testid="tag-chip"]')
    .evaluateAll((chips) => chips.map((element) => element.getAttribute('data-kind')));
  expect(kinds.indexOf('country')).toBe(0);
  expect(kinds.lastIndexOf('country')).toBeLessThan(kinds.indexOf('topic'));
  // Compact: the tags sit under the byline and the text starts soon after.
  const body = await page.getByTestId('reader-body').boundingBox();
  const title = await page.getByTestId('reader').getByRole('heading', { level: 1 }).boundingBox();
  expect(body!.y - (title!.y + title!.height)).toBeLessThan(150);
  await snapshotThemes(page, testInfo, 'reader-tags');

  // Removing a place: gone at once, and still gone after a reload.
  const russia = chip(page, 'country', 'RU');
  await expect(russia).toBeVisible();
  await russia.getByRole('button', { name: 'Remove Russia' }).click();
  await expect(russia).toHaveCount(0);
  // Russia's broad regions (Europe) went with it rather than coming into view.
  await expect(chip(page, 'region', '150')).toHaveCount(0);
  await page.reload();
  await openArticle(page, niger.title);
  await expect(nigerChip).toBeVisible();
  await expect(russia).toHaveCount(0);

  // Adding with the keyboard: suggestions as you type, arrows and Enter pick, Escape closes.
  await editor(page).getByRole('button', { name: 'Add tag' }).click();
  const field = page.getByRole('combobox', { name: 'Add tag' });
  await expect(field).toBeFocused();
  await field.fill('cha');
  const suggestions = page.getByRole('listbox', { name: 'Add tag: suggestions' });
  await expect(field).toHaveAttribute('aria-expanded', 'true');
  await expect(suggestions.getByRole('option').first()).toContainText('Chad');
  await expect(suggestions.getByRole('option').first()).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowDown');
  await expect(suggestions.getByRole('option').nth(1)).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowUp');
  await snapshotThemes(page, testInfo, 'reader-add-tag');
  await page.keyboard.press('Enter');
  await expect(chip(page, 'country', 'TD')).toHaveAttribute('title', 'Added by you');
  await expect(field).toHaveValue('');
  await expect(field).toBeFocused();

  // Free text becomes a free tag.
  await field.fill('follow up');
  await expect(suggestions.getByRole('option')).toHaveText(['New tag “follow up”']);
  await page.keyboard.press('Enter');
  const followUp = chip(page, 'tag', 'follow up');
  await expect(followUp).toContainText('follow up');
  await expect(followUp).toHaveAttribute('title', 'Added by you');
  await field.fill('zz');
  await page.keyboard.press('Escape');
  await expect(field).toHaveAttribute('aria-expanded', 'false');
  await page.keyboard.press('Escape');
  await expect(field).toHaveValue('');
  await page.keyboard.press('Escape');
  await expect(field).toHaveCount(0);
  await expect(editor(page).getByRole('button', { name: 'Add tag' })).toBeFocused();

  // A suggestion (an automatic tag the tagger is unsure of), when there is one, can be confirmed.
  const suggested = editor(page).locator('[data-testid="tag-chip"][data-suggested]');
  if ((await suggested.count()) > 0) {
    const first = suggested.first();
    const code = await first.getAttribute('data-code');
    const kind = await first.getAttribute('data-kind');
    await first.getByRole('button', { name: /^Confirm / }).click();
    const confirmed = chip(page, kind!, code!);
    await expect(confirmed).not.toHaveAttribute('data-suggested');
    await expect(confirmed).toHaveAttribute('title', 'Added by you');
  }

  // The broad regions a country implies fold away, one click from view.
  const more = editor(page).getByRole('button', { name: /^\+\d+ regions?$/ });
  await expect(more).toHaveAttribute('aria-expanded', 'false');
  await expect(chip(page, 'region', '002')).toHaveCount(0);
  await more.click();
  await expect(chip(page, 'region', '002')).toContainText('Africa');
  await snapshotThemes(page, testInfo, 'reader-tags-edited');
  await editor(page).getByRole('button', { name: 'Fewer regions' }).click();
  await expect(chip(page, 'region', '002')).toHaveCount(0);

  // Search finds the article by its free tag.
  await page.getByRole('searchbox', { name: 'Search articles' }).fill('tag:"follow up"');
  const results = page.getByRole('listbox', { name: 'Search results' }).getByRole('option');
  await expect(results).toHaveCount(1);
  await expect(results.first()).toContainText(niger.title);

  expect(errors).toEqual([]);
});

test('tags articles by a rule added in Preferences', async ({ page, outpost }, testInfo) => {
  const errors = watchConsole(page);
  await page.goto(outpost.url);
  await importDocs(page, [niger, quokka]);
  await openArticle(page, quokka.title);
  const sport = chip(page, 'topic', 'medtop:15000000');
  await expect(editor(page)).toBeVisible();
  await expect(sport).toHaveCount(0);

  await page.getByRole('button', { name: 'Preferences' }).click();
  const dialog = page.getByRole('dialog', { name: 'Preferences' });
  const rules = dialog.getByTestId('tag-rules');
  await expect(rules).toContainText('existing articles are re-tagged in the background');
  await expect(rules).toContainText('No rules yet.');

  await rules.getByRole('combobox', { name: 'Which articles' }).selectOption('title');
  const words = rules.getByRole('textbox', { name: 'Words' });
  await words.fill('quokka');
  // Enter in the words goes on to the tag instead of saving Preferences.
  await words.press('Enter');
  const picker = rules.getByRole('combobox', { name: 'Tag to put on' });
  await expect(picker).toBeFocused();
  await picker.fill('spo');
  await expect(
    rules.getByRole('listbox', { name: 'Tag to put on: suggestions' }).getByRole('option').first(),
  ).toContainText('Sport');
  await snapshotThemes(page, testInfo, 'preferences-rule-picker');
  // Escape closes the suggestions, not Preferences.
  await page.keyboard.press('Escape');
  await expect(dialog).toBeVisible();
  await picker.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(dialog).toBeVisible();
  await expect(rules.getByTestId('rule-tag')).toHaveText('Sport');
  await rules.getByRole('button', { name: 'Add rule' }).click();
  await expect(rules.getByTestId('tag-rule')).toHaveText(['Title contains “quokka” → Sport']);
  await snapshotThemes(page, testInfo, 'preferences-tag-rules');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toHaveCount(0);

  // The archive is re-tagged in the background; the open article follows.
  await expect(sport).toBeVisible({ timeout: 20_000 });
  await expect(sport).toHaveAttribute('title', 'From a rule');
  await expect(sport).toContainText('Sport');
  await openArticle(page, niger.title);
  await expect(chip(page, 'country', 'NE')).toBeVisible();
  await expect(sport).toHaveCount(0);

  // A rule can be deleted again.
  await page.getByRole('button', { name: 'Preferences' }).click();
  await dialog
    .getByRole('button', { name: 'Delete rule: Title contains “quokka” → Sport' })
    .click();
  await expect(dialog.getByTestId('tag-rules')).toContainText('No rules yet.');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await openArticle(page, quokka.title);
  await expect(sport).toHaveCount(0, { timeout: 20_000 });

  expect(errors).toEqual([]);
});
