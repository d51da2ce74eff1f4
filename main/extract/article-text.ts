// Derived text fields of an article: the content hash that identifies duplicates, and the excerpt.
import { createHash } from 'node:crypto';
import { htmlToText } from './sanitize.ts';

const FIGURES = /<figure\b[\s\S]*?<\/figure>|<figcaption\b[\s\S]*?<\/figcaption>/gi;

/** Same words in the same order → same article, whatever the markup or spacing. */
export function hashContent(article: { title: string; text: string }): string {
  // Runs of blank space, and any blank other than a plain space, become one space: the same as
  // /\s+/ → ' ', without rewriting every single space of a multi-megabyte text.
  const normalized = `${article.title}\n${article.text}`
    .toLowerCase()
    .replace(/\s\s+|[^\S ]/g, ' ')
    .trim();
  return createHash('sha256').update(normalized).digest('hex');
}

/**
 * The opening of the article, cut at a word, for the article list. Image captions are left out:
 * "The harbour at dawn." is a poor first line for a story about the harbour.
 */
export function makeExcerpt(text: string, html?: string): string {
  const source =
    html && /<fig(ure|caption)\b/i.test(html) ? htmlToText(html.replace(FIGURES, ' ')) : text;
  const flat = source.replace(/\s\s+|[^\S ]/g, ' ').trim();
  if (flat.length <= 280) return flat;
  const cut = flat.lastIndexOf(' ', 280);
  return `${flat.slice(0, cut > 200 ? cut : 280)}…`;
}

/**
 * The article's picture at the top when its body has none: feeds and page metadata often name
 * a lead image that the body (a teaser, or Readability's cut) leaves out, and offline it is
 * the only picture the reader will have.
 */
export function withLeadImage(html: string, leadImage: string | null): string {
  if (!leadImage || !/^https?:\/\//i.test(leadImage) || /<img\b/i.test(html)) return html;
  const src = leadImage.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  return `<figure><img src="${src}" alt="" /></figure>${html}`;
}

/** An author's name as a byline shows it elsewhere: "By Amina Diallo" → "Amina Diallo". */
export function cleanAuthor(author: string | null): string | null {
  const name = author?.replace(/^\s*by\s+/i, '').trim();
  return name ? name : null;
}
