// Runtime shape of what feedsmith returns, as far as we read it: a wrong type becomes "absent", never a crash.
import { z } from 'zod';

// Every field is optional and falls back to undefined when it has another type, so a feed with
// an odd structure yields fewer fields instead of an exception deep inside normalisation.
const text = z.string().optional().catch(undefined);
const textOrNumber = z
  .union([z.string(), z.number()])
  .transform(String)
  .optional()
  .catch(undefined);
const count = z.number().optional().catch(undefined);
const bool = z.boolean().optional().catch(undefined);

/** An array whose unreadable elements are dropped (a lone value counts as an array of one). */
function list<T extends z.ZodType>(element: T) {
  return z
    .unknown()
    .transform((value) => {
      const values = Array.isArray(value) ? value : value === undefined ? [] : [value];
      const kept: Array<z.output<T>> = [];
      for (const candidate of values) {
        const parsed = element.safeParse(candidate);
        if (parsed.success && parsed.data !== undefined) kept.push(parsed.data);
      }
      return kept;
    })
    .catch([]);
}

function record<T extends z.ZodRawShape>(shape: T) {
  return z.object(shape).optional().catch(undefined);
}

const xmlAttributes = record({ base: text, lang: text });
const atomText = record({ value: text, type: text, xml: xmlAttributes });
const atomContent = record({ value: text, type: text, src: text, xml: xmlAttributes });
const atomLink = z.object({ href: text, rel: text, type: text, length: count });
const atomPerson = z.object({ name: text, uri: text, email: text });
const atomCategory = z.object({ term: text, label: text });

const mediaThumbnail = z.object({ url: text });
const mediaContent = z.object({
  url: text,
  type: text,
  medium: text,
  fileSize: count,
  thumbnails: list(mediaThumbnail),
});
const mediaCommon = { thumbnails: list(mediaThumbnail), contents: list(mediaContent) };
const mediaCategory = z.object({ name: text, label: text });
const media = record({
  ...mediaCommon,
  categories: list(mediaCategory),
  groups: list(z.object(mediaCommon)),
});
const itunesItem = record({ image: text, author: text, summary: text });
const itunesFeed = record({ image: text, author: text, summary: text });
const dublinCore = record({
  titles: list(z.string()),
  creators: list(z.string()),
  subjects: list(z.string()),
  dates: list(z.string()),
  descriptions: list(z.string()),
});
const dcTerms = record({
  created: list(z.string()),
  issued: list(z.string()),
  modified: list(z.string()),
  dates: list(z.string()),
});

const atomEntryFields = {
  id: text,
  title: atomText,
  links: list(atomLink),
  published: text,
  updated: text,
  summary: atomText,
  content: atomContent,
  authors: list(atomPerson),
  contributors: list(atomPerson),
  categories: list(atomCategory),
  xml: xmlAttributes,
};

export const atomEntrySchema = z.object({
  ...atomEntryFields,
  media,
  itunes: itunesItem,
  dc: dublinCore,
  dcterms: dcTerms,
});
export type AtomEntry = z.output<typeof atomEntrySchema>;

export const atomFeedSchema = z.object({
  id: text,
  title: atomText,
  subtitle: atomText,
  links: list(atomLink),
  icon: text,
  logo: text,
  authors: list(atomPerson),
  entries: list(atomEntrySchema),
  itunes: itunesFeed,
  media,
  xml: xmlAttributes,
});
export type AtomFeedShape = z.output<typeof atomFeedSchema>;

// RSS namespaces may carry Atom elements (atom:link rel="alternate", atom:updated …).
const atomInRss = record(atomEntryFields);

export const rssItemSchema = z.object({
  title: text,
  link: text,
  description: text,
  authors: list(z.object({ name: text, email: text })),
  categories: list(z.object({ name: text })),
  enclosures: list(z.object({ url: text, type: text, length: count })),
  guid: record({ value: textOrNumber, isPermaLink: bool }),
  pubDate: text,
  comments: text,
  content: record({ encoded: text }),
  rdf: record({ about: text }),
  atom: atomInRss,
  dc: dublinCore,
  dcterms: dcTerms,
  media,
  itunes: itunesItem,
  xml: xmlAttributes,
});
export type RssItem = z.output<typeof rssItemSchema>;

export const rssFeedSchema = z.object({
  title: text,
  link: text,
  description: text,
  image: record({ url: text }),
  items: list(rssItemSchema),
  atom: record({ links: list(atomLink), title: atomText, subtitle: atomText }),
  dc: dublinCore,
  itunes: itunesFeed,
  media,
  xml: xmlAttributes,
});
export type RssFeedShape = z.output<typeof rssFeedSchema>;

const jsonAuthor = z.object({ name: text, url: text });
export const jsonItemSchema = z.object({
  id: textOrNumber,
  url: text,
  external_url: text,
  title: text,
  content_html: text,
  content_text: text,
  summary: text,
  image: text,
  banner_image: text,
  date_published: text,
  date_modified: text,
  tags: list(z.string()),
  authors: list(jsonAuthor),
  attachments: list(z.object({ url: text, mime_type: text, size_in_bytes: count })),
});
export type JsonItem = z.output<typeof jsonItemSchema>;

export const jsonFeedSchema = z.object({
  title: text,
  home_page_url: text,
  feed_url: text,
  description: text,
  icon: text,
  favicon: text,
  authors: list(jsonAuthor),
  items: list(jsonItemSchema),
});
export type JsonFeedShape = z.output<typeof jsonFeedSchema>;
