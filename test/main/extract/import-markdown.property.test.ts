// Properties of Markdown import over generated input: it never throws, never lets markup or script
// through, and reads front matter values back as written.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importMarkdown } from '../../../main/extract/import-markdown.ts';

const runs = { numRuns: 300 };

const fragment = fc.oneof(
  fc.constantFrom(
    ...['\n', '\n\n', '\r\n', ' ', '    ', '---\n', '...\n', 'title: ', 'author: ', 'date: ', '#'],
    ...['# ', '## ', '- ', '1. ', '> ', '```\n', '`', '*', '_', '[', '](', ')', '![', '<', '>'],
    ...['<script>alert(1)</script>', '<img src=x onerror=alert(1)>', 'javascript:alert(1)'],
    ...['https://example.org/a', '[a](javascript:x)', '<a href="https://x">', '&amp;', '|', 'é'],
  ),
  fc.string({ maxLength: 8 }),
  fc.string({ unit: 'grapheme', maxLength: 8 }),
);
const markdownish = fc.array(fragment, { maxLength: 40 }).map((parts) => parts.join(''));

const ALLOWED_TAGS = new Set(
  ['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'br', 'hr', 'a', 'img', 'ul', 'ol', 'li'].concat([
    'blockquote',
    'pre',
    'code',
    'em',
    'strong',
    's',
    'table',
    'thead',
    'tbody',
    'tr',
    'th',
    'td',
  ]),
);

describe('importMarkdown on any input', () => {
  it('never throws', () => {
    fc.assert(
      fc.property(fc.oneof(markdownish, fc.string({ unit: 'binary' })), (source) => {
        const article = importMarkdown(source, 'https://example.org/base/');
        expect(typeof article.html).toBe('string');
        expect(typeof article.text).toBe('string');
      }),
      runs,
    );
  });

  it('writes only Markdown’s own tags, without event handlers or script links', () => {
    fc.assert(
      fc.property(markdownish, (source) => {
        const { html } = importMarkdown(source);
        for (const [, tag] of html.matchAll(/<\/?([a-z0-9]+)/gi)) {
          expect(ALLOWED_TAGS, tag).toContain(tag!.toLowerCase());
        }
        expect(html).not.toMatch(/<[^>]*\son\w+\s*=|(?:href|src)="\s*(?:javascript|data):/i);
      }),
      runs,
    );
  });
});

describe('importMarkdown front matter', () => {
  // One line of text, as a YAML scalar holds it; `|` and `>` start block scalars instead.
  const value = fc
    .string({ unit: 'grapheme', minLength: 1, maxLength: 40 })
    .filter(
      (v) => !/[\r\n\u2028\u2029\u0085]/.test(v) && v.trim() !== '' && !['|', '>'].includes(v),
    );
  const gap = fc.constantFrom('', ' ', '   ', '\t');

  it('reads a quoted value back exactly as written', () => {
    fc.assert(
      fc.property(value, fc.constantFrom('"', "'"), gap, gap, (title, quote, before, after) => {
        const source = `---\ntitle:${before}${quote}${title}${quote}${after}\n---\n\nBody.`;
        expect(importMarkdown(source).title).toBe(title);
      }),
      runs,
    );
  });

  it('reads a plain value back trimmed, up to a comment', () => {
    const plain = value.filter((v) => !/^["']|\s#/.test(v) && v.trim() === v);
    fc.assert(
      fc.property(plain, gap, gap, fc.boolean(), (author, before, after, comment) => {
        const source = `---\nauthor:${before}${author}${after}${comment ? ' # a note' : ''}\n---\n\nBody.`;
        expect(importMarkdown(source).author).toBe(author);
      }),
      runs,
    );
  });
});
