// The shape of a parsed feed: the `outpost parse-feed` contract plus what the sync engine needs.

export type FeedFormat = 'rss' | 'atom' | 'rdf' | 'json';

export interface FeedEnclosure {
  /** Absolute http(s) URL. */
  url: string;
  /** MIME type as the feed declares it, or null. */
  type: string | null;
  /** Size in bytes as the feed declares it (often wrong or 0), or null. */
  length: number | null;
}

export interface ParsedItem {
  /** Stable identity: the feed's guid/id, else the link, else a hash of title and content. */
  id: string;
  /** The guid/id exactly as the feed gives it (trimmed), or null when it has none. */
  guid: string | null;
  /** Plain text. */
  title: string | null;
  /** Absolute URL of the article. */
  link: string | null;
  /** ISO 8601 UTC; falls back to `updated`; null when the feed gives no usable date. */
  published: string | null;
  /** ISO 8601 UTC; falls back to `published`. */
  updated: string | null;
  /** Plain text (names, comma-separated when several). */
  author: string | null;
  /** Sanitised HTML with absolute URLs. */
  summary: string | null;
  /** Sanitised HTML with absolute URLs (the full text when the feed carries it). */
  content: string | null;
  /** Plain-text category names, in feed order, without duplicates. */
  categories: string[];
  /** Absolute URL of the item's picture (media:thumbnail/content, image enclosure, itunes:image). */
  image: string | null;
  enclosures: FeedEnclosure[];
}

export interface ParsedFeed {
  format: FeedFormat;
  /** Plain text. */
  title: string | null;
  /** Absolute URL of the site the feed belongs to. */
  link: string | null;
  /** Plain text. */
  description: string | null;
  /** Absolute URL of the feed's logo or artwork. */
  image: string | null;
  /** Absolute URL of the feed's small icon (favicon). */
  icon: string | null;
  items: ParsedItem[];
}

export interface ParseFeedOptions {
  /** The address the feed was fetched from: the base for relative links. */
  url?: string;
  /** The HTTP Content-Type header, for its charset. */
  contentType?: string;
  /** When the feed was fetched: dates more than two years after it are not trusted. */
  fetchedAt?: Date;
}
