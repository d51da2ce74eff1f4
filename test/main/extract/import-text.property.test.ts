// Properties of plain-text import over generated input: it never throws, its text is what its HTML
// shows, blank space comes out normalised, and hard wrapping (hyphenated words included) is undone.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importText } from '../../../main/extract/import-text.ts';
import { htmlToText } from '../../../main/extract/sanitize.ts';

/** Fragments that exercise every rule: line ends, blank space, hyphens, list markers, chrome, markup. */
const fragment = fc.oneof(
  fc.constantFrom(
    ...['\n', '\n\n', '\r\n', '\r', ' ', '  ', '\t', '\u00a0', '\u200b', '\u2028', '\ufeff', '\v'],
    ...['-', 'long-', 'term', 'Niger', 'By Amina Diallo', '- ', '* ', '• ', '1. ', '2) '],
    ...['Subscribe', 'Share this:', 'Twitter', 'Loading...', '12 Comments', 'Advertisement'],
    ...['.', ':', '"', '”', '&amp;', '<b>', '</p>', 'é', 'É', '𝐀', '𝐚', '\u0000', '\u0085'],
  ),
  fc.string({ maxLength: 8 }),
  fc.string({ unit: 'binary', maxLength: 6 }),
  fc.string({ unit: 'grapheme', maxLength: 12 }),
);
const document = fc.array(fragment, { maxLength: 40 }).map((parts) => parts.join(''));

/** What importText may leave in `text`: words, single spaces, and a blank line between paragraphs. */
const NORMAL_TEXT = /^(?:\S+(?: \S+)*(?:\n\n\S+(?: \S+)*)*)?$/;
const OUR_TAGS = /<\/?(?:p|h2|ul|ol|li)>/g;

const runs = { numRuns: 400 };

describe('importText on any input', () => {
  it('never throws and returns strings or null in every field', () => {
    fc.assert(
      fc.property(fc.oneof(document, fc.string({ unit: 'binary' })), (source) => {
        const article = importText(source);
        for (const key of ['title', 'section', 'author'] as const) {
          expect(article[key] === null || typeof article[key] === 'string').toBe(true);
        }
        expect(typeof article.html).toBe('string');
        expect(typeof article.text).toBe('string');
      }),
      runs,
    );
  });

  it('stores as text exactly what its HTML shows', () => {
    fc.assert(
      fc.property(document, (source) => {
        const article = importText(source);
        expect(article.text).toBe(htmlToText(article.html));
      }),
      runs,
    );
  });

  it('leaves no line breaks, tabs or other blank space but single spaces and paragraph breaks', () => {
    fc.assert(
      fc.property(document, (source) => {
        expect(importText(source).text).toMatch(NORMAL_TEXT);
      }),
      runs,
    );
  });

  it('writes no markup of its own but paragraphs, subheadings and lists', () => {
    fc.assert(
      fc.property(document, (source) => {
        expect(importText(source).html.replace(OUR_TAGS, '')).not.toMatch(/[<>]/);
      }),
      runs,
    );
  });

  it('reads the same with any line endings and trailing blank space', () => {
    const ending = fc.constantFrom('\n', '\r\n', '\r');
    fc.assert(
      fc.property(document, ending, (source, newline) => {
        const lines = source.split(/\r\n|\r|\n/);
        const rewritten = lines.map((line) => `${line}  \t`).join(newline);
        expect(importText(rewritten)).toEqual(importText(lines.join('\n')));
      }),
      runs,
    );
  });
});

// Prose as an article is written: a headline, then paragraphs of words ending in a full stop.
const letters = 'abcdefghijklmnopqrstuvwxyzéüßø';
const lowerWord = fc
  .array(fc.constantFrom(...letters), { minLength: 1, maxLength: 10 })
  .map((chars) => chars.join(''));
const word = fc.oneof(
  lowerWord,
  lowerWord.map((w) => w[0]!.toUpperCase() + w.slice(1)),
  fc.tuple(lowerWord, lowerWord).map(([a, b]) => `${a}-${b}`),
  fc.constantFrom('G5', '2024', 'l’armée', '“quoted”', '(aside)', 'Ouagadougou,'),
);
const paragraph = fc
  .array(word, { minLength: 3, maxLength: 60 })
  .map((words) => `${words.join(' ')}.`);
const headline = fc
  .array(lowerWord, { minLength: 4, maxLength: 10 })
  .map((words) => `Report ${words.join(' ')}`);

/**
 * A paragraph hard-wrapped as an editor or e-mail client does it: lines of about `width`
 * characters, sometimes indented or with trailing spaces, and long hyphenated words broken after
 * their hyphen (the way a typesetter would) when the next part starts in lower case.
 */
function wrap(text: string, width: number, indent: string, trailing: string): string {
  const lines: string[] = [];
  let line = '';
  for (const token of text.split(' ')) {
    const hyphen = token.indexOf('-');
    if (hyphen > 0 && /^\p{Ll}/u.test(token.slice(hyphen + 1)) && line.length + hyphen > width) {
      lines.push(`${line}${line ? ' ' : ''}${token.slice(0, hyphen + 1)}`);
      line = token.slice(hyphen + 1);
    } else if (line && line.length + token.length + 1 > width) {
      lines.push(line);
      line = token;
    } else line = line ? `${line} ${token}` : token;
  }
  lines.push(line);
  return lines.map((l) => `${indent}${l}${trailing}`).join('\n');
}

describe('importText on hard-wrapped prose', () => {
  // One line, so the heuristic for a heading typed straight above the first paragraph stays out
  // of the way: it rightly reads a short wrapped first line as that heading.
  const lead = 'The agency said on Monday that the figures were provisional.';
  const article = fc.record({
    headline,
    paragraphs: fc.array(paragraph, { minLength: 1, maxLength: 6 }),
    width: fc.integer({ min: 8, max: 90 }),
    indent: fc.constantFrom('', ' ', '    ', '\t'),
    trailing: fc.constantFrom('', ' ', '  ', '\u00a0', '\u200b'),
    newline: fc.constantFrom('\n', '\r\n', '\r'),
  });

  it('joins the lines of each paragraph, rejoining words broken after a hyphen', () => {
    fc.assert(
      fc.property(article, ({ headline, paragraphs, width, indent, trailing, newline }) => {
        const wrapped = paragraphs.map((p) => wrap(p, width, indent, trailing));
        const source = [headline, lead, ...wrapped].join('\n\n').replace(/\n/g, newline);
        const imported = importText(source);
        expect(imported.title).toBe(headline);
        expect(imported.text).toBe([lead, ...paragraphs].join('\n\n'));
      }),
      runs,
    );
  });

  it('is idempotent: importing its own text again under the same headline changes nothing', () => {
    fc.assert(
      fc.property(article, document, ({ headline, paragraphs, width }, noise) => {
        // Any body, so long as it does not open with a byline: a one-line "By …" paragraph
        // is the author's name by design, wherever the line came from.
        const body = [...paragraphs.map((p) => wrap(p, width, '', '')), noise].join('\n\n');
        const once = importText(`${headline}\n\n${body}`);
        fc.pre(!/^by\s/i.test(once.text));
        const twice = importText(`${headline}\n\n${once.text}`);
        expect(twice.title).toBe(headline);
        expect(twice.text).toBe(once.text);
      }),
      runs,
    );
  });
});
