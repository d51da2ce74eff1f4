// One sync: every feed's new items (text first), then full articles, then images; cancellable,
// reporting progress, and committing each feed on its own so nothing is half-stored.
import type { SyncOptions, SyncProgress, SyncSummary } from '../../shared/feeds.ts';
import { isHttpError } from '../net/http-error.ts';
import type { Settings } from '../../shared/settings.ts';
import { listSyncTargets } from '../store/feed-state.ts';
import { fetchPendingImages } from './image-cache.ts';
import { fetchFullTexts } from './full-text.ts';
import { syncFeed } from './sync-feed.ts';
import type { SyncContext } from './context.ts';
import { runConcurrently } from './concurrency.ts';

export interface SyncEngine {
  sync(options?: SyncOptions): Promise<SyncSummary>;
  cancel(): void;
  progress(): SyncProgress;
  /** Cancels a running sync and waits until it has stopped writing. */
  close(): Promise<void>;
}

/** More feeds in flight than the HTTP client's slots keeps every slot busy on a slow link. */
const FEED_CONCURRENCY = 8;
const PROGRESS_INTERVAL_MS = 250;

export function idleProgress(): SyncProgress {
  return {
    running: false,
    phase: 'idle',
    feedsDone: 0,
    feedsTotal: 0,
    articlesDone: 0,
    articlesTotal: 0,
    imagesDone: 0,
    imagesTotal: 0,
    newArticles: 0,
    updatedArticles: 0,
    bytes: 0,
    startedAt: null,
  };
}

export function createSyncEngine(context: SyncContext): SyncEngine {
  let current: { promise: Promise<SyncSummary>; controller: AbortController } | null = null;
  let queued: { options: SyncOptions; promise: Promise<SyncSummary> } | null = null;
  let progress = idleProgress();
  let lastEmitted = 0;
  let emitTimer: NodeJS.Timeout | null = null;

  function emitProgress(): void {
    if (emitTimer) clearTimeout(emitTimer);
    emitTimer = null;
    lastEmitted = Date.now();
    context.report('sync-progress', progress);
  }

  /** At most a few progress events a second; phase changes and the end go out at once. */
  function update(patch: Partial<SyncProgress>, immediately = false): void {
    progress = { ...progress, ...patch };
    if (immediately) return emitProgress();
    const wait = PROGRESS_INTERVAL_MS - (Date.now() - lastEmitted);
    if (wait <= 0) emitProgress();
    else emitTimer ??= setTimeout(emitProgress, wait);
  }

  function start(options: SyncOptions): Promise<SyncSummary> {
    const controller = new AbortController();
    const promise = run(options, controller.signal).finally(() => {
      current = null;
    });
    current = { promise, controller };
    return promise;
  }

  async function run(options: SyncOptions, signal: AbortSignal): Promise<SyncSummary> {
    const startedAt = context.now();
    const settings = await context.settings.get();
    const targets = listSyncTargets(context.db, options, startedAt);
    const summary: SyncSummary = {
      startedAt: startedAt.toISOString(),
      finishedAt: startedAt.toISOString(),
      cancelled: false,
      feeds: targets.length,
      succeeded: 0,
      notModified: 0,
      failed: [],
      newArticles: 0,
      updatedArticles: 0,
      fullArticles: 0,
      fullArticleFailures: 0,
      images: 0,
      bytes: 0,
    };
    const onBytes = (bytes: number) => {
      summary.bytes += bytes;
      update({ bytes: summary.bytes });
    };
    update(
      {
        ...idleProgress(),
        running: true,
        phase: 'feeds',
        feedsTotal: targets.length,
        startedAt: summary.startedAt,
      },
      true,
    );

    try {
      // Words first: every feed's items before any full article or image.
      let feedsDone = 0;
      await runConcurrently(targets, FEED_CONCURRENCY, signal, async (target) => {
        const outcome = await syncFeed(context, target, settings, signal, onBytes);
        if (outcome.kind === 'cancelled') return;
        if (outcome.kind === 'failed')
          summary.failed.push({ feedId: target.id, title: target.title, error: outcome.error });
        else {
          summary.succeeded++;
          if (outcome.kind === 'not-modified') summary.notModified++;
          else {
            summary.newArticles += outcome.added.length;
            summary.updatedArticles += outcome.updated.length;
          }
        }
        // One feed's items, and its health, in one step through the pipeline.
        context.commit({
          articles:
            outcome.kind === 'updated'
              ? { added: outcome.added, updated: outcome.updated }
              : undefined,
          feeds: { updated: [target.id] },
        });
        update({
          feedsDone: ++feedsDone,
          newArticles: summary.newArticles,
          updatedArticles: summary.updatedArticles,
        });
      });

      if (!signal.aborted) {
        update({ phase: 'articles' }, true);
        const full = await fetchFullTexts(context, {
          signal,
          onBytes,
          onStored: (id) => context.commit({ articles: { updated: [id] } }),
          onProgress: (done, total) => update({ articlesDone: done, articlesTotal: total }),
        });
        summary.fullArticles = full.fetched;
        summary.fullArticleFailures = full.failed;
      }

      if (!signal.aborted) {
        update({ phase: 'images' }, true);
        const images = await fetchPendingImages(context, imageBudget(settings), {
          signal,
          onProgress: (done, total) => update({ imagesDone: done, imagesTotal: total }),
          onBytes,
          onArticles: (ids) => context.commit({ articles: { updated: ids } }),
        });
        summary.images = images.cached;
      }
    } finally {
      summary.cancelled = signal.aborted;
      summary.finishedAt = context.now().toISOString();
      update(idleProgress(), true);
      context.report('sync-finished', summary);
    }
    return summary;
  }

  return {
    sync(options = {}) {
      if (!current) return start(options);
      // One sync at a time: a request during a run is merged into one follow-up run.
      if (queued) {
        queued.options = mergeOptions(queued.options, options);
        return queued.promise;
      }
      const pending: { options: SyncOptions; promise: Promise<SyncSummary> } = {
        options,
        promise: current.promise
          .catch(() => undefined)
          .then(() => {
            queued = null;
            return start(pending.options);
          }),
      };
      queued = pending;
      return pending.promise;
    },
    cancel() {
      current?.controller.abort();
    },
    progress() {
      return progress;
    },
    async close() {
      queued = null;
      const running = current;
      running?.controller.abort();
      await running?.promise.catch(() => undefined);
      if (emitTimer) clearTimeout(emitTimer);
    },
  };
}

function mergeOptions(a: SyncOptions, b: SyncOptions): SyncOptions {
  const feedIds = a.feedIds && b.feedIds ? [...new Set([...a.feedIds, ...b.feedIds])] : undefined;
  return { feedIds, dueOnly: Boolean(a.dueOnly && b.dueOnly) };
}

/** The space settings for offline images, in bytes. */
export function imageBudget(settings: Settings) {
  return {
    maxImageBytes: settings.maxImageMB * 1024 * 1024,
    totalBytes: settings.imageBudgetMB * 1024 * 1024,
  };
}

/** Cancellation surfaces as an HttpError or an AbortError depending on where it struck. */
export function isCancellation(error: unknown, signal: AbortSignal): boolean {
  return signal.aborted && (isHttpError(error) ? error.code === 'cancelled' : true);
}
