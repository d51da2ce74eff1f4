// What the sync engine and the subscription code need from the backend, injected in one place.
import type { OutpostEvents } from '../../shared/api.ts';
import type { ChangesInput } from '../../shared/changes.ts';
import type { SettingsStore } from '../../shared/settings.ts';
import type { ExtractedArticle } from '../extract/extract-article.ts';
import type { ParsedFeed } from '../feeds/parse-feed.ts';
import type { HttpClient } from '../net/http-client.ts';
import type { Database } from '../store/db.ts';
import type { FeedItemInput } from './feed-items.ts';
import type { WorkerPool } from '../workers/pool.ts';

export interface SyncContext {
  db: Database;
  http: HttpClient;
  pool: WorkerPool;
  imagesDir: string;
  now: () => Date;
  random: () => number;
  settings: SettingsStore;
  /** Hands what a step stored to the backend's pipeline, which tags, indexes and announces it. */
  commit: (stored: ChangesInput) => void;
  /** How a sync is going and how it went, for every window. */
  report: <E extends 'sync-progress' | 'sync-finished'>(
    event: E,
    payload: OutpostEvents[E],
  ) => void;
}

/** Parses feed bytes on a worker thread: big feeds must not stall the API thread. */
export function parseInWorker(
  context: Pick<SyncContext, 'pool'>,
  bytes: Uint8Array,
  url: string,
  contentType: string | null,
  fetchedAt: Date,
): Promise<ParsedFeed> {
  const owned = ownBuffer(bytes);
  return context.pool.run(
    'parse-feed',
    { bytes: owned, url, contentType, fetchedAt: fetchedAt.toISOString() },
    [owned.buffer as ArrayBuffer],
  );
}

/** Decodes and extracts a downloaded page on a worker thread. */
export function extractInWorker(
  context: Pick<SyncContext, 'pool'>,
  bytes: Uint8Array,
  url: string,
  contentType: string | null,
): Promise<ExtractedArticle> {
  const owned = ownBuffer(bytes);
  return context.pool.run('extract-page', { bytes: owned, url, contentType }, [
    owned.buffer as ArrayBuffer,
  ]);
}

/**
 * Bytes that can be handed over to a worker (transferred, not copied): the response body is not
 * needed afterwards, and copying megabytes of pages costs the API thread.
 */
function ownBuffer(bytes: Uint8Array): Uint8Array {
  return bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength
    ? bytes
    : bytes.slice();
}

/** A parsed item in the shape the store takes. */
export function toFeedItem(item: ParsedFeed['items'][number]): FeedItemInput {
  return {
    guid: item.guid,
    link: item.link,
    title: item.title ?? '',
    author: item.author,
    published: item.published,
    updated: item.updated,
    summaryHtml: item.summary,
    contentHtml: item.content,
    categories: item.categories,
    image: item.image,
  };
}
