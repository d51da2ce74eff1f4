// Library settings in `settings.json` in the data folder: the backend owns them in every host (the
// app, the CLI, `outpost serve`), so the library carries its settings wherever it goes.
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import {
  normalizeSettings,
  settingsPatchSchema,
  type Settings,
  type SettingsStore,
} from '../../shared/settings.ts';

export const SETTINGS_FILE = 'settings.json';

export interface SettingsFileOptions {
  /** Told when a damaged file was put aside and defaults took its place. */
  onDamaged?: (message: string) => void;
  now?: () => Date;
}

export function createSettingsFile(
  dataDir: string,
  options: SettingsFileOptions = {},
): SettingsStore {
  const file = join(dataDir, SETTINGS_FILE);
  const now = options.now ?? (() => new Date());

  /** The file as written, including keys a newer Outpost may have added. */
  function readRaw(): Record<string, unknown> {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      // Missing (a new library) or unreadable: defaults. The file is written on the next change.
      return {};
    }
    try {
      const raw: unknown = JSON.parse(text);
      if (raw && typeof raw === 'object' && !Array.isArray(raw))
        return raw as Record<string, unknown>;
    } catch {
      // Not JSON: handled below.
    }
    putAside();
    return {};
  }

  /** A damaged file is kept beside, never overwritten: the reader may want what was in it. */
  function putAside(): void {
    const stamp = now().toISOString().replace(/[:.]/g, '-');
    let aside = join(dataDir, `settings.damaged-${stamp}.json`);
    for (let n = 2; existsSync(aside); n++)
      aside = join(dataDir, `settings.damaged-${stamp}-${n}.json`);
    try {
      renameSync(file, aside);
    } catch {
      return;
    }
    options.onDamaged?.(
      `Outpost's settings file was damaged, so Outpost started with its default settings. The damaged file was kept as ${basename(aside)} in ${dataDir}.`,
    );
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
      // Keys this version does not know stay, for a newer Outpost sharing the library.
      // Write then rename, so a crash never leaves half a settings file.
      const temporary = `${file}.${process.pid}.tmp`;
      writeFileSync(temporary, JSON.stringify({ ...raw, ...next }, null, 2) + '\n');
      renameSync(temporary, file);
      return next;
    },
  };
}
