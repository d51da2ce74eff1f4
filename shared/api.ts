// The contract between the UI and the backend: every transport (IPC, HTTP) is derived from it.
import type {
  Article,
  ArticleFilter,
  ArticleId,
  ArticlePage,
  ImportDocument,
  ImportReport,
  SearchOptions,
  SearchResult,
  SavedSearch,
  Source,
  Stats,
  NewTagRule,
  TagEdit,
  TagFacet,
  TagRule,
} from './model.ts';
import type {
  AddFeedResult,
  Feed,
  FeedPatch,
  Folder,
  FolderId,
  OpmlImportReport,
  RemoveFeedResult,
  SyncOptions,
  SyncProgress,
  SyncSummary,
} from './feeds.ts';
import type { Settings } from './settings.ts';
import type { SourceId } from './model.ts';

export interface OutpostApi {
  listArticles(filter: ArticleFilter): Promise<ArticlePage>;
  getArticle(id: ArticleId): Promise<Article | null>;
  search(query: string, options?: SearchOptions): Promise<SearchResult>;
  /** Saved searches (smart folders) with their unread counts. */
  listSavedSearches(): Promise<SavedSearch[]>;
  saveSearch(name: string, query: string): Promise<SavedSearch>;
  deleteSavedSearch(id: number): Promise<void>;
  /** Imports files or folders by path (the desktop app's dialog, the CLI). */
  importFiles(paths: string[]): Promise<ImportReport>;
  /** Imports file contents handed over by the UI (picker, drag and drop). */
  importDocuments(documents: ImportDocument[]): Promise<ImportReport>;
  setRead(id: ArticleId, read: boolean): Promise<void>;
  setStarred(id: ArticleId, starred: boolean): Promise<void>;
  listSources(): Promise<Source[]>;
  stats(): Promise<Stats>;
  getSettings(): Promise<Settings>;
  updateSettings(patch: Partial<Settings>): Promise<Settings>;

  /** Subscribes to a feed URL, or to the feed a site's page links to. */
  addFeed(url: string, options?: { folderId?: FolderId | null }): Promise<AddFeedResult>;
  listFeeds(): Promise<Feed[]>;
  updateFeed(id: SourceId, patch: FeedPatch): Promise<Feed>;
  /** Unsubscribes; starred articles stay in the library. */
  removeFeed(id: SourceId): Promise<RemoveFeedResult>;
  listFolders(): Promise<Folder[]>;
  createFolder(name: string, parentId?: FolderId | null): Promise<Folder>;
  renameFolder(id: FolderId, name: string): Promise<Folder>;
  /** Deletes a folder; its feeds and subfolders move to its parent. */
  deleteFolder(id: FolderId): Promise<void>;
  importOpml(text: string): Promise<OpmlImportReport>;
  exportOpml(): Promise<string>;
  /** Syncs now; while a sync runs, a second call joins it. */
  sync(options?: SyncOptions): Promise<SyncSummary>;
  cancelSync(): Promise<void>;
  getSyncProgress(): Promise<SyncProgress>;

  /** Adds, removes or confirms tags; the reader's decisions survive re-tagging. */
  editTags(id: ArticleId, edits: TagEdit[]): Promise<Article | null>;
  /** Countries, regions, topics and free tags with article and unread counts within a filter. */
  listTagFacets(filter: ArticleFilter): Promise<TagFacet[]>;
  listTagRules(): Promise<TagRule[]>;
  /** Adds a rule and re-tags the archive with it in the background. */
  addTagRule(rule: NewTagRule): Promise<TagRule>;
  deleteTagRule(id: number): Promise<void>;
}

export type ApiMethod = keyof OutpostApi;

/**
 * Every method, once. `satisfies` makes a method missing here (or listed but not in
 * the interface) a compile error, so no transport can forget one.
 */
const methodTable = {
  listArticles: true,
  getArticle: true,
  search: true,
  listSavedSearches: true,
  saveSearch: true,
  deleteSavedSearch: true,
  importFiles: true,
  importDocuments: true,
  setRead: true,
  setStarred: true,
  listSources: true,
  stats: true,
  getSettings: true,
  updateSettings: true,
  addFeed: true,
  listFeeds: true,
  updateFeed: true,
  removeFeed: true,
  listFolders: true,
  createFolder: true,
  renameFolder: true,
  deleteFolder: true,
  importOpml: true,
  exportOpml: true,
  sync: true,
  cancelSync: true,
  getSyncProgress: true,
  editTags: true,
  listTagFacets: true,
  listTagRules: true,
  addTagRule: true,
  deleteTagRule: true,
} as const satisfies Record<ApiMethod, true>;

export const apiMethods = Object.keys(methodTable) as ApiMethod[];

export function isApiMethod(name: string): name is ApiMethod {
  return Object.hasOwn(methodTable, name);
}

/** Events the backend pushes to every window. */
export interface OutpostEvents {
  /** `tags`: their regions, topics or tags changed (a reader's edit, a rule, a re-tag). */
  'articles-changed': { reason: 'import' | 'state' | 'sync' | 'tags'; ids: ArticleId[] };
  'settings-changed': Settings;
  'sync-progress': SyncProgress;
  /** New articles became searchable (or left the index): a search on screen should run again. */
  'search-updated': { documents: number };
  /** Every sync's outcome, whoever started it (the scheduler, another window, the CLI's caller). */
  'sync-finished': SyncSummary;
  /** A saved search was added or removed (their counts follow articles-changed). */
  'saved-searches-changed': { ids: number[] };
  /** Subscriptions, folders or a feed's health changed. */
  'feeds-changed': { ids: SourceId[] };
}

export type EventName = keyof OutpostEvents;

const eventTable = {
  'articles-changed': true,
  'settings-changed': true,
  'sync-progress': true,
  'search-updated': true,
  'sync-finished': true,
  'feeds-changed': true,
  'saved-searches-changed': true,
} as const satisfies Record<EventName, true>;

export const eventNames = Object.keys(eventTable) as EventName[];

export function isEventName(name: string): name is EventName {
  return Object.hasOwn(eventTable, name);
}

export type EventListener<E extends EventName> = (payload: OutpostEvents[E]) => void;

/** What the UI sees as `window.outpost`: the API plus event subscription. */
export interface OutpostBridge extends OutpostApi {
  on<E extends EventName>(event: E, listener: EventListener<E>): () => void;
}

/** Names of the IPC channels, derived from the method and event names. */
export const ipcChannel = {
  call: (method: ApiMethod) => `outpost:call:${method}`,
  event: (event: EventName) => `outpost:event:${event}`,
} as const;

/** Calls `method` on any implementation of the API with already validated arguments. */
export function invokeApi(
  api: OutpostApi,
  method: ApiMethod,
  args: readonly unknown[],
): Promise<unknown> {
  const fn = api[method] as (...callArgs: unknown[]) => Promise<unknown>;
  return fn.apply(api, [...args]);
}
