// HTML to plain text: block elements become paragraphs separated by a blank line.
import { isElement, parseHtmlFragment, TEXT_NODE } from './dom.ts';
import type { DomNode } from './dom.ts';

const BLOCKS = new Set([
  ...['address', 'article', 'aside', 'blockquote', 'caption', 'center', 'dd', 'details', 'dialog'],
  ...['div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3'],
  ...['h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'legend', 'li', 'main', 'nav', 'ol', 'p'],
  ...['picture', 'pre', 'section', 'summary', 'table', 'tbody', 'thead', 'tfoot', 'tr', 'ul'],
]);
const SKIPPED = new Set([
  ...['script', 'style', 'noscript', 'template', 'head', 'title', 'iframe', 'object', 'embed'],
  ...['textarea', 'select', 'button', 'svg', 'math', 'canvas', 'video', 'audio'],
]);
const CELLS = new Set(['td', 'th']);

/** Accumulates blocks of text; inline content joins the current block. */
class TextBuilder {
  readonly blocks: string[] = [];
  private current = '';

  add(text: string): void {
    this.current += text;
  }

  lineBreak(): void {
    this.current += '\n';
  }

  /** A block whose whitespace is meaningful (preformatted text). */
  addVerbatim(text: string): void {
    this.endBlock();
    const block = text.replace(/^\s*\n|\s+$/g, '');
    if (block.trim()) this.blocks.push(block);
  }

  endBlock(): void {
    const block = this.current
      .split('\n')
      .map((line) => line.replace(/[^\S\n]+/g, ' ').trim())
      .filter((line) => line !== '')
      .join('\n');
    if (block) this.blocks.push(block);
    this.current = '';
  }
}

function preformattedText(node: DomNode): string {
  let text = '';
  for (const child of Array.from(node.childNodes)) {
    if (child.nodeType === TEXT_NODE) text += child.textContent ?? '';
    else if (isElement(child) && !SKIPPED.has(child.localName)) {
      text += child.localName === 'br' ? '\n' : preformattedText(child);
    }
  }
  return text;
}

function walk(node: DomNode, out: TextBuilder): void {
  for (const child of Array.from(node.childNodes)) {
    if (child.nodeType === TEXT_NODE) {
      // Source line breaks and runs of spaces are just one space, as in a browser.
      out.add((child.textContent ?? '').replace(/\s+/g, ' '));
    } else if (isElement(child)) {
      const name = child.localName;
      if (SKIPPED.has(name)) continue;
      if (name === 'br') out.lineBreak();
      else if (name === 'pre') out.addVerbatim(preformattedText(child));
      else if (CELLS.has(name)) {
        out.add(' ');
        walk(child, out);
        out.add(' ');
      } else if (BLOCKS.has(name)) {
        out.endBlock();
        walk(child, out);
        out.endBlock();
      } else walk(child, out);
    }
  }
}

/**
 * Plain text of `html`: entities decoded, whitespace collapsed, `<br>` kept as a line
 * break, block elements (paragraphs, headings, list items, table rows …) separated by
 * a blank line, script/style and embedded content left out.
 */
export function htmlToText(html: string): string {
  const out = new TextBuilder();
  walk(parseHtmlFragment(html), out);
  out.endBlock();
  return out.blocks.join('\n\n').replace(/\u00a0/g, ' ');
}
