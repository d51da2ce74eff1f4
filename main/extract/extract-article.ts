// Extracts the article from a web page: pre-clean, Readability on linkedom, metadata, sanitised HTML and text.
import { Readability } from '@mozilla/readability';
import { toIsoUtc } from './dates.ts';
import { parseHtmlDocument } from './dom.ts';
import type { DomDocument } from './dom.ts';
import { flattenMath } from './math-text.ts';
import { readPageMetadata } from './metadata.ts';
import { precleanDocument } from './preclean.ts';
import { htmlToText, sanitizeArticleHtml } from './sanitize.ts';
import { refineTitle } from './title.ts';
import type { TitleSources } from './title.ts';
import { absoluteHttpUrl } from './urls.ts';

export interface ExtractedArticle {
  title: string;
  byline: string | null;
  /** ISO 8601 UTC, or null. */
  published: string | null;
  /** Absolute http(s) URL, or null. */
  leadImage: string | null;
  excerpt: string | null;
  siteName: string | null;
  /** From `article:section` or JSON-LD `articleSection`. */
  section: string | null;
  /** The page's canonical URL (absolute), or null. */
  canonicalUrl: string | null;
  /** Sanitised article HTML. */
  html: string;
  /** Plain text of `html`, blocks separated by a blank line. */
  text: string;
}

/**
 * Points the document's <base> at an absolute URL (the page's own <base> resolved against
 * `pageUrl`), because Readability resolves links against `document.baseURI` and linkedom
 * reports a <base href> verbatim, relative or not.
 */
function fixBase(doc: DomDocument, pageUrl: string | undefined): string | null {
  const base = doc.querySelector('base[href]');
  const resolved = absoluteHttpUrl(base?.getAttribute('href'), pageUrl) ?? absoluteHttpUrl(pageUrl);
  if (!resolved) {
    base?.remove();
    return null;
  }
  if (base) base.setAttribute('href', resolved);
  else {
    const created = doc.createElement('base');
    created.setAttribute('href', resolved);
    doc.head.prepend(created);
  }
  return resolved;
}

function titleSources(doc: DomDocument): TitleSources {
  const textOf = (selector: string): string[] =>
    Array.from(doc.querySelectorAll(selector), (h) => (h.textContent ?? '').trim());
  return {
    documentTitle: (doc.head.querySelector('title')?.textContent ?? '').trim(),
    headings: textOf('h1, h2'),
    h1s: textOf('h1').map((h) => h.replace(/\s+/g, ' ')),
  };
}

const clean = (value: string | null | undefined): string | null =>
  value?.replace(/\s+/g, ' ').trim() || null;

type ReadabilityResult = ReturnType<Readability['parse']>;

function runReadability(doc: DomDocument): ReadabilityResult {
  try {
    // The types differ only because main/ compiles without the DOM lib (see dom.ts).
    return new Readability(doc as unknown as ConstructorParameters<typeof Readability>[0]).parse();
  } catch {
    // Readability gives up on some pathological markup; the caller falls back to the page text.
    return null;
  }
}

/** Extracts the readable article from a page's HTML. Never throws on odd markup. */
export function extractArticle(html: string, options: { url?: string } = {}): ExtractedArticle {
  const doc = parseHtmlDocument(html);
  const baseUrl = fixBase(doc, options.url) ?? undefined;
  // Metadata and title candidates first: Readability removes scripts and headings.
  const meta = readPageMetadata(doc, baseUrl ?? null);
  const titles = titleSources(doc);
  flattenMath(doc);
  precleanDocument(doc);
  const article = runReadability(doc);
  let sanitized = sanitizeArticleHtml(article?.content ?? '', baseUrl);
  let text = htmlToText(sanitized);
  if (!text) {
    // Readability found nothing it trusts (and has torn the document apart trying):
    // fall back to everything readable in the (pre-cleaned) page.
    const fallback = parseHtmlDocument(html);
    fixBase(fallback, options.url);
    flattenMath(fallback);
    precleanDocument(fallback);
    sanitized = sanitizeArticleHtml(fallback.body.innerHTML, baseUrl);
    text = htmlToText(sanitized);
  }
  return {
    title: clean(article?.title ? refineTitle(article.title, titles) : titles.documentTitle) ?? '',
    byline: clean(article?.byline) ?? meta.author,
    published: toIsoUtc(article?.publishedTime) ?? meta.published,
    leadImage: meta.leadImage,
    excerpt: clean(article?.excerpt),
    siteName: clean(article?.siteName),
    section: meta.section,
    canonicalUrl: meta.canonicalUrl,
    html: sanitized,
    text,
  };
}
