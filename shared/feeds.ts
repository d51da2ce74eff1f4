// Subscriptions, folders and sync: the types the UI, the CLI and the sync engine share.
import type { FullTextPolicy } from './api-inputs.ts';
import type { FolderId, SourceId } from './ids.ts';

export type { FolderId } from './ids.ts';
export type { AddFeedOptions, FeedPatch, FullTextPolicy, SyncOptions } from './api-inputs.ts';
export { fullTextPolicies } from './api-inputs.ts';

export interface Folder {
  id: FolderId;
  name: string;
  parentId: FolderId | null;
}

export interface FeedSettings {
  /** Minutes between syncs; null means the app-wide setting. */
  intervalMinutes: number | null;
  fullText: FullTextPolicy;
  images: boolean;
}

/** What the last syncs of a feed did, in words the reader can act on. */
export interface FeedHealth {
  lastAttemptAt: string | null;
  lastSuccessAt: string | null;
  lastError: string | null;
  nextAttemptAt: string | null;
  failures: number;
}

export interface Feed extends FeedSettings {
  id: SourceId;
  title: string;
  feedUrl: string;
  siteUrl: string | null;
  folderId: FolderId | null;
  articleCount: number;
  unreadCount: number;
  health: FeedHealth;
}

export interface AddFeedResult {
  feed: Feed;
  /** The feed was already subscribed: nothing was added. */
  alreadySubscribed: boolean;
  /** The page address the feed was discovered from, when a site URL was given. */
  discoveredFrom: string | null;
}

export interface RemoveFeedResult {
  removedArticles: number;
  /** Starred articles are never deleted with their feed. */
  keptStarred: number;
}

export interface OpmlImportReport {
  added: number;
  /** The feeds subscribed by this import, to sync them at once. */
  feedIds: SourceId[];
  existing: number;
  folders: number;
  failed: Array<{ url: string; error: string }>;
}

export type SyncPhase = 'idle' | 'feeds' | 'articles' | 'images';

export interface SyncProgress {
  running: boolean;
  phase: SyncPhase;
  feedsDone: number;
  feedsTotal: number;
  articlesDone: number;
  articlesTotal: number;
  imagesDone: number;
  imagesTotal: number;
  newArticles: number;
  updatedArticles: number;
  bytes: number;
  startedAt: string | null;
}

export interface SyncSummary {
  startedAt: string;
  finishedAt: string;
  cancelled: boolean;
  feeds: number;
  succeeded: number;
  notModified: number;
  failed: Array<{ feedId: SourceId; title: string; error: string }>;
  newArticles: number;
  updatedArticles: number;
  fullArticles: number;
  fullArticleFailures: number;
  images: number;
  bytes: number;
}

/** Offline images are served to the UI under this path, by content hash. */
export const mediaPathPrefix = '/media/';
