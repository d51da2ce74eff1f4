// Syncs one feed: conditional GET, parse off-thread, store its items and its state in one transaction.
import type { Settings } from '../../shared/settings.ts';
import type { ArticleId } from '../../shared/model.ts';
import { nextAttemptAfterFailure, nextAttemptAfterSuccess } from '../net/backoff.ts';
import { isHttpError } from '../net/http-error.ts';
import { storeFeedItemsInChunks } from './feed-items.ts';
import { recordFeedFailure, recordFeedSuccess, type SyncTarget } from '../store/feed-state.ts';
import { parseInWorker, toFeedItem, type SyncContext } from './context.ts';

export type FeedOutcome =
  | { kind: 'updated'; added: ArticleId[]; updated: ArticleId[] }
  | { kind: 'not-modified' }
  | { kind: 'failed'; error: string }
  | { kind: 'cancelled' };

const FEED_ACCEPT =
  'application/rss+xml, application/atom+xml, application/feed+json, application/rdf+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5';

export async function syncFeed(
  context: SyncContext,
  target: SyncTarget,
  settings: Settings,
  signal: AbortSignal,
  onBytes: (bytes: number) => void,
): Promise<FeedOutcome> {
  const intervalMinutes = target.intervalMinutes ?? settings.syncIntervalMinutes;
  try {
    const response = await context.http.get(target.url, {
      etag: target.etag,
      lastModified: target.lastModified,
      accept: FEED_ACCEPT,
      signal,
      onBytes,
    });
    const now = context.now();
    const nextAttempt = nextAttemptAfterSuccess({ intervalMinutes, now, random: context.random });
    if (response.notModified) {
      recordFeedSuccess(
        context.db,
        target.id,
        {
          // A 304 need not repeat the validators: keep the ones we have.
          etag: response.etag ?? target.etag,
          lastModified: response.lastModified ?? target.lastModified,
          nextAttempt,
          permanentUrl: response.permanentUrl,
        },
        now,
      );
      return { kind: 'not-modified' };
    }
    const feed = await parseInWorker(
      context,
      response.body,
      response.finalUrl,
      response.contentType,
      now,
    );
    if (signal.aborted) return { kind: 'cancelled' };
    const stored = storeFeedItemsInChunks(context.db, target, feed.items.map(toFeedItem), now, () =>
      recordFeedSuccess(
        context.db,
        target.id,
        {
          etag: response.etag,
          lastModified: response.lastModified,
          nextAttempt,
          permanentUrl: response.permanentUrl,
          meta: { title: feed.title, siteUrl: feed.link, description: feed.description },
        },
        now,
      ),
    );
    return { kind: 'updated', ...stored };
  } catch (error) {
    if (signal.aborted) return { kind: 'cancelled' };
    const now = context.now();
    const retryAfter = isHttpError(error) ? error.retryAfter : null;
    const message = error instanceof Error ? error.message : String(error);
    recordFeedFailure(
      context.db,
      target.id,
      {
        error: message,
        retryAfter,
        nextAttempt: nextAttemptAfterFailure({
          failures: target.failures + 1,
          intervalMinutes,
          retryAfter,
          now,
          random: context.random,
        }),
      },
      now,
    );
    return { kind: 'failed', error: message };
  }
}
