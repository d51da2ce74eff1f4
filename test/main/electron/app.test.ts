// The main-process entry against the fake Electron: single instance, scheme, window, backend, menu, quit.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { securityHeaders } from '../../../main/content-security-policy.ts';
import type { ToBackend } from '../../../main/electron/backend-protocol.ts';
import { thirdPartyNotices } from '../../../main/electron/third-party-notices.ts';
import { apiMethods, ipcChannel } from '../../../shared/api.ts';
import { defaultSettings } from '../../../shared/settings.ts';
import type * as Fake from './fake-electron.ts';

// One fake for every fresh import of app.ts: vi.resetModules() would otherwise make a second copy.
const fake = await vi.hoisted(async () => {
  // See settings.test.ts: lets electron-store load without the Electron binary.
  process.env.ELECTRON_OVERRIDE_DIST_PATH ??= '/nonexistent-electron-dist';
  return import('./fake-electron.ts');
});
vi.mock('electron', () => fake);

let root: string;
let appPath: string;
let dataDir: string;
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
  fake.app.paths.userData = path.join(root, 'userData');
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

function callsTo(child: Fake.FakeUtilityProcess) {
  return child.received.filter(
    (message): message is Extract<ToBackend, { type: 'call' }> =>
      (message as ToBackend).type === 'call',
  );
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

describe('settings and events', () => {
  it('applies the theme setting natively and tells the window', async () => {
    const { window } = await startApp();
    expect(fake.nativeTheme.themeSource).toBe('system');
    const reply = await fake.ipcMain.invoke(
      ipcChannel.call('updateSettings'),
      window.webContents.ipcEvent(),
      {
        theme: 'dark',
      },
    );
    expect(reply).toEqual({ ok: true, value: { ...defaultSettings, theme: 'dark' } });
    expect(fake.nativeTheme.themeSource).toBe('dark');
    expect(window.webContents.sent).toEqual([
      {
        channel: ipcChannel.event('settings-changed'),
        args: [{ ...defaultSettings, theme: 'dark' }],
      },
    ]);
  });

  it("forwards the backend's article events to the window", async () => {
    const { window, child } = await startApp();
    child.reply({
      type: 'event',
      name: 'settings-changed',
      payload: { ...defaultSettings, theme: 'light' },
    });
    child.reply({
      type: 'event',
      name: 'articles-changed',
      payload: { reason: 'import', ids: [9] },
    });
    await vi.waitFor(() => expect(window.webContents.sent).toHaveLength(1));
    expect(window.webContents.sent[0]).toEqual({
      channel: ipcChannel.event('articles-changed'),
      args: [{ reason: 'import', ids: [9] }],
    });
  });
});

describe('menu', () => {
  const importLabel = process.platform === 'darwin' ? 'Import…' : 'Import Files…';

  it('imports the chosen files through the backend and reports the result', async () => {
    const { child } = await startApp();
    fake.dialog.openResults.push({ canceled: false, filePaths: ['/news/a.txt', '/news/b.md'] });
    fake.findMenuItem('File', importLabel)?.click?.();

    await vi.waitFor(() => expect(callsTo(child)).toHaveLength(1));
    const [call] = callsTo(child);
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
    expect(callsTo(child)).toEqual([]);
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
