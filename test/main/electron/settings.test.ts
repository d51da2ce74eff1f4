// The app's settings store: real electron-store on a temp folder, read back by the CLI's own settings file.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openSettingsStore } from '../../../main/electron/settings.ts';
import { createSettingsFile } from '../../../main/store/settings-file.ts';
import { defaultSettings } from '../../../shared/settings.ts';

vi.hoisted(() => {
  // electron-store imports the `electron` package, whose index.js would try to download the
  // binary; with this set it only returns a path. electron-store then works from an absolute cwd.
  process.env.ELECTRON_OVERRIDE_DIST_PATH ??= '/nonexistent-electron-dist';
});

let dataDir: string;

beforeEach(() => {
  dataDir = mkdtempSync(path.join(tmpdir(), 'outpost-settings-'));
});

afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

describe('settings store (electron-store)', () => {
  it('starts from the defaults when there is no file', async () => {
    expect(await openSettingsStore(dataDir).get()).toEqual(defaultSettings);
  });

  it('writes <dataDir>/settings.json, which the CLI reads back', async () => {
    const store = openSettingsStore(dataDir);
    expect(await store.update({ theme: 'dark' })).toEqual({ ...defaultSettings, theme: 'dark' });
    expect(await store.update({ readerFontSize: 21 })).toEqual({
      ...defaultSettings,
      theme: 'dark',
      readerFontSize: 21,
    });

    const file = JSON.parse(readFileSync(path.join(dataDir, 'settings.json'), 'utf8'));
    expect(file).toEqual({ ...defaultSettings, theme: 'dark', readerFontSize: 21 });
    expect(await createSettingsFile(dataDir).get()).toEqual({
      ...defaultSettings,
      theme: 'dark',
      readerFontSize: 21,
    });
    expect(await openSettingsStore(dataDir).get()).toEqual({
      ...defaultSettings,
      theme: 'dark',
      readerFontSize: 21,
    });
  });

  it('reads what the CLI wrote', async () => {
    await createSettingsFile(dataDir).update({ theme: 'light', readerFontSize: 14 });
    expect(await openSettingsStore(dataDir).get()).toEqual({
      ...defaultSettings,
      theme: 'light',
      readerFontSize: 14,
    });
  });

  it('rejects an invalid patch and leaves the file alone', async () => {
    const store = openSettingsStore(dataDir);
    await store.update({ theme: 'dark' });
    await expect(store.update({ readerFontSize: 99 })).rejects.toThrow();
    await expect(store.update({ theme: 'neon' } as never)).rejects.toThrow();
    expect(await store.get()).toEqual({ ...defaultSettings, theme: 'dark' });
  });

  it('normalises a hand-edited file and keeps keys it does not know', async () => {
    writeFileSync(
      path.join(dataDir, 'settings.json'),
      JSON.stringify({ theme: 'purple', readerFontSize: 20, futureKey: 1 }),
    );
    const store = openSettingsStore(dataDir);
    expect(await store.get()).toEqual({ ...defaultSettings, readerFontSize: 20 });
    await store.update({ theme: 'light' });
    expect(JSON.parse(readFileSync(path.join(dataDir, 'settings.json'), 'utf8'))).toEqual({
      ...defaultSettings,
      theme: 'light',
      readerFontSize: 20,
      futureKey: 1,
    });
  });

  it('falls back to the defaults when the file is not JSON', async () => {
    writeFileSync(path.join(dataDir, 'settings.json'), '{ not json');
    expect(await openSettingsStore(dataDir).get()).toEqual(defaultSettings);
  });

  it('tells listeners about every update', async () => {
    const store = openSettingsStore(dataDir);
    const seen: unknown[] = [];
    const stop = store.onChange((settings) => seen.push(settings));
    await store.update({ theme: 'dark' });
    stop();
    await store.update({ theme: 'light' });
    expect(seen).toEqual([{ ...defaultSettings, theme: 'dark' }]);
  });
});
