// The main window, where it opens, and its locks: sandboxed renderer, no navigation away, no new windows,
// no permissions.
import type {
  BrowserWindow,
  BrowserWindowConstructorOptions,
  NativeTheme,
  Rectangle,
  Session,
  Shell,
  WebContents,
  WebPreferences,
} from 'electron';
import { appEntryUrl, isAppUrl } from './app-origin.ts';

export const backgroundColors = { light: '#ffffff', dark: '#1d1e21' } as const;

/**
 * The URL to hand to the system browser, or null. Only plain web links qualify:
 * `javascript:`, `file:`, custom schemes and URLs carrying credentials are refused.
 */
export function toExternalUrl(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  if (parsed.username !== '' || parsed.password !== '') return null;
  return parsed.href;
}

function openExternally(shell: Pick<Shell, 'openExternal'>, url: string): void {
  const external = toExternalUrl(url);
  if (!external) return;
  shell.openExternal(external).catch((error: unknown) => {
    console.error(`Outpost could not open ${external} in the browser`, error);
  });
}

type PermissionSession = Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'>;

/**
 * Reading never reaches the web, in the desktop app as in a browser: beside the page's CSP, the
 * window's session refuses every request that is not for app://outpost (or an inline data: URL).
 * The backend's downloads go through its own process and are not affected.
 */
export function refuseOutsideRequests(session: Pick<Session, 'webRequest'>): void {
  session.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isAppUrl(details.url) && !details.url.startsWith('data:') });
  });
}

/** The page asks for nothing: camera, notifications, clipboard reads, fullscreen… all denied. */
export function denyAllPermissions(session: PermissionSession): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}

/** Keeps the page on app://outpost; web links open in the system browser. */
export function lockWebContents(shell: Pick<Shell, 'openExternal'>, contents: WebContents): void {
  contents.on('will-navigate', (event) => {
    if (isAppUrl(event.url)) return;
    event.preventDefault();
    // A clicked article link: the reader expects it in the browser, not in place of the app.
    openExternally(shell, event.url);
  });
  contents.on('will-redirect', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.setWindowOpenHandler(({ url }) => {
    openExternally(shell, url);
    return { action: 'deny' };
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

export interface WindowDeps {
  BrowserWindow: new (options: BrowserWindowConstructorOptions) => BrowserWindow;
  shell: Pick<Shell, 'openExternal'>;
  nativeTheme: Pick<NativeTheme, 'shouldUseDarkColors'>;
}

/** Where the window opens and how: restored from the shell's state (see window-state.ts). */
export interface WindowPlacement {
  /** Position and size; without them the window opens at the default size, centred. */
  bounds?: Rectangle;
  maximized?: boolean;
  zoomFactor?: number;
}

const defaultWindowSize = { width: 1280, height: 820 } as const;

export function createMainWindow(
  deps: WindowDeps,
  preloadPath: string,
  placement: WindowPlacement = {},
): BrowserWindow {
  const { BrowserWindow } = deps;
  // The web preferences are written out in this call, not built elsewhere, so that Electronegativity
  // (npm run lint:electron) reads the values the window really gets.
  const window = new BrowserWindow({
    title: 'Outpost',
    ...(placement.bounds ?? defaultWindowSize),
    minWidth: 720,
    minHeight: 480,
    show: false,
    backgroundColor: deps.nativeTheme.shouldUseDarkColors
      ? backgroundColors.dark
      : backgroundColors.light,
    webPreferences: {
      preload: preloadPath,
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
    } satisfies WebPreferences,
  });
  denyAllPermissions(window.webContents.session);
  refuseOutsideRequests(window.webContents.session);
  lockWebContents(deps.shell, window.webContents);
  const { zoomFactor } = placement;
  if (zoomFactor !== undefined && zoomFactor !== 1) {
    // Zoom belongs to the page's origin: set before app://outpost/ has loaded, it would not stick.
    window.webContents.once('did-finish-load', () => window.webContents.setZoomFactor(zoomFactor));
  }
  window.once('ready-to-show', () => {
    // Maximizing shows the window on some platforms: only once there is something to show.
    if (placement.maximized) window.maximize();
    window.show();
  });
  window.loadURL(appEntryUrl).catch((error: unknown) => {
    console.error('Outpost could not load its page', error);
  });
  return window;
}
