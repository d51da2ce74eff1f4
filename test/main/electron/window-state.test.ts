// Window placement: which saved bounds still show on the current displays, and what is saved when.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openShellState, shellStateDefaults } from '../../../main/electron/shell-state.ts';
import type { ShellStateStore } from '../../../main/electron/shell-state.ts';
import {
  isVisibleOnDisplays,
  placementFrom,
  rememberWindowState,
} from '../../../main/electron/window-state.ts';
import * as fake from './fake-electron.ts';

vi.hoisted(() => {
  // See shell-state.test.ts: lets electron-store load without the Electron binary.
  process.env.ELECTRON_OVERRIDE_DIST_PATH ??= '/nonexistent-electron-dist';
});

const laptop = { x: 0, y: 0, width: 1440, height: 860 };
/** A monitor to the left of the laptop, its top 200 px higher. */
const leftMonitor = { x: -1920, y: -200, width: 1920, height: 1040 };

describe('isVisibleOnDisplays', () => {
  it.each([
    ['inside the laptop', { x: 100, y: 80, width: 1000, height: 700 }, true],
    ['on the monitor to the left', { x: -1800, y: -150, width: 1200, height: 800 }, true],
    ['straddling both displays', { x: -500, y: 100, width: 1200, height: 700 }, true],
    ['larger than the display it is on', { x: 0, y: 0, width: 3000, height: 2000 }, true],
    [
      'with just enough showing at the right edge',
      { x: 1340, y: 100, width: 800, height: 600 },
      true,
    ],
    [
      'with too little showing at the right edge',
      { x: 1341, y: 100, width: 800, height: 600 },
      false,
    ],
    ['with its title bar above every display', { x: 100, y: -400, width: 800, height: 600 }, false],
    ['with only its title bar at the bottom', { x: 100, y: 820, width: 800, height: 600 }, false],
    ['on a monitor that is gone', { x: 2000, y: 100, width: 1000, height: 700 }, false],
  ])('a window %s', (_name, bounds, visible) => {
    expect(isVisibleOnDisplays(bounds, [laptop, leftMonitor])).toBe(visible);
  });

  it('finds nothing visible without displays', () => {
    expect(isVisibleOnDisplays({ x: 0, y: 0, width: 800, height: 600 }, [])).toBe(false);
  });
});

describe('placementFrom', () => {
  const state = {
    windowBounds: { x: 2000, y: 100, width: 1000, height: 700 },
    maximized: true,
    zoomFactor: 1.5,
    theme: 'dark' as const,
  };

  it('restores bounds that a display still shows, with maximized and zoom', () => {
    const extended = { x: 1440, y: 0, width: 1920, height: 1080 };
    expect(placementFrom(state, [laptop, extended])).toEqual({
      bounds: state.windowBounds,
      maximized: true,
      zoomFactor: 1.5,
    });
  });

  it('drops bounds no display shows any more, and keeps the rest', () => {
    expect(placementFrom(state, [laptop])).toEqual({
      bounds: undefined,
      maximized: true,
      zoomFactor: 1.5,
    });
    expect(placementFrom(shellStateDefaults, [laptop])).toEqual({
      bounds: undefined,
      maximized: false,
      zoomFactor: 1,
    });
  });
});

describe('rememberWindowState', () => {
  let folder: string;
  let state: ShellStateStore;
  let window: fake.BrowserWindow;

  beforeEach(() => {
    fake.resetFakeElectron();
    vi.useFakeTimers();
    folder = mkdtempSync(path.join(tmpdir(), 'outpost-window-state-'));
    state = openShellState(folder);
    window = new fake.BrowserWindow({ x: 100, y: 100, width: 1280, height: 820 });
    rememberWindowState(fake.asElectron(window), state, 500);
  });

  afterEach(() => {
    vi.useRealTimers();
    rmSync(folder, { recursive: true, force: true });
  });

  it('saves the bounds once the window has stopped moving', () => {
    window.setBounds({ x: 120 });
    vi.advanceTimersByTime(300);
    window.setBounds({ x: 140, width: 1000 });
    vi.advanceTimersByTime(499);
    expect(openShellState(folder).read().windowBounds).toBeUndefined();
    vi.advanceTimersByTime(1);
    expect(openShellState(folder).read()).toMatchObject({
      windowBounds: { x: 140, y: 100, width: 1000, height: 820 },
      maximized: false,
    });
  });

  it('saves the normal bounds of a maximized window, and that it was maximized', () => {
    window.maximize();
    vi.advanceTimersByTime(500);
    expect(openShellState(folder).read()).toMatchObject({
      windowBounds: { x: 100, y: 100, width: 1280, height: 820 },
      maximized: true,
    });
    window.unmaximize();
    vi.advanceTimersByTime(500);
    expect(openShellState(folder).read().maximized).toBe(false);
  });

  it('saves bounds, maximized and zoom at once when the window closes', () => {
    window.setBounds({ x: 300.4, y: 200.6 });
    window.webContents.setZoomFactor(1.2);
    window.maximize();
    window.close();
    expect(openShellState(folder).read()).toEqual({
      windowBounds: { x: 300, y: 201, width: 1280, height: 820 },
      maximized: true,
      zoomFactor: 1.2,
      theme: 'system',
    });
    // The pending save of the move is cancelled: nothing runs on a destroyed window.
    expect(vi.getTimerCount()).toBe(0);
  });

  it('keeps the saved zoom when the page reports one outside the range', () => {
    state.save({ zoomFactor: 1.5 });
    window.webContents.zoomFactor = 9;
    window.close();
    expect(openShellState(folder).read().zoomFactor).toBe(1.5);
  });
});
