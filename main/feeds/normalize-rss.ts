// RSS 0.9x/2.0 and RSS 1.0/RDF (as feedsmith reads them) → ParsedFeed, with the common namespaces.
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
import { alternateLink, enclosureLinks } from './normalize-atom.ts';
import type { RssFeedShape, RssItem } from './shape.ts';
import { textKindOf, toPlainLine, toPlainText, toSafeHtml } from './text.ts';
import type { ParsedFeed, ParsedItem } from './types.ts';

const URL_LIKE = /^https?:\/\//i;

/** "jane@example.com (Jane Doe)" and friends → the name when there is one, else the address. */
function personName(person: { name?: string; email?: string }): string | undefined {
  return person.name ?? person.email;
}

/**
 * RSS guids are permalinks unless isPermaLink="false"; only a URL-looking one is taken as the
 * link, since many feeds leave the default on opaque ids.
 */
function guidLink(item: RssItem, base: string | null): string | null {
  const guid = item.guid;
  if (!guid?.value || guid.isPermaLink === false) return null;
  return URL_LIKE.test(guid.value.trim()) ? resolveUrl(guid.value, base) : null;
}

function normalizeItem(item: RssItem, base: string | null, now: Date | number): ParsedItem {
  const atom = item.atom;
  const itemBase = withBase(base, item.xml?.base);
  const rawEnclosures = [...item.enclosures, ...enclosureLinks(atom?.links ?? [])];
  const enclosures = cleanEnclosures(rawEnclosures, itemBase);
  const atomSummary = atom?.summary;
  const atomContent = atom?.content;
  const summary =
    toSafeHtml(item.description, null, itemBase) ??
    toSafeHtml(item.dc?.descriptions[0], null, itemBase) ??
    toSafeHtml(atomSummary?.value, textKindOf(atomSummary?.type), itemBase) ??
    toSafeHtml(item.itunes?.summary, null, itemBase);
  const content =
    toSafeHtml(item.content?.encoded, 'html', itemBase) ??
    toSafeHtml(atomContent?.value, textKindOf(atomContent?.type), itemBase);
  const title =
    toPlainLine(item.title, null) ??
    toPlainLine(item.dc?.titles[0], null) ??
    (atom?.title ? toPlainLine(atom.title.value, textKindOf(atom.title.type)) : null);
  return finishItem({
    guid: firstText(item.guid?.value, item.rdf?.about, atom?.id),
    title,
    link:
      resolveUrl(item.link, itemBase) ??
      guidLink(item, itemBase) ??
      alternateLink(atom?.links ?? [], itemBase) ??
      resolveUrl(item.rdf?.about, itemBase),
    published: parseFeedDate(
      firstText(
        item.pubDate,
        item.dc?.dates[0],
        item.dcterms?.issued[0],
        item.dcterms?.created[0],
        atom?.published,
      ),
      now,
    ),
    updated: parseFeedDate(firstText(atom?.updated, item.dcterms?.modified[0]), now),
    author: joinNames(
      item.authors.length
        ? item.authors.map(personName)
        : item.dc?.creators.length
          ? item.dc.creators
          : [item.itunes?.author, ...(atom?.authors ?? []).map((person) => person.name)],
    ),
    summary,
    content,
    categories: uniqueTexts([
      ...item.categories.map((category) => category.name),
      ...(item.dc?.subjects ?? []),
      ...(atom?.categories ?? []).map((category) => category.term ?? category.label),
      ...(item.media?.categories ?? []).map((category) => category.name),
    ]),
    image: pickImage(item.media, enclosures, [item.itunes?.image], itemBase),
    enclosures,
  });
}

export function normalizeRss(
  feed: RssFeedShape,
  options: { format: 'rss' | 'rdf'; url: string | null; now: Date | number },
): ParsedFeed {
  const base = withBase(options.url, feed.xml?.base);
  const atomLinks = feed.atom?.links ?? [];
  return {
    format: options.format,
    title: toPlainLine(feed.title, null) ?? toPlainLine(feed.dc?.titles[0], null),
    link: resolveUrl(feed.link, base) ?? alternateLink(atomLinks, base),
    description:
      toPlainText(feed.description, null) ??
      toPlainText(feed.dc?.descriptions[0], null) ??
      toPlainText(feed.itunes?.summary, null),
    image: resolveUrl(feed.image?.url ?? feed.itunes?.image, base),
    icon: null,
    items: feed.items.map((item) => normalizeItem(item, base, options.now)),
  };
}
