// Settings in the app: electron-store on <dataDir>/settings.json, the same file and schema the CLI uses.
import ElectronStore from 'electron-store';
import { normalizeSettings, settingsPatchSchema } from '../../shared/settings.ts';
import type { Settings, SettingsStore } from '../../shared/settings.ts';

export interface AppSettingsStore extends SettingsStore {
  /** Called with the new settings after every successful update. */
  onChange(listener: (settings: Settings) => void): () => void;
}

export function openSettingsStore(dataDir: string): AppSettingsStore {
  const store = new ElectronStore<Record<string, unknown>>({
    cwd: dataDir,
    name: 'settings',
    // Keys are plain names; a hand-edited file that is not JSON is reset rather than stopping the app.
    accessPropertiesByDotNotation: false,
    clearInvalidConfig: true,
  });
  const listeners = new Set<(settings: Settings) => void>();

  return {
    async get() {
      return normalizeSettings(store.store);
    },
    async update(patch) {
      const next = normalizeSettings({
        ...normalizeSettings(store.store),
        ...settingsPatchSchema.parse(patch),
      });
      // set() merges, so keys written by a newer Outpost survive an older one's update.
      store.set(next);
      for (const listener of listeners) listener(next);
      return next;
    },
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
