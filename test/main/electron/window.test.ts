// The main window's locks: exact web preferences, navigation, new windows, external links, permissions.
import { beforeEach, describe, expect, it } from 'vitest';
import {
  backgroundColors,
  createMainWindow,
  toExternalUrl,
} from '../../../main/electron/window.ts';
import type { WindowDeps, WindowPlacement } from '../../../main/electron/window.ts';
import * as fake from './fake-electron.ts';

function openWindow(placement?: WindowPlacement): fake.BrowserWindow {
  const deps = fake.asElectron<WindowDeps>({
    BrowserWindow: fake.BrowserWindow,
    shell: fake.shell,
    nativeTheme: fake.nativeTheme,
  });
  createMainWindow(deps, '/app/dist/electron/preload.cjs', placement);
  const window = fake.BrowserWindow.instances.at(-1);
  if (!window) throw new Error('no window was created');
  return window;
}

/** Lets shell.openExternal's promise settle. */
const settle = () => new Promise((resolve) => setImmediate(resolve));

beforeEach(() => fake.resetFakeElectron());

describe('main window', () => {
  it('uses exactly the secure web preferences', () => {
    const window = openWindow();
    expect(window.options.webPreferences).toEqual({
      preload: '/app/dist/electron/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
    });
  });

  it('loads app://outpost/ and shows only when ready to show', () => {
    const window = openWindow();
    expect(window.loadedUrl).toBe('app://outpost/');
    expect(window.options.show).toBe(false);
    expect(window.visible).toBe(false);
    window.emit('ready-to-show');
    expect(window.visible).toBe(true);
  });

  it('has a minimum size and a background that follows the theme', () => {
    expect(openWindow().options).toMatchObject({
      minWidth: 720,
      minHeight: 480,
      backgroundColor: backgroundColors.light,
    });
    fake.nativeTheme.systemDark = true;
    expect(openWindow().options.backgroundColor).toBe(backgroundColors.dark);
    fake.nativeTheme.themeSource = 'light';
    expect(openWindow().options.backgroundColor).toBe(backgroundColors.light);
  });
});

describe('placement', () => {
  it('opens at the default size, centred, without a placement', () => {
    const window = openWindow();
    expect(window.options).toMatchObject({ width: 1280, height: 820 });
    expect(window.options).not.toHaveProperty('x');
    expect(window.webContents.getZoomFactor()).toBe(1);
  });

  it('opens at the given bounds, maximizes when ready to show, and zooms the loaded page', () => {
    const window = openWindow({
      bounds: { x: -1500, y: 60, width: 1000, height: 700 },
      maximized: true,
      zoomFactor: 1.25,
    });
    expect(window.options).toMatchObject({ x: -1500, y: 60, width: 1000, height: 700 });
    expect(window.getNormalBounds()).toEqual({ x: -1500, y: 60, width: 1000, height: 700 });
    expect(window.webContents.getZoomFactor()).toBe(1.25);
    // Maximizing a hidden window would show it before its page is painted.
    expect(window.isMaximized()).toBe(false);
    window.emit('ready-to-show');
    expect(window.isMaximized()).toBe(true);
    expect(window.visible).toBe(true);
  });

  it('keeps the same locks wherever the window opens', () => {
    const window = openWindow({ bounds: { x: 10, y: 10, width: 900, height: 600 } });
    expect(window.options.webPreferences).toEqual(openWindow().options.webPreferences);
    expect(window.webContents.navigate('https://evil.example/').defaultPrevented).toBe(true);
  });
});

describe('navigation', () => {
  it('stays on app://outpost and prevents every other origin', () => {
    const { webContents } = openWindow();
    expect(webContents.navigate('app://outpost/index.html').defaultPrevented).toBe(false);
    expect(webContents.navigate('app://outpost/#/article/3').defaultPrevented).toBe(false);
    for (const url of [
      'https://evil.example/',
      'http://127.0.0.1:8080/',
      'file:///etc/passwd',
      'app://outpost.evil/',
      'app://evil/',
      'app://outpost@evil/',
      'javascript:alert(1)',
      'not a url',
    ]) {
      expect(webContents.navigate(url).defaultPrevented, url).toBe(true);
    }
  });

  it('prevents redirects away from the app origin', () => {
    const { webContents } = openWindow();
    expect(webContents.redirect('https://evil.example/').defaultPrevented).toBe(true);
    expect(webContents.redirect('app://outpost/index.html').defaultPrevented).toBe(false);
  });

  it('hands a clicked web link to the system browser instead of navigating', async () => {
    const { webContents } = openWindow();
    expect(webContents.navigate('https://news.example/story').defaultPrevented).toBe(true);
    await settle();
    expect(fake.shell.opened).toEqual(['https://news.example/story']);
  });

  it('prevents <webview> attachment', () => {
    expect(openWindow().webContents.attachWebview('https://evil.example/').defaultPrevented).toBe(
      true,
    );
  });
});

describe('window.open', () => {
  it('always denies, and opens https links in the system browser', async () => {
    const { webContents } = openWindow();
    expect(webContents.open('https://news.example/a?b=c')).toEqual({ action: 'deny' });
    expect(webContents.open('http://news.example/')).toEqual({ action: 'deny' });
    await settle();
    expect(fake.shell.opened).toEqual(['https://news.example/a?b=c', 'http://news.example/']);
  });

  it.each([
    'javascript:alert(1)',
    'file:///etc/passwd',
    'http://user:pw@news.example/',
    'https://user@news.example/',
    'app://outpost/',
    'smb://server/share',
    'data:text/html,<script>alert(1)</script>',
    '//news.example/relative',
  ])('denies %s without opening anything', async (url) => {
    const { webContents } = openWindow();
    expect(webContents.open(url)).toEqual({ action: 'deny' });
    await settle();
    expect(fake.shell.opened).toEqual([]);
  });

  it('normalises what it opens through the URL parser', () => {
    expect(toExternalUrl('HTTPS://News.Example/a b')).toBe('https://news.example/a%20b');
    expect(toExternalUrl(' javascript:alert(1)')).toBeNull();
  });
});

describe('requests', () => {
  it('refuses every request outside the app, as the CSP of the page does', () => {
    openWindow();
    const listener = fake.session.defaultSession.beforeRequest;
    if (!listener) throw new Error('no request filter');
    const cancelled = (url: string) => {
      let cancel: boolean | undefined;
      listener({ url }, (response) => (cancel = response.cancel));
      return cancel;
    };
    expect(cancelled('app://outpost/index.html')).toBe(false);
    expect(cancelled('app://outpost/media/ab.png')).toBe(false);
    expect(cancelled('data:image/gif;base64,R0lGOD')).toBe(false);
    for (const url of [
      'https://tracker.example/pixel.gif',
      'http://127.0.0.1:8080/x.png',
      'app://outpost.evil/x',
      'file:///etc/passwd',
    ])
      expect(cancelled(url), url).toBe(true);
  });
});

describe('permissions', () => {
  it('denies every permission request and check', () => {
    openWindow();
    const { permissionRequestHandler, permissionCheckHandler } = fake.session.defaultSession;
    if (!permissionRequestHandler || !permissionCheckHandler)
      throw new Error('permission handlers missing');
    for (const permission of [
      'media',
      'notifications',
      'geolocation',
      'clipboard-read',
      'fullscreen',
      'openExternal',
    ]) {
      let granted: boolean | undefined;
      permissionRequestHandler(null, permission, (value) => (granted = value), {});
      expect(granted, permission).toBe(false);
      expect(permissionCheckHandler(null, permission, 'app://outpost', {}), permission).toBe(false);
    }
  });
});
