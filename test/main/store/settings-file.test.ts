import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
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
  });

  it('puts a damaged file aside, starts from defaults and says so once', async () => {
    const dir = makeTempDir();
    writeFileSync(join(dir, 'settings.json'), '{ "theme": "dark", not json');
    const notices: string[] = [];
    const settings = createSettingsFile(dir, {
      onDamaged: (message) => notices.push(message),
      now: () => new Date('2026-12-08T10:00:00Z'),
    });
    expect(await settings.get()).toEqual(defaultSettings);
    const aside = 'settings.damaged-2026-12-08T10-00-00-000Z.json';
    expect(readdirSync(dir).sort()).toEqual([aside]);
    expect(readFileSync(join(dir, aside), 'utf8')).toBe('{ "theme": "dark", not json');
    expect(notices).toEqual([expect.stringContaining(aside)]);
    expect(notices[0]).toMatch(/default settings/);
    // The library goes on with defaults; the next change writes a good file.
    expect((await settings.update({ theme: 'light' })).theme).toBe('light');
    expect(await settings.get()).toEqual({ ...defaultSettings, theme: 'light' });
    expect(notices).toHaveLength(1);
    // A file that is JSON but not an object is damaged too.
    writeFileSync(join(dir, 'settings.json'), '[1, 2]');
    expect(await settings.get()).toEqual(defaultSettings);
    expect(notices).toHaveLength(2);
    expect(readdirSync(dir).sort()).toEqual(
      [aside, 'settings.damaged-2026-12-08T10-00-00-000Z-2.json'].sort(),
    );
  });

  it('rejects invalid updates', async () => {
    const settings = createSettingsFile(makeTempDir());
    await expect(settings.update({ readerFontSize: 400 })).rejects.toThrow();
  });
});
