// Feed bytes → ParsedFeed: decode, recognise the format, parse with feedsmith, validate, normalise.
import {
  DetectError,
  MalformedError,
  detectJsonFeed,
  parseAtomFeed,
  parseFeed,
  ParseError,
  parseJsonFeed,
  parseRdfFeed,
  parseRssFeed,
} from 'feedsmith';
import { charsetFromContentType, decodeText } from '../extract/decode.ts';
import { discoverFeedLinks, looksLikeHtml } from './discover.ts';
import { FeedError } from './feed-error.ts';
import { normalizeAtom } from './normalize-atom.ts';
import { normalizeJson } from './normalize-json.ts';
import { normalizeRss } from './normalize-rss.ts';
import { prepareXml } from './prepare-xml.ts';
import { completeTruncatedXml } from './truncated-xml.ts';
import { describeXmlError } from './xml-errors.ts';
import { cleanJsonFeed } from './json-input.ts';
import { atomFeedSchema, jsonFeedSchema, rssFeedSchema } from './shape.ts';
import type { ParsedFeed, ParseFeedOptions } from './types.ts';
import type { z } from 'zod';

export type { ParsedFeed, ParsedItem, FeedEnclosure, ParseFeedOptions } from './types.ts';
export { FeedError } from './feed-error.ts';

/** Larger than any real feed; beyond it, parsing would only hold up the sync. */
export const MAX_FEED_BYTES = 32 * 1024 * 1024;

/**
 * Parses a feed's bytes (RSS 0.9x–2.0, RSS 1.0/RDF, Atom 0.3/1.0, JSON Feed 1.0/1.1). Text
 * fields come out as plain text, summary/content as sanitised HTML, links absolute, dates ISO
 * 8601 UTC or null. Throws a FeedError whose message says what is wrong with the file.
 */
export function parseFeedBytes(bytes: Uint8Array, options: ParseFeedOptions = {}): ParsedFeed {
  if (bytes.length > MAX_FEED_BYTES) {
    throw new FeedError(
      'too-large',
      'The file is larger than 32 MB: that is not a feed Outpost can read.',
    );
  }
  const text = decodeText(bytes, {
    httpCharset: charsetFromContentType(options.contentType),
    sniffXml: true,
  });
  if (!text.replace(/^\ufeff/, '').trim()) {
    throw new FeedError('empty', 'The file is empty: there is no feed in it.');
  }
  const context = { url: feedUrl(options.url), now: options.fetchedAt ?? Date.now() };
  const { feed, identified } = /^[\s\ufeff]*[{[]/.test(text)
    ? parseJsonText(text, context)
    : parseXmlText(text, context);
  // A recognised feed may be empty (a new blog, a podcast before its first episode); a document
  // that was only guessed to be a feed and holds nothing of one is something else.
  const empty = feed.items.length === 0 && !feed.title && !feed.link && !feed.description;
  if (empty && !identified) {
    throw new FeedError('not-a-feed', 'No items and no title: this does not look like a feed.');
  }
  return feed;
}

/** The feed's own address as a base for relative links (only an absolute http(s) URL will do). */
function feedUrl(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

interface Context {
  url: string | null;
  now: Date | number;
}

/** A normalised feed, and whether its format was recognised for sure (root element, JSON Feed version). */
interface Parsed {
  feed: ParsedFeed;
  identified: boolean;
}

function parseJsonText(text: string, context: Context): Parsed {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\ufeff/, ''));
  } catch (error) {
    throw new FeedError('malformed', `The feed is not valid JSON (${oneLine(error)}).`);
  }
  if (!detectJsonFeed(json)) {
    throw new FeedError(
      'not-a-feed',
      'This is JSON, but not a JSON Feed (no "version" from jsonfeed.org, no title and items).',
    );
  }
  const version = (json as { version?: unknown }).version;
  const identified = typeof version === 'string' && version.includes('jsonfeed.org/version/');
  const shape = readShape(jsonFeedSchema, () => parseJsonFeed(cleanJsonFeed(json)));
  return { feed: normalizeJson(shape, context), identified };
}

function parseXmlText(text: string, context: Context): Parsed {
  const { xml, root } = prepareXml(text, context.url);
  if (looksLikeHtml(xml, root)) {
    const alternates = discoverFeedLinks(text, context.url ?? undefined);
    const message = alternates.length
      ? `This is an HTML page, not a feed. It links to ${alternates.length === 1 ? 'a feed' : 'feeds'}: ${alternates.join(' ')}`
      : 'This is an HTML page, not a feed (it may link to one).';
    throw new FeedError('not-a-feed', message, alternates);
  }
  if (root === null && xml.startsWith('<')) {
    throw new FeedError(
      'empty',
      'The file holds only an XML declaration or comments: there is no feed in it.',
    );
  }
  try {
    return parsePreparedXml(xml, root, context);
  } catch (error) {
    // A feed cut short (an interrupted download) still holds its complete items.
    const completed = error instanceof MalformedError ? completeTruncatedXml(xml) : null;
    if (completed !== null) {
      try {
        return parsePreparedXml(completed, root, context);
      } catch {
        // Report the original problem, not the one in our guess.
      }
    }
    throw asFeedError(error, root, xml);
  }
}

/** The root element decides the format; feedsmith's own detection is the fallback for odd roots. */
function parsePreparedXml(xml: string, root: string | null, context: Context): Parsed {
  if (root === 'rss' || root === 'rdf') {
    const parse = root === 'rss' ? parseRssFeed : parseRdfFeed;
    const shape = readShape(rssFeedSchema, () => parse(xml));
    return { feed: normalizeRss(shape, { ...context, format: root }), identified: true };
  }
  if (root === 'feed') {
    const shape = readShape(atomFeedSchema, () => parseAtomFeed(xml));
    return { feed: normalizeAtom(shape, context), identified: true };
  }
  const detected = parseFeed(xml);
  if (detected.format === 'atom') {
    return {
      feed: normalizeAtom(validated(atomFeedSchema, detected.feed), context),
      identified: false,
    };
  }
  if (detected.format === 'json') {
    return {
      feed: normalizeJson(validated(jsonFeedSchema, detected.feed), context),
      identified: false,
    };
  }
  const shape = validated(rssFeedSchema, detected.feed);
  return { feed: normalizeRss(shape, { ...context, format: detected.format }), identified: false };
}

/**
 * feedsmith's result checked against `schema`. A format recognised with nothing in it (feedsmith
 * throws ParseError) reads as an empty feed; a wrongly typed field reads as absent.
 */
function readShape<T>(schema: z.ZodType<T>, parse: () => unknown): T {
  let value: unknown;
  try {
    value = parse();
  } catch (error) {
    if (!(error instanceof ParseError)) throw error;
    value = {};
  }
  return validated(schema, value);
}

function validated<T>(schema: z.ZodType<T>, value: unknown): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  // Only a non-object fails (every field has a fallback): treat it as a feed with nothing in it.
  const empty = schema.safeParse({});
  if (empty.success) return empty.data;
  throw new FeedError('not-a-feed', 'No items and no title: this does not look like a feed.');
}

function asFeedError(error: unknown, root: string | null, xml: string): FeedError {
  if (error instanceof FeedError) return error;
  if (error instanceof MalformedError) {
    const cause = error.cause instanceof Error ? error.cause.message : 'it could not be read';
    return new FeedError('malformed', describeXmlError(cause, xml));
  }
  if (error instanceof DetectError) {
    return new FeedError(
      'not-a-feed',
      root
        ? `This is an XML document (<${root}>), but not an RSS, Atom or RDF feed.`
        : 'This is neither XML nor JSON: it is not a feed.',
    );
  }
  if (error instanceof ParseError) {
    return new FeedError('not-a-feed', 'No items and no title: this does not look like a feed.');
  }
  throw error;
}

/** A parser's message on one line, without a trailing period (ours adds the punctuation). */
function oneLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/\s+/g, ' ').trim().replace(/\.$/, '');
}
