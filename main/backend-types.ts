// The backend's public shape, shared by its three hosts (desktop app, CLI, HTTP bridge).
import type { EventListener, EventName, OutpostApi } from '../shared/api.ts';
import type { SettingsStore } from '../shared/settings.ts';

export interface BackendOptions {
  /** The data folder: database, search index, settings. Created if missing. */
  dataDir: string;
  /** Network access; Electron's net.fetch in the app so system proxies apply. */
  fetch?: typeof globalThis.fetch;
  /** The clock, injectable for tests. */
  now?: () => Date;
  /** Settings storage; defaults to `settings.json` in the data folder. */
  settings?: SettingsStore;
}

export interface Backend extends OutpostApi {
  on<E extends EventName>(event: E, listener: EventListener<E>): () => void;
  /** Finishes pending writes and closes the database. */
  close(): Promise<void>;
}
