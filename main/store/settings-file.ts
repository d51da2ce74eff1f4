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

  function read(): Settings {
    try {
      return normalizeSettings(JSON.parse(readFileSync(file, 'utf8')));
    } catch {
      // Missing or unreadable: defaults. The file is rewritten on the next change.
      return normalizeSettings({});
    }
  }

  return {
    async get() {
      return read();
    },
    async update(patch) {
      const next = normalizeSettings({ ...read(), ...settingsPatchSchema.parse(patch) });
      // Write then rename, so a crash never leaves half a settings file.
      const temporary = `${file}.${process.pid}.tmp`;
      writeFileSync(temporary, JSON.stringify(next, null, 2) + '\n');
      renameSync(temporary, file);
      return next;
    },
  };
}
