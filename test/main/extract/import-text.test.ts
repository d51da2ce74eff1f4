// Plain-text import: headline, section, paragraphs, subheadings, and trailing site chrome.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importText } from '../../../main/extract/import-text.ts';

const niger = readFileSync(
  new URL('../../fixtures/articles/niger-eu-missions.txt', import.meta.url),
  'utf8',
);

const CHROME = [
  'Subscribe',
  'Notify of',
  'guest',
  '0 Comments',
  'Inline Feedbacks',
  'View all comments',
  'Advertisement',
  'close button',
];

describe('importText on the Niger article', () => {
  const article = importText(niger);

  it('takes the headline as title and the first line as section', () => {
    expect(article.title).toBe(
      'Niger Terminates EU Security Missions, Seeks Closer Ties with Russia',
    );
    expect(article.section).toBe('Africa');
  });

  it('keeps the body text', () => {
    expect(article.text).toContain('Yevkurov');
    expect(article.text).toContain('G5 Sahel');
    expect(article.text.startsWith('Niger, under its current military regime')).toBe(true);
    expect(article.text.split('\n\n')).toHaveLength(5);
  });

  it('marks the subheading as <h2>', () => {
    expect(article.html).toContain(
      '<h2>Russian Military Strengthening Ties with Niger Amid Regional Power Shift</h2>',
    );
    expect(article.html.match(/<h2>/g)).toHaveLength(1);
  });

  it('drops the trailing chrome', () => {
    const lines = article.text.split('\n').map((line) => line.trim());
    for (const chrome of CHROME) expect(lines).not.toContain(chrome);
    expect(article.text).not.toMatch(/Inline Feedbacks|View all comments|close button|Notify of/);
    expect(article.text.trimEnd().endsWith('jihadist violence in the region.')).toBe(true);
  });

  it('reads the same with Windows line endings', () => {
    const crlf = importText(niger.replace(/\r?\n/g, '\r\n'));
    expect(crlf).toEqual(article);
  });
});

describe('importText heuristics', () => {
  it('joins hard-wrapped lines into one paragraph, without a space after a line-end hyphen', () => {
    const text = [
      'Drought Tightens Its Grip on the Sahel',
      '',
      'Rainfall in the central Sahel was well below the seasonal',
      'average for a third year, the regional food security network said, leaving herders short of long-',
      'term pasture.',
      '',
      'Prices of millet rose sharply in the markets of Niamey and',
      'Ouagadougou.',
    ].join('\n');
    const article = importText(text);
    expect(article.title).toBe('Drought Tightens Its Grip on the Sahel');
    expect(article.section).toBeNull();
    expect(article.text).toBe(
      'Rainfall in the central Sahel was well below the seasonal average for a third year, the regional food security network said, leaving herders short of long-term pasture.\n\nPrices of millet rose sharply in the markets of Niamey and Ouagadougou.',
    );
    expect(article.html.match(/<p>/g)).toHaveLength(2);
  });

  it('handles a document that is only a headline', () => {
    const article = importText('Ceasefire Declared in Khartoum\n');
    expect(article).toEqual({
      title: 'Ceasefire Declared in Khartoum',
      section: null,
      author: null,
      html: '',
      text: '',
    });
  });

  it('has no title when the text starts with a paragraph', () => {
    const article = importText(
      'The minister said on Monday that talks would resume, according to state media.',
    );
    expect(article.title).toBeNull();
    expect(article.text).toContain('talks would resume');
  });

  it('separates a headline typed directly above its first paragraph', () => {
    const article = importText(
      'Mali Suspends Mining Permits\nThe government said on Tuesday it had suspended new permits pending an audit of the sector.',
    );
    expect(article.title).toBe('Mali Suspends Mining Permits');
    expect(article.text).toBe(
      'The government said on Tuesday it had suspended new permits pending an audit of the sector.',
    );
  });

  it('reads a byline under the headline', () => {
    const article = importText(
      'Africa\n\nNiger Cuts Ties\n\nBy Amina Diallo\n\nThe junta said on Monday it had ended the missions.',
    );
    expect(article).toMatchObject({
      section: 'Africa',
      title: 'Niger Cuts Ties',
      author: 'Amina Diallo',
    });
    expect(article.text).toBe('The junta said on Monday it had ended the missions.');
  });

  it('escapes markup in the text', () => {
    const article = importText('Title Of The Piece\n\nUse <script>alert(1)</script> & enjoy.');
    expect(article.html).toBe('<p>Use &lt;script&gt;alert(1)&lt;/script&gt; &amp; enjoy.</p>');
    expect(article.text).toBe('Use <script>alert(1)</script> & enjoy.');
  });

  it('turns bulleted lines into a list', () => {
    const article = importText(
      'What We Know\n\n- Roads are closed\n- Schools are shut\n\nMore later today.',
    );
    expect(article.html).toContain('<ul><li>Roads are closed</li><li>Schools are shut</li></ul>');
  });
});

describe('importText trailing chrome', () => {
  const body = 'Officials Meet in Abuja\n\nThe talks ended without agreement, officials said.';

  it.each([
    ['share and like prompts', '\n\nShare this:\nTwitter\nFacebook\n\nLike this:\nLoading...'],
    ['a comment counter and a reply prompt', '\n\n12 Comments\n\nLeave a comment'],
    ['related links heading', '\n\nRelated'],
    [
      'a wpDiscuz block with trailing blank lines',
      '\n\nSubscribe\nNotify of\nguest\n3 Comments\n\n\n',
    ],
  ])('drops %s', (_label, chrome) => {
    expect(importText(body + chrome).text).toBe(
      'The talks ended without agreement, officials said.',
    );
  });

  it('keeps sentences that merely contain chrome words', () => {
    const text = `${body}\n\nReaders can subscribe to the newsletter to receive related coverage.\n\nAdvertisement revenue fell by 0 comments, the paper joked.`;
    const article = importText(text);
    expect(article.text).toContain('Readers can subscribe to the newsletter');
    expect(article.text).toContain('Advertisement revenue fell');
  });

  it('keeps chrome-like lines that are not at the end', () => {
    const article = importText(
      `${body}\n\nAdvertisement\n\nThe next round is due in March, the mediators said.`,
    );
    expect(article.text).toContain('Advertisement');
    expect(article.text).toContain('The next round is due in March');
  });

  it('keeps a one-word last line of a wrapped paragraph', () => {
    const article = importText(`${body}\n\nThe two cases, the court found, were not\nrelated`);
    expect(article.text).toContain('were not related');
  });

  it('never drops companion words without a chrome line', () => {
    const article = importText(`${body}\n\nFollow the ministry on:\n\nTwitter\nFacebook`);
    expect(article.text).toContain('Twitter Facebook');
  });
});

describe('importText on large inputs', () => {
  it('reads a paragraph of a million lines', () => {
    const line = 'and the herders moved south';
    const article = importText(`Drought Report\n\n${`${line}\n`.repeat(1_000_000)}`);
    expect(article.title).toBe('Drought Report');
    expect(article.text.length).toBe(1_000_000 * (line.length + 1) - 1);
  });

  it('reads a line with a long run of blank space inside it', () => {
    const spaces = ' '.repeat(500_000);
    const started = performance.now();
    const article = importText(`Drought Report\n\nThe wells${spaces}ran dry.${spaces}\u200b`);
    // Trimming with /\s+$/ retried the run from each of its positions: minutes for this line.
    expect(performance.now() - started).toBeLessThan(2000);
    expect(article.text).toBe('The wells ran dry.');
  });
});
