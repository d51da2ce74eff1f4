// Settings in `settings.json` in the data folder: the same file and schema electron-store uses in the app.
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  normalizeSettings,
  settingsPatchSchema,
  type Settings,
  type SettingsStore,
} from '../../shared/settings.ts';

export const SETTINGS_FILE = 'settings.json';

export function createSettingsFile(dataDir: string): SettingsStore {
  const file = join(dataDir, SETTINGS_FILE);

  /** The file as written, including keys a newer Outpost may have added. */
  function readRaw(): Record<string, unknown> {
    try {
      const raw: unknown = JSON.parse(readFileSync(file, 'utf8'));
      return raw && typeof raw === 'object' && !Array.isArray(raw)
        ? (raw as Record<string, unknown>)
        : {};
    } catch {
      // Missing or unreadable: defaults. The file is rewritten on the next change.
      return {};
    }
  }

  function read(): Settings {
    return normalizeSettings(readRaw());
  }

  return {
    async get() {
      return read();
    },
    async update(patch) {
      const raw = readRaw();
      const next = normalizeSettings({ ...raw, ...settingsPatchSchema.parse(patch) });
      // Keys this version does not know stay, as electron-store keeps them in the app.
      // Write then rename, so a crash never leaves half a settings file.
      const temporary = `${file}.${process.pid}.tmp`;
      writeFileSync(temporary, JSON.stringify({ ...raw, ...next }, null, 2) + '\n');
      renameSync(temporary, file);
      return next;
    },
  };
}
