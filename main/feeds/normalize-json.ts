// JSON Feed 1.0/1.1 (as feedsmith reads it) → ParsedFeed. Its titles and summaries are plain text by spec.
import { parseFeedDate } from './dates.ts';
import {
  cleanEnclosures,
  finishItem,
  joinNames,
  pickImage,
  resolveUrl,
  uniqueTexts,
} from './item-parts.ts';
import type { JsonFeedShape, JsonItem } from './shape.ts';
import { toPlainLine, toPlainText, toSafeHtml } from './text.ts';
import type { ParsedFeed, ParsedItem } from './types.ts';

function normalizeItem(
  item: JsonItem,
  base: string | null,
  feedAuthor: string | null,
  now: Date | number,
): ParsedItem {
  const enclosures = cleanEnclosures(
    item.attachments.map((attachment) => ({
      url: attachment.url,
      type: attachment.mime_type,
      length: attachment.size_in_bytes,
    })),
    base,
  );
  return finishItem({
    guid: item.id?.trim() || null,
    title: toPlainLine(item.title, 'text'),
    link: resolveUrl(item.url, base) ?? resolveUrl(item.external_url, base),
    published: parseFeedDate(item.date_published, now),
    updated: parseFeedDate(item.date_modified, now),
    author: joinNames(item.authors.map((author) => author.name)) ?? feedAuthor,
    summary: toSafeHtml(item.summary, 'text', base),
    content:
      toSafeHtml(item.content_html, 'html', base) ?? toSafeHtml(item.content_text, 'text', base),
    categories: uniqueTexts(item.tags),
    image: pickImage(undefined, enclosures, [item.image, item.banner_image], base),
    enclosures,
  });
}

export function normalizeJson(
  feed: JsonFeedShape,
  options: { url: string | null; now: Date | number },
): ParsedFeed {
  // Relative URLs in a JSON Feed can only mean "relative to where the feed lives".
  const base =
    options.url ?? resolveUrl(feed.feed_url, null) ?? resolveUrl(feed.home_page_url, null);
  const feedAuthor = joinNames(feed.authors.map((author) => author.name));
  return {
    format: 'json',
    title: toPlainLine(feed.title, 'text'),
    link: resolveUrl(feed.home_page_url, base),
    description: toPlainText(feed.description, 'text'),
    image: resolveUrl(feed.icon, base),
    icon: resolveUrl(feed.favicon, base),
    items: feed.items.map((item) => normalizeItem(item, base, feedAuthor, options.now)),
  };
}
