// Page metadata Readability does not give us reliably: dates, lead image, author, section, canonical URL.
import { toIsoUtc } from './dates.ts';
import type { DomDocument } from './dom.ts';
import { absoluteHttpUrl } from './urls.ts';

export interface PageMetadata {
  published: string | null;
  leadImage: string | null;
  author: string | null;
  section: string | null;
  canonicalUrl: string | null;
}

type Json = Record<string, unknown>;

const ARTICLE_TYPE = /Article|BlogPosting|Report|Review|NewsArticle|Posting/;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Every object in the page's JSON-LD blocks, including those nested in @graph or arrays. */
function jsonLdObjects(doc: DomDocument): Json[] {
  const found: Json[] = [];
  const collect = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(collect);
    else if (isObject(value)) {
      found.push(value);
      if (value['@graph'] !== undefined) collect(value['@graph']);
    }
  };
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      collect(JSON.parse(script.textContent ?? ''));
    } catch {
      // A broken JSON-LD block is common and harmless: the other sources still apply.
    }
  }
  return found;
}

function articleObject(objects: Json[]): Json | null {
  const typed = objects.find((o) => ARTICLE_TYPE.test(String(o['@type'] ?? '')));
  return typed ?? objects.find((o) => typeof o.datePublished === 'string') ?? null;
}

function metaContent(doc: DomDocument, names: string[]): string | null {
  for (const name of names) {
    const meta =
      doc.querySelector(`meta[property="${name}"]`) ??
      doc.querySelector(`meta[name="${name}"]`) ??
      doc.querySelector(`meta[itemprop="${name}"]`);
    const content = meta?.getAttribute('content')?.trim();
    if (content) return content;
  }
  return null;
}

function names(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (Array.isArray(value)) {
    const all = value.map(names).filter((n): n is string => n !== null);
    return all.length ? all.join(', ') : null;
  }
  return isObject(value) ? names(value.name) : null;
}

function imageUrl(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return imageUrl(value[0]);
  return isObject(value) ? imageUrl(value.url ?? value.contentUrl) : null;
}

// Where themes put the author's name in the page itself.
const BYLINE_SELECTOR = '[rel="author"], [itemprop~="author"], .byline, .author, .vcard .fn';

function bylineInPage(doc: DomDocument): string | null {
  for (const element of Array.from(doc.querySelectorAll(BYLINE_SELECTOR))) {
    const text = (element.textContent ?? '')
      .replace(/\s+/g, ' ')
      .trim()
      .replace(/^(posted |written )?by:?\s+/i, '');
    if (text && text.length <= 100 && !/^https?:/i.test(text)) return text;
  }
  return null;
}

function firstDate(candidates: Array<string | null | undefined>): string | null {
  for (const candidate of candidates) {
    const iso = toIsoUtc(candidate);
    if (iso) return iso;
  }
  return null;
}

/** Reads metadata from `doc`; call it before Readability, which removes scripts. */
export function readPageMetadata(doc: DomDocument, baseUrl: string | null): PageMetadata {
  const ld = articleObject(jsonLdObjects(doc));
  const time = doc.querySelector('article time[datetime]') ?? doc.querySelector('time[datetime]');
  const metaAuthor = metaContent(doc, ['author', 'article:author', 'dc.creator', 'parsely-author']);
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href');
  return {
    published: firstDate([
      metaContent(doc, ['article:published_time', 'datePublished', 'parsely-pub-date']),
      typeof ld?.datePublished === 'string' ? ld.datePublished : null,
      time?.getAttribute('datetime'),
      metaContent(doc, ['date', 'dc.date', 'dc.date.issued', 'pubdate', 'sailthru.date']),
    ]),
    leadImage:
      absoluteHttpUrl(
        metaContent(doc, ['og:image', 'og:image:url', 'og:image:secure_url', 'twitter:image']),
        baseUrl,
      ) ??
      absoluteHttpUrl(metaContent(doc, ['twitter:image:src']), baseUrl) ??
      absoluteHttpUrl(imageUrl(ld?.image), baseUrl),
    // article:author is often a profile URL rather than a name.
    author:
      (metaAuthor && !/^https?:\/\//i.test(metaAuthor) ? metaAuthor : null) ??
      names(ld?.author) ??
      bylineInPage(doc),
    section: metaContent(doc, ['article:section']) ?? names(ld?.articleSection),
    canonicalUrl:
      absoluteHttpUrl(canonical, baseUrl) ?? absoluteHttpUrl(metaContent(doc, ['og:url']), baseUrl),
  };
}
