// Finds the feed behind what the reader typed: a feed address, or a site whose page links to one.
import { OutpostError } from '../../shared/api-reply.ts';
import type { ParsedFeed } from '../feeds/parse-feed.ts';
import { WorkerTaskError } from '../workers/pool.ts';
import { parseInWorker, type SyncContext } from './context.ts';

export interface DiscoveredFeed {
  feedUrl: string;
  discoveredFrom: string | null;
  feed: ParsedFeed;
  etag: string | null;
  lastModified: string | null;
}

/** Where sites commonly publish their feed, tried when a page links to none. */
const COMMON_PATHS = [
  '/feed',
  '/rss',
  '/feed.xml',
  '/rss.xml',
  '/atom.xml',
  '/index.xml',
  '/feeds/posts/default',
  '/?feed=rss2',
];

export async function discoverFeed(
  context: Pick<SyncContext, 'http' | 'pool' | 'now'>,
  input: string,
  signal?: AbortSignal,
): Promise<DiscoveredFeed> {
  const start = normalizeInput(input);
  let alternates: string[];
  try {
    return { ...(await fetchFeed(context, start, signal)), discoveredFrom: null };
  } catch (error) {
    if (!(error instanceof WorkerTaskError)) throw error;
    // An HTML page: follow the feeds it links to, in the order it lists them.
    alternates = Array.isArray(error.details)
      ? error.details.filter((url) => typeof url === 'string')
      : [];
    if (alternates.length === 0 && error.code !== 'not-a-feed') throw error;
  }
  const candidates = [
    ...alternates.slice(0, 5),
    ...COMMON_PATHS.map((path) => new URL(path, start).toString()),
  ];
  for (const candidate of unique(candidates)) {
    if (candidate === start) continue;
    try {
      return { ...(await fetchFeed(context, candidate, signal)), discoveredFrom: start };
    } catch {
      // Next candidate.
    }
  }
  throw new OutpostError(
    'invalid',
    `No feed found at ${start}: the page does not link to a feed, and none of the usual addresses (/feed, /rss.xml, /atom.xml…) has one. Paste the feed's own address if the site publishes one.`,
  );
}

async function fetchFeed(
  context: Pick<SyncContext, 'http' | 'pool' | 'now'>,
  url: string,
  signal: AbortSignal | undefined,
): Promise<Omit<DiscoveredFeed, 'discoveredFrom'>> {
  // No size cap of its own: the client's default (20 MB, defaultGetOptions.maxBytes in
  // net/http-client.ts) is the one sync holds every feed to, so a feed that syncs can be added.
  const response = await context.http.get(url, {
    accept:
      'application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/html;q=0.8, */*;q=0.5',
    signal,
  });
  if (response.notModified) throw new Error(`${url} answered 304 Not Modified to a first request.`);
  const feedUrl = response.permanentUrl ?? url;
  const feed = await parseInWorker(
    context,
    response.body,
    response.finalUrl,
    response.contentType,
    context.now(),
  );
  return { feedUrl, feed, etag: response.etag, lastModified: response.lastModified };
}

/** "example.org/blog" means https://example.org/blog. */
export function normalizeInput(input: string): string {
  // feed://host/path and feed:https://host/path are old ways of saying "this is a feed".
  const bare = input.trim().replace(/^feed:(\/\/)?/i, '');
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(bare) ? bare : `https://${bare}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    throw new OutpostError(
      'invalid',
      `"${input}" is not a web address. Type a site or feed address such as example.org/feed.`,
    );
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new OutpostError(
      'invalid',
      `"${input}" is not a web address: Outpost follows feeds over http and https only.`,
    );
  }
  return url.toString();
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
