// Plain-text articles: an optional section line, the headline, paragraphs and subheadings;
// trailing site chrome (comment widgets, share prompts) copied along with the text is dropped.
import { escapeHtml } from './dom.ts';

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

const TERMINAL_PUNCTUATION = new Set('.!?…:;,"”’)');
/** The end of a line that breaks a word after its hyphen. */
const BROKEN_WORD = /\p{L}-$/u;
/** Blank space a line may end with: `\s` and the zero-width space some editors leave. */
const TRAILING_SPACE = /[\s\u200b]/;
const LIST_ITEM = /^(?:[-*•]\s+|\d{1,3}[.)]\s+)/;

/** Looks at the last character only: a regex ending in `$` would try every position of a long line. */
const endsWithTerminal = (text: string): boolean => TERMINAL_PUNCTUATION.has(text.at(-1) ?? '');

/**
 * A line without its trailing blank space. Scanning back from the end keeps a long run of spaces
 * inside a line linear, where `/\s+$/` retries the run from each of its positions.
 */
function trimLineEnd(line: string): string {
  let end = line.length;
  while (end > 0 && TRAILING_SPACE.test(line[end - 1] ?? '')) end--;
  return end === line.length ? line : line.slice(0, end);
}

/**
 * Blank space collapsed to single spaces. Lone spaces are left alone rather than replaced by
 * themselves, which would rebuild the whole string.
 */
const flatten = (text: string): string => text.replace(/\s\s+|[^\S ]/g, ' ').trim();

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
    // Read as the reader sees it: a non-breaking space copied from a page is still a space.
    const seen = flatten(line);
    if (CHROME_LINE.test(seen)) strong++;
    else if (!CHROME_COMPANION.test(seen)) break;
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
 * Only the previous line is looked at (never the text joined so far), so a paragraph of a
 * million lines costs what its characters do.
 */
function joinLines(lines: readonly string[]): string {
  let text = lines[0] ?? '';
  for (let i = 1; i < lines.length; i++) {
    const previous = lines[i - 1] ?? '';
    const line = lines[i] ?? '';
    const brokenWord =
      previous.endsWith('-') && BROKEN_WORD.test(previous) && /^\p{Ll}/u.test(line);
    text += brokenWord ? line : ` ${line}`;
  }
  return text;
}

/** A first line that is a heading above the rest of its block (no blank line between). */
function isLeadingHeadingLine(block: string[]): boolean {
  const [first, second] = block;
  if (!first || !second) return false;
  // A loop, not Math.max(...lengths): spreading a block of a million lines overflows the stack.
  let longest = 0;
  for (let i = 1; i < block.length; i++) longest = Math.max(longest, block[i]?.length ?? 0);
  return (
    !endsWithTerminal(first) && /^[\p{Lu}\p{N}"“‘']/u.test(second) && first.length < 0.8 * longest
  );
}

/** A section label ("Africa", "World News") is a word or three; headlines are longer. */
const isSectionLabel = (text: string): boolean =>
  text.length <= 30 && text.split(/\s+/).length <= 3 && !endsWithTerminal(text);
const isHeadline = (text: string): boolean => text.length <= 250 && !/[.;,]$/.test(text);

/** A one-line block above a longer or sentence-like block; `following` is that block joined. */
function isSubheading(block: string[], following: string | undefined): boolean {
  const line = block[0] ?? '';
  if (block.length !== 1 || following === undefined) return false;
  if (line.length > 120 || LIST_ITEM.test(line) || endsWithTerminal(line)) return false;
  return following.length > line.length || endsWithTerminal(following);
}

const isList = (block: string[]): boolean =>
  block.length > 1 && block.every((line) => LIST_ITEM.test(line));

function blockHtml(block: string[], joined: string, subheading: boolean): string {
  if (subheading) return `<h2>${escapeHtml(joined)}</h2>`;
  if (isList(block)) {
    const tag = /^\d/.test(block[0] ?? '') ? 'ol' : 'ul';
    const items = block.map((line) => `<li>${escapeHtml(line.replace(LIST_ITEM, ''))}</li>`);
    return `<${tag}>${items.join('')}</${tag}>`;
  }
  return `<p>${escapeHtml(joined)}</p>`;
}

/**
 * The paragraphs of a block as `htmlToText` reads them from `blockHtml` (blank space collapsed,
 * one per list item), worked out from the lines: parsing megabytes of HTML we just wrote costs
 * more time and memory than everything else here.
 */
function blockText(block: string[], joined: string): string[] {
  return isList(block)
    ? block.map((line) => flatten(line.replace(LIST_ITEM, '')))
    : [flatten(joined)];
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
    .map((line) => trimLineEnd(line).trimStart());
  const blocks = toBlocks(dropTrailingChrome(lines));
  // A heading typed directly above its text (no blank line) still stands on its own.
  for (let i = 0; i < 2 && i < blocks.length; i++) {
    const block = blocks[i] ?? [];
    if (block.length > 1 && isLeadingHeadingLine(block)) {
      blocks.splice(i, 1, [block[0] ?? ''], block.slice(1));
    }
  }
  const { body, ...head } = splitHead(blocks);
  const joined = body.map(joinLines);
  const html = body
    .map((block, i) => blockHtml(block, joined[i] ?? '', isSubheading(block, joined[i + 1])))
    .join('\n');
  const text = body.flatMap((block, i) => blockText(block, joined[i] ?? '')).filter(Boolean);
  return { ...head, html, text: text.join('\n\n') };
}
