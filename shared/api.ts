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
  Source,
  Stats,
} from './model.ts';
import type { Settings } from './settings.ts';

export interface OutpostApi {
  listArticles(filter: ArticleFilter): Promise<ArticlePage>;
  getArticle(id: ArticleId): Promise<Article | null>;
  search(query: string, options?: SearchOptions): Promise<SearchResult>;
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
  importFiles: true,
  importDocuments: true,
  setRead: true,
  setStarred: true,
  listSources: true,
  stats: true,
  getSettings: true,
  updateSettings: true,
} as const satisfies Record<ApiMethod, true>;

export const apiMethods = Object.keys(methodTable) as ApiMethod[];

export function isApiMethod(name: string): name is ApiMethod {
  return Object.hasOwn(methodTable, name);
}

/** Events the backend pushes to every window. */
export interface OutpostEvents {
  'articles-changed': { reason: 'import' | 'state'; ids: ArticleId[] };
  'settings-changed': Settings;
}

export type EventName = keyof OutpostEvents;

const eventTable = {
  'articles-changed': true,
  'settings-changed': true,
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
