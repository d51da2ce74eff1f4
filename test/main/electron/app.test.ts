// The main-process entry against the fake Electron: single instance, scheme, window and its state,
// theme, backend, menu, quit.
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { securityHeaders } from '../../../main/content-security-policy.ts';
import type { ToBackend } from '../../../main/electron/backend-protocol.ts';
import { openShellState, shellStateName } from '../../../main/electron/shell-state.ts';
import type { ShellState } from '../../../main/electron/shell-state.ts';
import { thirdPartyNotices } from '../../../main/electron/third-party-notices.ts';
import { backgroundColors } from '../../../main/electron/window.ts';
import { apiMethods, ipcChannel } from '../../../shared/api.ts';
import { changesOf } from '../../../shared/changes.ts';
import { defaultSettings } from '../../../shared/settings.ts';
import type * as Fake from './fake-electron.ts';

// One fake for every fresh import of app.ts: vi.resetModules() would otherwise make a second copy.
const fake = await vi.hoisted(async () => {
  // See shell-state.test.ts: lets electron-store load without the Electron binary.
  process.env.ELECTRON_OVERRIDE_DIST_PATH ??= '/nonexistent-electron-dist';
  return import('./fake-electron.ts');
});
vi.mock('electron', () => fake);

let root: string;
let appPath: string;
let dataDir: string;
let userData: string;
const savedDataDir = process.env.OUTPOST_DATA_DIR;

beforeEach(() => {
  fake.resetFakeElectron();
  vi.resetModules();
  root = mkdtempSync(path.join(tmpdir(), 'outpost-app-'));
  appPath = path.join(root, 'app');
  dataDir = path.join(root, 'data');
  mkdirSync(path.join(appPath, 'dist', 'renderer'), { recursive: true });
  writeFileSync(
    path.join(appPath, 'dist', 'renderer', 'index.html'),
    '<!doctype html><title>Outpost</title>',
  );
  fake.app.appPath = appPath;
  userData = path.join(root, 'userData');
  fake.app.paths.userData = userData;
  process.env.OUTPOST_DATA_DIR = dataDir;
});

afterEach(() => {
  if (savedDataDir === undefined) delete process.env.OUTPOST_DATA_DIR;
  else process.env.OUTPOST_DATA_DIR = savedDataDir;
  rmSync(root, { recursive: true, force: true });
});

const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

/** Imports the entry, makes the app ready and waits for the window. */
async function startApp(): Promise<{ window: Fake.BrowserWindow; child: Fake.FakeUtilityProcess }> {
  await import('../../../main/electron/app.ts');
  fake.app.emitReady();
  await vi.waitFor(() => expect(fake.BrowserWindow.instances).toHaveLength(1));
  const window = fake.BrowserWindow.instances[0] as Fake.BrowserWindow;
  const child = fake.utilityProcess.children[0] as Fake.FakeUtilityProcess;
  return { window, child };
}

/** The calls a child received, by method: the app itself asks for getSettings at start. */
function callsTo(child: Fake.FakeUtilityProcess, method?: string) {
  return child.received.filter(
    (message): message is Extract<ToBackend, { type: 'call' }> =>
      (message as ToBackend).type === 'call' &&
      (method === undefined || (message as { method: string }).method === method),
  );
}

/** Plays the backend: answers the app's getSettings call. */
async function answerGetSettings(child: Fake.FakeUtilityProcess, value: unknown): Promise<void> {
  await vi.waitFor(() => expect(callsTo(child, 'getSettings').length).toBeGreaterThan(0));
  const call = callsTo(child, 'getSettings').at(-1);
  child.reply({ type: 'result', id: call?.id, value });
}

/** What a previous run left in the shell's state, as the app itself would have saved it. */
function rememberFromLastRun(state: Partial<ShellState>): void {
  openShellState(userData).save(state);
}

function shellStateOnDisk(): ShellState {
  return openShellState(userData).read();
}

describe('single instance', () => {
  it('quits without starting anything when another Outpost holds the lock', async () => {
    fake.app.hasLock = false;
    await import('../../../main/electron/app.ts');
    expect(fake.app.quitCalls).toBe(1);
    expect(fake.app.listenerCount('second-instance')).toBe(0);
    fake.app.emitReady();
    await nextTurn();
    expect(fake.BrowserWindow.instances).toEqual([]);
    expect(fake.utilityProcess.children).toEqual([]);
    expect(fake.protocol.handlers.size).toBe(0);
  });

  it('restores and focuses the window when a second instance starts', async () => {
    const { window } = await startApp();
    window.minimize();
    fake.app.emit('second-instance', {}, ['outpost'], '/');
    expect(window.isMinimized()).toBe(false);
    expect(window.visible).toBe(true);
    expect(window.focused).toBe(true);
  });
});

describe('start-up', () => {
  it('registers app:// as a privileged scheme before ready', async () => {
    await import('../../../main/electron/app.ts');
    expect(fake.app.isReady()).toBe(false);
    expect(fake.protocol.privileged).toEqual([
      {
        scheme: 'app',
        privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true },
      },
    ]);
  });

  it('serves the built renderer over app:// with the CSP', async () => {
    const { window } = await startApp();
    expect(window.loadedUrl).toBe('app://outpost/');
    const handler = fake.protocol.handlers.get('app');
    if (!handler) throw new Error('no app:// handler');
    const response = await handler(new Request('app://outpost/'));
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<title>Outpost</title>');
    expect(response.headers.get('Content-Security-Policy')).toBe(
      securityHeaders['Content-Security-Policy'],
    );
  });

  it('opens the window with the bundled preload and starts the backend on the data folder', async () => {
    const { window, child } = await startApp();
    expect(window.options.webPreferences).toMatchObject({
      preload: path.join(appPath, 'dist', 'electron', 'preload.cjs'),
      sandbox: true,
      contextIsolation: true,
    });
    expect(child.modulePath).toBe(path.join(appPath, 'dist', 'electron', 'backend-process.cjs'));
    expect(child.received[0]).toEqual({ type: 'start', dataDir });
    expect([...fake.ipcMain.handlers.keys()].sort()).toEqual(
      apiMethods.map(ipcChannel.call).sort(),
    );
  });

  it('uses the userData folder when OUTPOST_DATA_DIR is not set', async () => {
    delete process.env.OUTPOST_DATA_DIR;
    const { child } = await startApp();
    expect(child.received[0]).toEqual({ type: 'start', dataDir: path.join(root, 'userData') });
  });
});

describe('theme', () => {
  it("applies the remembered theme before the window opens, then the backend's", async () => {
    rememberFromLastRun({ theme: 'dark' });
    const { window, child } = await startApp();
    // The window was created dark: no white flash while the backend starts.
    expect(window.options.backgroundColor).toBe(backgroundColors.dark);
    expect(fake.nativeTheme.themeSource).toBe('dark');

    await answerGetSettings(child, { ...defaultSettings, theme: 'light' });
    await vi.waitFor(() => expect(fake.nativeTheme.themeSource).toBe('light'));
    expect(fake.nativeTheme.applied).toEqual(['dark', 'light']);
    expect(shellStateOnDisk().theme).toBe('light');
  });

  it('follows the system theme on a first start', async () => {
    fake.nativeTheme.systemDark = true;
    const { window } = await startApp();
    expect(fake.nativeTheme.themeSource).toBe('system');
    expect(window.options.backgroundColor).toBe(backgroundColors.dark);
  });

  it('follows settings-changed from the backend and tells the window', async () => {
    const { window, child } = await startApp();
    const dark = { ...defaultSettings, theme: 'dark' };
    child.reply({ type: 'event', name: 'settings-changed', payload: dark });
    await vi.waitFor(() => expect(fake.nativeTheme.themeSource).toBe('dark'));
    expect(window.webContents.sent).toEqual([
      { channel: ipcChannel.event('settings-changed'), args: [dark] },
    ]);
    expect(shellStateOnDisk().theme).toBe('dark');
  });

  it('asks the backend for the theme again after it restarted', async () => {
    const { child } = await startApp();
    await answerGetSettings(child, defaultSettings);
    child.exit(1);
    const restarted = fake.utilityProcess.children[1] as Fake.FakeUtilityProcess;
    restarted.reply({ type: 'ready' });
    await answerGetSettings(restarted, { ...defaultSettings, theme: 'dark' });
    await vi.waitFor(() => expect(fake.nativeTheme.themeSource).toBe('dark'));
  });
});

describe('events', () => {
  it("forwards every backend event to the window, on the event's own channel", async () => {
    const { window, child } = await startApp();
    const changed = changesOf({ articles: { added: [9] } });
    child.reply({ type: 'event', name: 'changed', payload: changed });
    child.reply({ type: 'event', name: 'search-updated', payload: { documents: 1 } });
    child.reply({ type: 'event', name: 'notice', payload: { message: 'Search is rebuilding.' } });
    await vi.waitFor(() => expect(window.webContents.sent).toHaveLength(3));
    expect(window.webContents.sent).toEqual([
      { channel: ipcChannel.event('changed'), args: [changed] },
      { channel: ipcChannel.event('search-updated'), args: [{ documents: 1 }] },
      { channel: ipcChannel.event('notice'), args: [{ message: 'Search is rebuilding.' }] },
    ]);
  });

  it('tells the window to fetch again when the backend restarted', async () => {
    const { window, child } = await startApp();
    child.exit(1);
    (fake.utilityProcess.children[1] as Fake.FakeUtilityProcess).reply({ type: 'ready' });
    await vi.waitFor(() =>
      expect(window.webContents.sent).toEqual([
        { channel: ipcChannel.event('reset'), args: [{ reason: 'restarted' }] },
      ]),
    );
  });

  it('relays settings calls to the backend like every other call', async () => {
    const { window, child } = await startApp();
    const reply = fake.ipcMain.invoke(
      ipcChannel.call('updateSettings'),
      window.webContents.ipcEvent(),
      { theme: 'dark' },
    );
    await vi.waitFor(() => expect(callsTo(child, 'updateSettings')).toHaveLength(1));
    const [call] = callsTo(child, 'updateSettings');
    expect(call?.args).toEqual([{ theme: 'dark' }]);
    child.reply({ type: 'result', id: call?.id, value: { ...defaultSettings, theme: 'dark' } });
    expect(await reply).toEqual({ ok: true, value: { ...defaultSettings, theme: 'dark' } });
  });
});

describe('window state', () => {
  it('restores the saved bounds, maximized and zoom', async () => {
    const bounds = { x: 220, y: 140, width: 1100, height: 720 };
    rememberFromLastRun({ windowBounds: bounds, maximized: true, zoomFactor: 1.25 });
    const { window } = await startApp();
    expect(window.options).toMatchObject(bounds);
    expect(window.webContents.getZoomFactor()).toBe(1.25);
    window.emit('ready-to-show');
    expect(window.isMaximized()).toBe(true);
    expect(window.getNormalBounds()).toEqual(bounds);
  });

  it('restores bounds on a second display that is still there', async () => {
    fake.screen.displays.push(fake.fakeDisplay(2, { x: 1920, y: 0, width: 2560, height: 1440 }));
    const bounds = { x: 2400, y: 200, width: 1400, height: 900 };
    rememberFromLastRun({ windowBounds: bounds });
    const { window } = await startApp();
    expect(window.options).toMatchObject(bounds);
  });

  it('opens at the default size when the saved bounds are off every screen', async () => {
    // Saved on a second display that has since been unplugged.
    rememberFromLastRun({ windowBounds: { x: 2400, y: 200, width: 1400, height: 900 } });
    const { window } = await startApp();
    expect(window.options).toMatchObject({ width: 1280, height: 820 });
    expect(window.options).not.toHaveProperty('x');
    expect(window.options).not.toHaveProperty('y');
  });

  it('saves where the window was moved, its size and its zoom when it closes', async () => {
    const { window } = await startApp();
    window.setBounds({ x: 40, y: 60, width: 1000, height: 700 });
    window.webContents.setZoomFactor(0.9);
    window.close();
    expect(shellStateOnDisk()).toMatchObject({
      windowBounds: { x: 40, y: 60, width: 1000, height: 700 },
      maximized: false,
      zoomFactor: 0.9,
    });

    // macOS keeps the app running: a new window opens where the last one was.
    fake.app.emit('activate');
    const reopened = fake.BrowserWindow.instances[1] as Fake.BrowserWindow;
    expect(reopened.options).toMatchObject({ x: 40, y: 60, width: 1000, height: 700 });
    expect(reopened.webContents.getZoomFactor()).toBe(0.9);
  });

  it('starts with defaults when the shell state file is corrupt', async () => {
    mkdirSync(userData, { recursive: true });
    writeFileSync(path.join(userData, `${shellStateName}.json`), '{"windowBounds": {"x": ');
    const { window } = await startApp();
    expect(window.options).toMatchObject({ width: 1280, height: 820 });
    expect(fake.nativeTheme.themeSource).toBe('system');
  });

  it('keeps its state in the userData folder, not in the data folder', async () => {
    const { window } = await startApp();
    window.close();
    expect(existsSync(path.join(userData, `${shellStateName}.json`))).toBe(true);
    expect(existsSync(path.join(dataDir, `${shellStateName}.json`))).toBe(false);
  });
});

describe('menu', () => {
  const importLabel = process.platform === 'darwin' ? 'Import…' : 'Import Files…';

  it('imports the chosen files through the backend and reports the result', async () => {
    const { child } = await startApp();
    fake.dialog.openResults.push({ canceled: false, filePaths: ['/news/a.txt', '/news/b.md'] });
    fake.findMenuItem('File', importLabel)?.click?.();

    await vi.waitFor(() => expect(callsTo(child, 'importFiles')).toHaveLength(1));
    const [call] = callsTo(child, 'importFiles');
    expect(call).toMatchObject({ method: 'importFiles', args: [['/news/a.txt', '/news/b.md']] });
    expect(fake.dialog.openCalls[0]).toMatchObject({
      filters: [{ extensions: ['txt', 'html', 'htm', 'md'] }],
    });
    expect(fake.dialog.openCalls[0]?.properties).toContain('multiSelections');

    child.reply({
      type: 'result',
      id: call?.id,
      value: {
        imported: 1,
        duplicates: 0,
        failed: [{ path: '/news/b.md', error: 'The file is empty.' }],
        items: [],
      },
    });
    await vi.waitFor(() => expect(fake.dialog.messageBoxes).toHaveLength(1));
    expect(fake.dialog.messageBoxes[0]).toMatchObject({
      type: 'warning',
      message: 'Imported 1 article, 1 could not be imported.',
      detail: '/news/b.md\n  The file is empty.',
    });
  });

  it('does nothing when the dialog is cancelled', async () => {
    const { child } = await startApp();
    fake.findMenuItem('File', importLabel)?.click?.();
    await nextTurn();
    await nextTurn();
    expect(callsTo(child).map((call) => call.method)).toEqual(['getSettings']);
    expect(fake.dialog.messageBoxes).toEqual([]);
  });

  it('shows the version and every third-party notice in Help › About Outpost', async () => {
    await startApp();
    fake.findMenuItem('Help', 'About Outpost')?.click?.();
    await vi.waitFor(() => expect(fake.dialog.messageBoxes).toHaveLength(1));
    const box = fake.dialog.messageBoxes[0] as { message: string; detail: string };
    expect(box.message).toBe('Outpost 0.1.0');
    for (const name of [
      'Electron',
      'React',
      'lunr',
      'Readability',
      'linkedom',
      'sanitize-html',
      'markdown-it',
    ]) {
      expect(box.detail).toContain(name);
    }
    for (const notice of thirdPartyNotices) expect(box.detail).toContain(notice.licence);
  });
});

describe('quit', () => {
  it('holds the quit until the backend has closed', async () => {
    const { child } = await startApp();
    fake.app.quit();
    expect(fake.app.quitted).toBe(false);
    await vi.waitFor(() => expect(child.received.at(-1)).toEqual({ type: 'close' }));
    fake.app.quit();
    expect(fake.app.quitted).toBe(false);

    child.exit(0);
    await vi.waitFor(() => expect(fake.app.quitted).toBe(true));
    expect(fake.utilityProcess.children).toHaveLength(1);
  });

  it('quits when the last window closes (except on macOS)', async () => {
    const { window, child } = await startApp();
    window.close();
    fake.app.emit('window-all-closed');
    if (process.platform === 'darwin') {
      expect(fake.app.quitCalls).toBe(0);
    } else {
      expect(fake.app.quitCalls).toBe(1);
      await vi.waitFor(() => expect(child.received.at(-1)).toEqual({ type: 'close' }));
    }
  });
});
