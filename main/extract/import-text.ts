// Plain-text articles: an optional section line, the headline, paragraphs and subheadings;
// trailing site chrome (comment widgets, share prompts) copied along with the text is dropped.
import { escapeHtml } from './dom.ts';
import { htmlToText } from './sanitize.ts';

export interface TextArticle {
  /** The headline, or null when the text starts straight with a paragraph. */
  title: string | null;
  section: string | null;
  /** From a "By …" line under the headline. */
  author: string | null;
  html: string;
  text: string;
}

/** Lines that only ever come from page chrome copied below an article. */
const CHROME_LINE =
  /^(subscribe|notify of|guest|\d+ comments?|inline feedbacks|view all comments|advertisement|close button|share this:?|like this:?|related( posts| articles)?|leave a (comment|reply)|loading(\.\.\.|…)?)$/i;
/** Widget labels that are chrome only next to the lines above (alone they could be words). */
const CHROME_COMPANION =
  /^(facebook|twitter|x|whatsapp|telegram|linkedin|reddit|pinterest|tumblr|pocket|print|more|reply|cancel reply|post comment|name\*?|email\*?|website|label|load more comments|be the first to like this\.?|like|click to .+|\{\})$/i;

const TERMINAL_PUNCTUATION = /[.!?…:;,"”’)]$/;
const LIST_ITEM = /^(?:[-*•]\s+|\d{1,3}[.)]\s+)/;

/** Splits text into blocks (separated by blank lines), each a list of trimmed lines. */
function toBlocks(lines: string[]): string[][] {
  const blocks: string[][] = [];
  let current: string[] = [];
  for (const line of lines) {
    if (line === '') {
      if (current.length) blocks.push(current);
      current = [];
    } else current.push(line);
  }
  if (current.length) blocks.push(current);
  return blocks;
}

/**
 * Drops the run of chrome lines at the end of the text. The run must contain at least one
 * unmistakable chrome line, and must start a block unless it is several lines long, so
 * the last line of a real paragraph is never taken for a widget.
 */
function dropTrailingChrome(lines: string[]): string[] {
  let start = lines.length;
  let strong = 0;
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i] ?? '';
    if (line === '') continue;
    if (CHROME_LINE.test(line)) strong++;
    else if (!CHROME_COMPANION.test(line)) break;
    start = i;
  }
  const run = lines.slice(start).filter((line) => line !== '');
  const startsBlock = start === 0 || lines[start - 1] === '';
  if (strong === 0 || (!startsBlock && run.length < 2)) return lines;
  return lines.slice(0, start);
}

/**
 * Joins the lines of a hard-wrapped paragraph. A word broken after a hyphen is rejoined
 * with the hyphen kept: "long-term" is common, and we cannot tell "net-work" from it.
 */
function joinLines(lines: string[]): string {
  return lines.reduce((text, line) =>
    /\p{L}-$/u.test(text) && /^\p{Ll}/u.test(line) ? text + line : `${text} ${line}`,
  );
}

/** A first line that is a heading above the rest of its block (no blank line between). */
function isLeadingHeadingLine(block: string[]): boolean {
  const [first, second] = block;
  if (!first || !second) return false;
  const longest = Math.max(...block.slice(1).map((line) => line.length));
  return (
    !TERMINAL_PUNCTUATION.test(first) &&
    /^[\p{Lu}\p{N}"“‘']/u.test(second) &&
    first.length < 0.8 * longest
  );
}

/** A section label ("Africa", "World News") is a word or three; headlines are longer. */
const isSectionLabel = (text: string): boolean =>
  text.length <= 30 && text.split(/\s+/).length <= 3 && !TERMINAL_PUNCTUATION.test(text);
const isHeadline = (text: string): boolean => text.length <= 250 && !/[.;,]$/.test(text);

function isSubheading(block: string[], next: string[] | undefined): boolean {
  const line = block[0] ?? '';
  if (block.length !== 1 || !next || line.length > 120 || LIST_ITEM.test(line)) return false;
  if (TERMINAL_PUNCTUATION.test(line)) return false;
  const following = joinLines(next);
  return following.length > line.length || TERMINAL_PUNCTUATION.test(following);
}

function blockHtml(block: string[], subheading: boolean): string {
  if (subheading) return `<h2>${escapeHtml(joinLines(block))}</h2>`;
  if (block.length > 1 && block.every((line) => LIST_ITEM.test(line))) {
    const tag = /^\d/.test(block[0] ?? '') ? 'ol' : 'ul';
    const items = block.map((line) => `<li>${escapeHtml(line.replace(LIST_ITEM, ''))}</li>`);
    return `<${tag}>${items.join('')}</${tag}>`;
  }
  return `<p>${escapeHtml(joinLines(block))}</p>`;
}

const BYLINE = /^by\s+(\S.{1,80})$/i;

/** Takes the section line, headline and byline off the top of the text. */
function splitHead(blocks: string[][]): Omit<TextArticle, 'html' | 'text'> & { body: string[][] } {
  const single = (i: number): string | null => {
    const block = blocks[i];
    return block?.length === 1 ? (block[0] ?? null) : null;
  };
  let next = 0;
  let section: string | null = null;
  let title: string | null = null;
  let author: string | null = null;
  const first = single(0);
  const second = single(1);
  if (first && second && isSectionLabel(first) && isHeadline(second)) {
    [section, title, next] = [first, second, 2];
  } else if (first && isHeadline(first)) {
    [title, next] = [first, 1];
  }
  const byline = title ? BYLINE.exec(single(next) ?? '') : null;
  if (byline) {
    author = byline[1] ?? null;
    next++;
  }
  return { section, title, author, body: blocks.slice(next) };
}

/** Reads a plain-text article. */
export function importText(source: string): TextArticle {
  const lines = source
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)
    .map((line) => line.replace(/[\s\u200b]+$/u, '').replace(/^\s+/, ''));
  const blocks = toBlocks(dropTrailingChrome(lines));
  // A heading typed directly above its text (no blank line) still stands on its own.
  for (let i = 0; i < 2 && i < blocks.length; i++) {
    const block = blocks[i] ?? [];
    if (block.length > 1 && isLeadingHeadingLine(block)) {
      blocks.splice(i, 1, [block[0] ?? ''], block.slice(1));
    }
  }
  const { body, ...head } = splitHead(blocks);
  const html = body
    .map((block, i) => blockHtml(block, isSubheading(block, body[i + 1])))
    .join('\n');
  return { ...head, html, text: htmlToText(html) };
}
