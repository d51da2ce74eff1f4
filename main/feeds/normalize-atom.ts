// Atom 0.3/1.0 (as feedsmith reads it) → ParsedFeed: text constructs, xml:base, alternate links.
import { parseFeedDate } from './dates.ts';
import {
  cleanEnclosures,
  finishItem,
  firstText,
  joinNames,
  pickImage,
  resolveUrl,
  uniqueTexts,
  withBase,
} from './item-parts.ts';
import type { AtomEntry, AtomFeedShape } from './shape.ts';
import { textKindOf, toPlainLine, toPlainText, toSafeHtml } from './text.ts';
import type { ParsedFeed, ParsedItem } from './types.ts';

type AtomLink = AtomFeedShape['links'][number];
type AtomText = AtomEntry['title'];

/**
 * The link to the page: rel="alternate" (the default when rel is missing), preferring HTML
 * over other types; resolved against `base`. RSS feeds use it for their atom:link elements too.
 */
export function alternateLink(links: AtomLink[], base: string | null): string | null {
  const alternates = links.filter((link) => !link.rel || link.rel.toLowerCase() === 'alternate');
  const html = alternates.find((link) => !link.type || /html/i.test(link.type));
  for (const link of [html, ...alternates]) {
    const url = resolveUrl(link?.href, base);
    if (url) return url;
  }
  return null;
}

/** An id that is itself a web address (Google Groups, many blogs) is the page when no link is given. */
function idAsLink(id: string | undefined): string | null {
  return id && /^\s*https?:\/\//i.test(id) ? resolveUrl(id, null) : null;
}

export function enclosureLinks(
  links: AtomLink[],
): Array<{ url?: string; type?: string; length?: number }> {
  return links
    .filter((link) => link.rel?.toLowerCase() === 'enclosure')
    .map((link) => ({ url: link.href, type: link.type, length: link.length }));
}

function plainLine(construct: AtomText): string | null {
  return construct ? toPlainLine(construct.value, textKindOf(construct.type)) : null;
}

function safeHtml(construct: AtomText, base: string | null): string | null {
  if (!construct) return null;
  return toSafeHtml(
    construct.value,
    textKindOf(construct.type),
    withBase(base, construct.xml?.base),
  );
}

interface AtomContext {
  base: string | null;
  now: Date | number;
  feedAuthor: string | null;
}

function normalizeEntry(entry: AtomEntry, context: AtomContext): ParsedItem {
  const base = withBase(context.base, entry.xml?.base);
  const content = entry.content;
  // Content with src= is a link to the content, not the content: it has no text for us.
  const contentHtml = content && !content.src ? safeHtml(content, base) : null;
  const enclosures = cleanEnclosures(enclosureLinks(entry.links), base);
  const published = firstText(entry.published, entry.dc?.dates[0], entry.dcterms?.issued[0]);
  return finishItem({
    guid: entry.id?.trim() || null,
    title: plainLine(entry.title),
    link: alternateLink(entry.links, base) ?? idAsLink(entry.id),
    published: parseFeedDate(published, context.now),
    updated: parseFeedDate(firstText(entry.updated, entry.dcterms?.modified[0]), context.now),
    // An entry without an author has the feed's (RFC 4287 §4.2.1).
    author:
      joinNames(entry.authors.map((person) => person.name ?? person.email)) ?? context.feedAuthor,
    summary: safeHtml(entry.summary, base),
    content: contentHtml,
    categories: uniqueTexts(entry.categories.map((category) => category.term ?? category.label)),
    image: pickImage(entry.media, enclosures, [entry.itunes?.image], base),
    enclosures,
  });
}

export function normalizeAtom(
  feed: AtomFeedShape,
  options: { url: string | null; now: Date | number },
): ParsedFeed {
  const base = withBase(options.url, feed.xml?.base);
  const feedAuthor = joinNames(feed.authors.map((person) => person.name ?? person.email));
  const context = { base, now: options.now, feedAuthor };
  return {
    format: 'atom',
    title: plainLine(feed.title),
    link: alternateLink(feed.links, base) ?? idAsLink(feed.id),
    description: feed.subtitle
      ? toPlainText(feed.subtitle.value, textKindOf(feed.subtitle.type))
      : null,
    image: resolveUrl(feed.logo ?? feed.itunes?.image, base),
    icon: resolveUrl(feed.icon, base),
    items: feed.entries.map((entry) => normalizeEntry(entry, context)),
  };
}
