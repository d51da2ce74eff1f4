// Recognises an HTML page given where a feed was expected, and the feeds it advertises.
import { parseHtmlDocument } from '../extract/dom.ts';
import { absoluteHttpUrl } from '../extract/urls.ts';

const FEED_TYPES = new Set([
  'application/rss+xml',
  'application/atom+xml',
  'application/feed+json',
  'application/rdf+xml',
]);

const FEED_ROOTS = new Set(['rss', 'feed', 'rdf', 'channel']);

/** True when the text is an HTML page rather than a feed (XML) or JSON. */
export function looksLikeHtml(text: string, root: string | null): boolean {
  if (root === 'html') return true;
  if (root && FEED_ROOTS.has(root)) return false;
  // Pages whose first element is not <html> (a fragment, a stray <meta>) still show these.
  const head = text.slice(0, 4096);
  return /<!doctype\s+html[\s>]/i.test(head) || /<(?:head|body)[\s>]/i.test(head);
}

/**
 * Feed URLs an HTML page declares with `<link rel="alternate" type="application/rss+xml">`
 * (or Atom, JSON Feed), absolute against the page's `<base href>` and then `pageUrl`.
 */
export function discoverFeedLinks(html: string, pageUrl?: string): string[] {
  const doc = parseHtmlDocument(html);
  const base = absoluteHttpUrl(doc.querySelector('base[href]')?.getAttribute('href'), pageUrl);
  const found: string[] = [];
  for (const link of Array.from(doc.querySelectorAll('link[rel][href]'))) {
    const rel = (link.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
    const type = (link.getAttribute('type') ?? '').toLowerCase().split(';')[0]?.trim() ?? '';
    if (!rel.includes('alternate') || !FEED_TYPES.has(type)) continue;
    const url = absoluteHttpUrl(link.getAttribute('href'), base ?? pageUrl);
    if (url && !found.includes(url)) found.push(url);
  }
  return found;
}
