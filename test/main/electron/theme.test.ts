// The native theme following the library's setting: remembered first, then the backend's word.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { OutpostError } from '../../../shared/api-reply.ts';
import { defaultSettings } from '../../../shared/settings.ts';
import { openShellState } from '../../../main/electron/shell-state.ts';
import type { ShellStateStore } from '../../../main/electron/shell-state.ts';
import { followLibraryTheme } from '../../../main/electron/theme.ts';
import * as fake from './fake-electron.ts';

vi.hoisted(() => {
  // See shell-state.test.ts: lets electron-store load without the Electron binary.
  process.env.ELECTRON_OVERRIDE_DIST_PATH ??= '/nonexistent-electron-dist';
});

let folder: string;
let state: ShellStateStore;

beforeEach(() => {
  fake.resetFakeElectron();
  folder = mkdtempSync(path.join(tmpdir(), 'outpost-theme-'));
  state = openShellState(folder);
  vi.spyOn(console, 'error').mockImplementation(() => {});
});

afterEach(() => {
  vi.restoreAllMocks();
  rmSync(folder, { recursive: true, force: true });
});

/** A backend whose getSettings answer the test releases. */
function backendAnswering() {
  let answer: (value: unknown) => void = () => {};
  let fail: (error: unknown) => void = () => {};
  const backend = {
    call: vi.fn(
      (_method: string, _args: unknown[]) =>
        new Promise<unknown>((resolve, reject) => {
          answer = resolve;
          fail = reject;
        }),
    ),
  };
  return {
    backend,
    answer: (value: unknown) => answer(value),
    fail: (error: unknown) => fail(error),
  };
}

describe('followLibraryTheme', () => {
  it("applies the remembered theme at once, then the backend's, and remembers that", async () => {
    state.save({ theme: 'dark' });
    const theme = followLibraryTheme(fake.nativeTheme, state);
    expect(fake.nativeTheme.themeSource).toBe('dark');

    const { backend, answer } = backendAnswering();
    const reading = theme.readFrom(backend);
    expect(backend.call).toHaveBeenCalledWith('getSettings', []);
    answer({ ...defaultSettings, theme: 'light' });
    await reading;
    expect(fake.nativeTheme.applied).toEqual(['dark', 'light']);
    expect(openShellState(folder).read().theme).toBe('light');
  });

  it('follows settings-changed and ignores an answer it overtook', async () => {
    const theme = followLibraryTheme(fake.nativeTheme, state);
    const { backend, answer } = backendAnswering();
    const reading = theme.readFrom(backend);
    theme.apply('dark');
    answer({ ...defaultSettings, theme: 'light' });
    await reading;
    expect(fake.nativeTheme.themeSource).toBe('dark');
    expect(openShellState(folder).read().theme).toBe('dark');
  });

  it('keeps the remembered theme when the backend cannot answer or answers nonsense', async () => {
    state.save({ theme: 'dark' });
    const theme = followLibraryTheme(fake.nativeTheme, state);
    const first = backendAnswering();
    const failing = theme.readFrom(first.backend);
    first.fail(new OutpostError('unavailable', "Outpost's backend is not running."));
    await failing;
    const second = backendAnswering();
    const garbled = theme.readFrom(second.backend);
    second.answer({ theme: 'sepia' });
    await garbled;
    theme.apply(undefined);
    expect(fake.nativeTheme.applied).toEqual(['dark']);
    expect(openShellState(folder).read().theme).toBe('dark');
  });

  it('writes the shell state only when the theme changes', async () => {
    const theme = followLibraryTheme(fake.nativeTheme, state);
    const save = vi.spyOn(state, 'save');
    theme.apply('system');
    theme.apply('dark');
    theme.apply('dark');
    expect(save).toHaveBeenCalledTimes(1);
    expect(fake.nativeTheme.applied).toEqual(['system', 'dark']);
  });
});
