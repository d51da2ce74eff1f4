// The contract between the UI and the backend, in one table: each method's argument schema (checked
// on every call) and result type. The TypeScript API, the IPC channels, the HTTP bridge and both
// clients are derived from it, so adding a method means this table and its implementation.
import * as z from 'zod/mini';
import { en } from 'zod/locales';
import {
  addFeedOptions,
  articleFilter,
  articleId,
  feedPatch,
  feedUrl,
  folderId,
  folderName,
  importDocument,
  newTagRule,
  rowId,
  searchOptions,
  searchQuery,
  sourceId,
  syncOptions,
  tagEdit,
} from './api-inputs.ts';
import type { Changes } from './changes.ts';
import type {
  AddFeedResult,
  Feed,
  Folder,
  OpmlImportReport,
  RemoveFeedResult,
  SyncProgress,
  SyncSummary,
} from './feeds.ts';
import type {
  Article,
  ArticlePage,
  ImportReport,
  SavedSearch,
  SearchResult,
  Source,
  Stats,
  TagFacet,
  TagRule,
} from './model.ts';
import { settingsPatchSchema, type Settings } from './settings.ts';

/** A method: the schema of its arguments, and (for the compiler only) the type of its result. */
export interface MethodSpec<Args, Result> {
  args: Args;
  result?: Result;
}

function returns<Result>() {
  // Unconstrained on purpose: checking `Args` against zod's generic types costs a second of type
  // checking in every project; `validateArgs` below is where the schemas are used as schemas.
  return <Args>(args: Args): MethodSpec<Args, Result> => ({ args });
}

const none = z.tuple([]);

export const apiSpec = {
  listArticles: returns<ArticlePage>()(z.tuple([articleFilter])),
  getArticle: returns<Article | null>()(z.tuple([articleId])),
  /** Marks the article read and returns it: what opening it in the reader means. */
  openArticle: returns<Article | null>()(z.tuple([articleId])),
  /** Fetches the article's images that are not saved offline, now, and returns the article. */
  loadImages: returns<Article | null>()(z.tuple([articleId])),
  search: returns<SearchResult>()(z.tuple([searchQuery, z.optional(searchOptions)])),
  /** Saved searches (smart folders) with their counts. */
  listSavedSearches: returns<SavedSearch[]>()(none),
  saveSearch: returns<SavedSearch>()(
    z.tuple([
      z.string().check(z.trim(), z.minLength(1), z.maxLength(200)),
      z.string().check(z.trim(), z.minLength(1), z.maxLength(2000)),
    ]),
  ),
  deleteSavedSearch: returns<void>()(z.tuple([rowId])),
  /** Imports file contents handed over by the UI (picker, drag and drop). */
  importDocuments: returns<ImportReport>()(
    z.tuple([z.array(importDocument).check(z.maxLength(1000))]),
  ),
  setRead: returns<void>()(z.tuple([articleId, z.boolean()])),
  setStarred: returns<void>()(z.tuple([articleId, z.boolean()])),
  listSources: returns<Source[]>()(none),
  stats: returns<Stats>()(none),
  getSettings: returns<Settings>()(none),
  updateSettings: returns<Settings>()(z.tuple([settingsPatchSchema])),

  /** Subscribes to a feed URL, or to the feed a site's page links to. */
  addFeed: returns<AddFeedResult>()(z.tuple([feedUrl, z.optional(addFeedOptions)])),
  listFeeds: returns<Feed[]>()(none),
  updateFeed: returns<Feed>()(z.tuple([sourceId, feedPatch])),
  /** Unsubscribes; starred articles stay in the library. */
  removeFeed: returns<RemoveFeedResult>()(z.tuple([sourceId])),
  listFolders: returns<Folder[]>()(none),
  createFolder: returns<Folder>()(z.tuple([folderName, z.optional(z.nullable(folderId))])),
  renameFolder: returns<Folder>()(z.tuple([folderId, folderName])),
  /** Deletes a folder; its feeds and subfolders move to its parent. */
  deleteFolder: returns<void>()(z.tuple([folderId])),
  importOpml: returns<OpmlImportReport>()(
    z.tuple([z.string().check(z.maxLength(32 * 1024 * 1024))]),
  ),
  exportOpml: returns<string>()(none),
  /** Syncs now; while a sync runs, a second call joins it. */
  sync: returns<SyncSummary>()(z.tuple([z.optional(syncOptions)])),
  cancelSync: returns<void>()(none),
  getSyncProgress: returns<SyncProgress>()(none),

  /** Adds, removes or confirms tags; the reader's decisions survive re-tagging. */
  editTags: returns<Article | null>()(
    z.tuple([articleId, z.array(tagEdit).check(z.minLength(1), z.maxLength(100))]),
  ),
  /** Countries, regions, topics and free tags with article and unread counts within a filter. */
  listTagFacets: returns<TagFacet[]>()(z.tuple([articleFilter])),
  listTagRules: returns<TagRule[]>()(none),
  /** Adds a rule and re-tags the archive with it in the background. */
  addTagRule: returns<TagRule>()(z.tuple([newTagRule])),
  deleteTagRule: returns<void>()(z.tuple([rowId])),
};

type Spec = typeof apiSpec;
export type ApiMethod = keyof Spec;
export type ApiArgs<M extends ApiMethod> = z.infer<Spec[M]['args']>;
export type ApiResult<M extends ApiMethod> =
  Spec[M] extends MethodSpec<unknown, infer Result> ? Result : never;

export type OutpostApi = {
  [M in ApiMethod]: (...args: ApiArgs<M>) => Promise<ApiResult<M>>;
};

export const apiMethods = Object.keys(apiSpec) as ApiMethod[];

export function isApiMethod(name: string): name is ApiMethod {
  return Object.hasOwn(apiSpec, name);
}

// zod/mini brings no messages of its own: a refused call should say what was expected.
z.config(en());

export type ValidatedCall = { ok: true; args: unknown[] } | { ok: false; message: string };

/** Checks a call's arguments; the message names the method and the offending argument. */
export function validateArgs(method: ApiMethod, args: unknown): ValidatedCall {
  if (!Array.isArray(args))
    return { ok: false, message: `Invalid call to ${method}: arguments must be a list` };
  const list: unknown[] = [...args];
  // Trailing `undefined`s come from optional parameters left out by the caller.
  while (list.length > 0 && list[list.length - 1] === undefined) list.pop();
  const parsed = apiSpec[method].args.safeParse(list);
  if (parsed.success) return { ok: true, args: parsed.data };
  const issue = parsed.error.issues[0];
  const where = issue && issue.path.length > 0 ? ` at argument ${issue.path.join('.')}` : '';
  return {
    ok: false,
    message: `Invalid call to ${method}${where}: ${issue?.message ?? 'bad arguments'}`,
  };
}

/** Calls `method` on any implementation of the API with already validated arguments. */
export function invokeApi(
  api: OutpostApi,
  method: ApiMethod,
  args: readonly unknown[],
): Promise<unknown> {
  const fn = api[method] as (...callArgs: unknown[]) => Promise<unknown>;
  return fn.apply(api, [...args]);
}

/** Events the backend pushes to every window. */
export interface OutpostEvents {
  /** What a write did: the UI patches or refreshes exactly what depends on it. */
  changed: Changes;
  /**
   * Announcements may have been lost (the backend restarted, the event stream dropped): whatever
   * is on screen should be fetched again. Sent by the transports, never by a writer.
   */
  reset: { reason: 'restarted' | 'reconnected' };
  'settings-changed': Settings;
  'sync-progress': SyncProgress;
  /** The search index changed (new, changed or re-tagged articles are searchable): searches on screen run again. */
  'search-updated': { documents: number };
  /** Every sync's outcome, whoever started it (the scheduler, another window, the CLI's caller). */
  'sync-finished': SyncSummary;
  /** Something the reader should know that no call asked about (settings reset, search stopped). */
  notice: { message: string };
}

export type EventName = keyof OutpostEvents;

const eventTable = {
  changed: true,
  reset: true,
  'settings-changed': true,
  'sync-progress': true,
  'search-updated': true,
  'sync-finished': true,
  notice: true,
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
