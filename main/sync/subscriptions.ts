// Subscribing: to one address the reader typed (with discovery), or to a whole OPML list.
import type { AddFeedResult, FolderId, OpmlImportReport } from '../../shared/feeds.ts';
import { inTransaction } from '../store/db.ts';
import { storeFeedItemsInChunks } from './feed-items.ts';
import { recordFeedSuccess } from '../store/feed-state.ts';
import { findFeedByUrl, getFeed, insertFeed } from '../store/feeds.ts';
import { ensureFolder } from '../store/folders.ts';
import { toFeedItem, type SyncContext } from './context.ts';
import { discoverFeed, normalizeInput } from './discover.ts';
import { nextAttemptAfterSuccess } from '../net/backoff.ts';
import { readOpml, type OpmlFolder } from './opml.ts';

/**
 * Finds and subscribes to the feed, storing the items it already downloaded so the reader
 * sees articles at once; full texts and images follow with the next sync.
 */
export async function addFeed(
  context: SyncContext,
  input: string,
  folderId: FolderId | null,
): Promise<AddFeedResult> {
  const typed = normalizeInput(input);
  const known = findFeedByUrl(context.db, typed);
  if (known !== null)
    return { feed: getFeed(context.db, known), alreadySubscribed: true, discoveredFrom: null };

  const found = await discoverFeed(context, typed);
  const existing = findFeedByUrl(context.db, found.feedUrl);
  if (existing !== null) {
    return {
      feed: getFeed(context.db, existing),
      alreadySubscribed: true,
      discoveredFrom: found.discoveredFrom,
    };
  }
  const now = context.now();
  const settings = await context.settings.get();
  const id = insertFeed(
    context.db,
    {
      feedUrl: found.feedUrl,
      title: found.feed.title || new URL(found.feedUrl).hostname,
      siteUrl: found.feed.link,
      description: found.feed.description,
      folderId,
    },
    now,
  );
  const feed = getFeed(context.db, id);
  const stored = storeFeedItemsInChunks(
    context.db,
    feed,
    found.feed.items.map(toFeedItem),
    now,
    () =>
      recordFeedSuccess(
        context.db,
        id,
        {
          etag: found.etag,
          lastModified: found.lastModified,
          permanentUrl: null,
          nextAttempt: nextAttemptAfterSuccess({
            intervalMinutes: feed.intervalMinutes ?? settings.syncIntervalMinutes,
            now,
            random: context.random,
          }),
        },
        now,
      ),
  );
  context.commit({ feeds: { added: [id] }, articles: { added: stored.added } });
  return {
    feed: getFeed(context.db, id),
    alreadySubscribed: false,
    discoveredFrom: found.discoveredFrom,
  };
}

/**
 * Subscribes to every feed of an OPML list, recreating its folders, without fetching anything:
 * a list of 300 feeds must import offline and instantly; the next sync fetches them.
 */
export function importOpml(context: SyncContext, text: string): OpmlImportReport {
  const tree = readOpml(text);
  const report: OpmlImportReport = { added: 0, feedIds: [], existing: 0, folders: 0, failed: [] };
  const ids = report.feedIds;
  const newFolders: FolderId[] = [];
  const now = context.now();
  inTransaction(context.db, () => {
    const visit = (folder: OpmlFolder, parentId: FolderId | null) => {
      for (const entry of folder.feeds) {
        let url: string;
        try {
          url = normalizeInput(entry.url);
        } catch (error) {
          report.failed.push({ url: entry.url, error: (error as Error).message });
          continue;
        }
        if (findFeedByUrl(context.db, url) !== null) {
          report.existing++;
          continue;
        }
        ids.push(
          insertFeed(
            context.db,
            {
              feedUrl: url,
              title: entry.title ?? new URL(url).hostname,
              siteUrl: entry.siteUrl,
              description: null,
              folderId: parentId,
            },
            now,
          ),
        );
        report.added++;
      }
      for (const child of folder.folders) {
        const { folder: created, created: isNew } = ensureFolder(
          context.db,
          child.name,
          parentId,
          now,
        );
        if (isNew) {
          report.folders++;
          newFolders.push(created.id);
        }
        visit(child, created.id);
      }
    };
    visit(tree, null);
  });
  context.commit({ feeds: { added: ids }, folders: { added: newFolders } });
  return report;
}
