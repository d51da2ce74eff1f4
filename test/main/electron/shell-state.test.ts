// The shell's own state: real electron-store on a temp folder, its schema, and files it must survive.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  openShellState,
  shellStateDefaults,
  shellStateName,
} from '../../../main/electron/shell-state.ts';

vi.hoisted(() => {
  // electron-store imports the `electron` package, whose index.js would try to download the
  // binary; with this set it only returns a path. electron-store then works from an absolute cwd.
  process.env.ELECTRON_OVERRIDE_DIST_PATH ??= '/nonexistent-electron-dist';
});

let folder: string;
let file: string;

beforeEach(() => {
  folder = mkdtempSync(path.join(tmpdir(), 'outpost-shell-state-'));
  file = path.join(folder, `${shellStateName}.json`);
  vi.spyOn(console, 'error').mockImplementation(() => {});
});

afterEach(() => {
  vi.restoreAllMocks();
  rmSync(folder, { recursive: true, force: true });
});

const saved = {
  windowBounds: { x: -1200, y: 40, width: 1100, height: 760 },
  maximized: true,
  zoomFactor: 1.25,
  theme: 'dark',
} as const;

describe('shell state (electron-store)', () => {
  it('starts from the defaults', () => {
    expect(openShellState(folder).read()).toEqual({
      maximized: false,
      zoomFactor: 1,
      theme: 'system',
    });
  });

  it('keeps what was saved in shell-state.json for the next start', () => {
    const state = openShellState(folder);
    state.save({ theme: 'dark', zoomFactor: 1.25 });
    state.save({ windowBounds: saved.windowBounds, maximized: true });
    expect(state.read()).toEqual(saved);
    expect(openShellState(folder).read()).toEqual(saved);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(saved);
  });

  it('leaves the library settings file alone', () => {
    writeFileSync(path.join(folder, 'settings.json'), '{"theme":"light"}');
    openShellState(folder).save({ theme: 'dark' });
    expect(readFileSync(path.join(folder, 'settings.json'), 'utf8')).toBe('{"theme":"light"}');
  });

  it('starts from the defaults when the file is not JSON, and saves again', () => {
    writeFileSync(file, '{ "theme": "dark", ');
    const state = openShellState(folder);
    expect(state.read()).toEqual(shellStateDefaults);
    state.save({ theme: 'light' });
    expect(openShellState(folder).read()).toEqual({ ...shellStateDefaults, theme: 'light' });
  });

  it.each([
    ['a zoom out of range', { zoomFactor: 40 }],
    ['an unknown theme', { theme: 'neon' }],
    ['bounds that are not numbers', { windowBounds: { x: 'left', y: 0, width: 800, height: 600 } }],
    ['bounds without a size', { windowBounds: { x: 0, y: 0 } }],
    ['an empty window', { windowBounds: { x: 0, y: 0, width: 0, height: 600 } }],
    ['a maximized flag that is a string', { maximized: 'yes' }],
  ])('starts from the defaults when the file holds %s', (_name, content) => {
    writeFileSync(file, JSON.stringify({ ...saved, ...content }));
    expect(openShellState(folder).read()).toEqual(shellStateDefaults);
  });

  it('refuses to save a value outside the schema, without throwing', () => {
    const state = openShellState(folder);
    state.save({ theme: 'dark' });
    expect(() => state.save({ zoomFactor: 0 })).not.toThrow();
    expect(() => state.save({ theme: 'neon' as never })).not.toThrow();
    expect(state.read()).toEqual({ ...shellStateDefaults, theme: 'dark' });
    expect(console.error).toHaveBeenCalled();
  });

  it('keeps the state in memory when the file cannot be opened at all', () => {
    mkdirSync(file);
    const state = openShellState(folder);
    expect(state.read()).toEqual(shellStateDefaults);
    state.save({ theme: 'dark' });
    expect(state.read()).toEqual({ ...shellStateDefaults, theme: 'dark' });
    expect(console.error).toHaveBeenCalledWith(
      expect.stringContaining(`could not open its window state in ${folder}`),
      expect.anything(),
    );
  });
});
