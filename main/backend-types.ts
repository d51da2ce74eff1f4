// The backend's public shape, shared by its three hosts (desktop app, CLI, HTTP bridge).
import type { EventListener, EventName, OutpostApi } from '../shared/api.ts';
import type { ImportReport } from '../shared/model.ts';
import type { SettingsStore } from '../shared/settings.ts';
import type { GetOptions } from './net/http-client.ts';

export interface BackendOptions {
  /** The data folder: database, search index, settings. Created if missing. */
  dataDir: string;
  /** Network access; Electron's network stack in the app so system proxies apply. */
  fetch?: typeof globalThis.fetch;
  /**
   * The Accept-Encoding to send; null leaves it to the fetch implementation (Chromium decodes
   * only what it asked for itself).
   */
  acceptEncoding?: string | null;
  /** The clock, injectable for tests. */
  now?: () => Date;
  /** Settings storage; defaults to `settings.json` in the data folder. */
  settings?: SettingsStore;
  /** Randomness for backoff jitter, injectable for tests. */
  random?: () => number;
  /** Sync at start and whenever a feed is due: for long-running hosts (the app, outpost serve). */
  autoSync?: boolean;
  /** How soon after start, and how often, the scheduler looks for due feeds (tests shorten it). */
  schedulerTiming?: { startDelayMs?: number; checkEveryMs?: number };
  /** How long a write waits for another process's write lock (tests shorten it). */
  busyTimeoutMs?: number;
  /** Defaults for every download (timeouts, size caps); tests shorten the timeouts. */
  requestDefaults?: Pick<
    GetOptions,
    'headersTimeoutMs' | 'idleTimeoutMs' | 'totalTimeoutMs' | 'maxBytes'
  >;
}

export interface Backend extends OutpostApi {
  /**
   * Imports files or folders by path: for the CLI and the desktop app's own file dialog only. It is
   * not part of the API a window may call (a page has no business naming paths to read).
   */
  importFiles(paths: readonly string[]): Promise<ImportReport>;
  on<E extends EventName>(event: E, listener: EventListener<E>): () => void;
  /** Resolves once every stored article is searchable (the CLI waits for it; the UI does not). */
  whenSearchReady(): Promise<void>;
  /** Drops the search index and rebuilds it from the library. */
  reindex(): Promise<void>;
  /** Finishes pending writes and closes the database. */
  close(): Promise<void>;
}
