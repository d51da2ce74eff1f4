import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../../shared/settings.ts';
import { createSettingsFile } from '../../../main/store/settings-file.ts';
import { makeTempDir } from '../../helpers/temp-dir.ts';

describe('settings file', () => {
  it('starts from defaults and persists changes to settings.json', async () => {
    const dir = makeTempDir();
    const settings = createSettingsFile(dir);
    expect(await settings.get()).toEqual(defaultSettings);
    expect(await settings.update({ theme: 'dark' })).toEqual({ ...defaultSettings, theme: 'dark' });
    expect(JSON.parse(readFileSync(join(dir, 'settings.json'), 'utf8')).theme).toBe('dark');
    expect(await createSettingsFile(dir).get()).toEqual({ ...defaultSettings, theme: 'dark' });
  });

  it('survives a hand-edited file with bad values', async () => {
    const dir = makeTempDir();
    writeFileSync(join(dir, 'settings.json'), '{"theme":"neon","readerFontSize":20,"extra":1}');
    expect(await createSettingsFile(dir).get()).toEqual({ ...defaultSettings, readerFontSize: 20 });
    await createSettingsFile(dir).update({ theme: 'light' });
    // Keys from a newer version survive an update by this one.
    expect(JSON.parse(readFileSync(join(dir, 'settings.json'), 'utf8')).extra).toBe(1);
    writeFileSync(join(dir, 'settings.json'), '{ not json');
    expect(await createSettingsFile(dir).get()).toEqual(defaultSettings);
  });

  it('rejects invalid updates', async () => {
    const settings = createSettingsFile(makeTempDir());
    await expect(settings.update({ readerFontSize: 400 })).rejects.toThrow();
  });
});
