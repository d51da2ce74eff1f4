// Entry of the Electron main process: one instance, the app:// scheme, the window (where it was, the
// library's theme), the menu, IPC and the backend's utility process, and a quit that lets the backend
// finish its writes.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  nativeTheme,
  net,
  powerMonitor,
  protocol,
  screen,
  shell,
  utilityProcess,
} from 'electron';
import type { Event as ElectronEvent, MessageBoxOptions } from 'electron';
import { messageOf } from '../../shared/api-reply.ts';
import type { ImportReport } from '../../shared/model.ts';
import { IMAGES_FOLDER } from '../media-files.ts';
import { appScheme } from './app-origin.ts';
import { resolveAppPaths, resolveDataDir } from './app-paths.ts';
import type { AppPaths } from './app-paths.ts';
import { startBackendHost } from './backend-host.ts';
import type { BackendHost } from './backend-host.ts';
import { isTrustedSender, registerApiHandlers, sendEventToWindow } from './ipc.ts';
import { watchConnectivity } from './connectivity.ts';
import { buildMenuTemplate, describeImportReport, importDialogOptions } from './menu.ts';
import type { ImportKind } from './menu.ts';
import { createAppRequestHandler } from './protocol.ts';
import { openShellState } from './shell-state.ts';
import type { ShellStateStore } from './shell-state.ts';
import { followLibraryTheme } from './theme.ts';
import { formatAboutText } from './third-party-notices.ts';
import { createMainWindow } from './window.ts';
import { placementFrom, rememberWindowState } from './window-state.ts';

// Must happen before `ready`: a standard, secure scheme gets an origin, storage and fetch like https.
protocol.registerSchemesAsPrivileged([
  // Vite's module scripts carry crossorigin, so the scheme must take part in CORS.
  {
    scheme: appScheme,
    privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true },
  },
]);

let mainWindow: BrowserWindow | null = null;
let backend: BackendHost | null = null;
let paths: AppPaths | null = null;
let shellState: ShellStateStore | null = null;
let backendClosed = false;
let quitting = false;

if (!app.requestSingleInstanceLock()) {
  // Another Outpost is running; it brings its window forward on `second-instance`.
  app.quit();
} else {
  app.on('second-instance', focusMainWindow);
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (paths && shellState && !mainWindow) openMainWindow(paths, shellState);
  });
  app.on('will-quit', closeBackendBeforeQuit);
  app.whenReady().then(start).catch(failToStart);
}

function start(): void {
  const dataDir = resolveDataDir(process.env, app.getPath('userData'));
  mkdirSync(dataDir, { recursive: true });
  const appPaths = resolveAppPaths(app.getAppPath());

  // The shell's own state stays with the app, wherever the library is.
  const state = openShellState(app.getPath('userData'));
  // electron-store answers a sync IPC channel for renderer-side stores; Outpost has none, so close it.
  ipcMain.removeAllListeners('electron-store-get-data');
  const theme = followLibraryTheme(nativeTheme, state);

  protocol.handle(
    appScheme,
    createAppRequestHandler(appPaths.renderer, join(dataDir, IMAGES_FOLDER)),
  );

  const host = startBackendHost(utilityProcess, {
    entry: appPaths.backendEntry,
    dataDir,
    onEvent: (event) => {
      if (event.name === 'settings-changed') theme.apply(event.payload.theme);
      // Changes made while the backend restarted went unannounced: ask again, as the page does.
      if (event.name === 'reset') void theme.readFrom(host);
      sendEventToWindow(mainWindow, event.name, event.payload);
    },
  });
  backend = host;
  void theme.readFrom(host);

  // Sync when the connection comes back or the laptop wakes: that is when a short window opens.
  watchConnectivity({ net, powerMonitor }, () => {
    host.call('sync', [{ dueOnly: true }]).catch(() => undefined);
  });

  registerApiHandlers(ipcMain, {
    isTrusted: (event) =>
      isTrustedSender(event, mainWindow, (contents) => BrowserWindow.fromWebContents(contents)),
    backend: host,
  });

  const template = buildMenuTemplate(process.platform, app.isPackaged, {
    importFrom: (kind) => void importFromDialog(host, kind),
    showAbout: () => void showAbout(),
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));

  paths = appPaths;
  shellState = state;
  openMainWindow(appPaths, state);
}

function openMainWindow(appPaths: AppPaths, state: ShellStateStore): void {
  // `screen` is usable only once the app is ready, as it is here.
  const workAreas = screen.getAllDisplays().map((display) => display.workArea);
  const window = createMainWindow(
    { BrowserWindow, shell, nativeTheme },
    appPaths.preload,
    placementFrom(state.read(), workAreas),
  );
  rememberWindowState(window, state);
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null;
  });
  mainWindow = window;
}

function focusMainWindow(): void {
  if (!mainWindow) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.show();
  mainWindow.focus();
}

async function importFromDialog(host: BackendHost, kind: ImportKind): Promise<void> {
  const options = importDialogOptions(kind);
  const choice = mainWindow
    ? await dialog.showOpenDialog(mainWindow, options)
    : await dialog.showOpenDialog(options);
  if (choice.canceled || choice.filePaths.length === 0) return;
  try {
    const report = (await host.call('importFiles', [choice.filePaths])) as ImportReport;
    const { message, detail } = describeImportReport(report);
    const type = report.failed.length > 0 ? 'warning' : 'info';
    const box: MessageBoxOptions = { type, title: 'Import', message, detail, buttons: ['OK'] };
    await (mainWindow ? dialog.showMessageBox(mainWindow, box) : dialog.showMessageBox(box));
  } catch (error) {
    dialog.showErrorBox('Import failed', messageOf(error));
  }
}

async function showAbout(): Promise<void> {
  const { message, detail } = formatAboutText(app.getVersion());
  const box: MessageBoxOptions = {
    type: 'info',
    title: 'About Outpost',
    message,
    detail,
    buttons: ['OK'],
  };
  await (mainWindow ? dialog.showMessageBox(mainWindow, box) : dialog.showMessageBox(box));
}

/** Holds the quit until the backend has closed its database (or timed out). */
function closeBackendBeforeQuit(event: ElectronEvent): void {
  if (!backend || backendClosed) return;
  event.preventDefault();
  if (quitting) return;
  quitting = true;
  void backend.close().finally(() => {
    backendClosed = true;
    app.quit();
  });
}

function failToStart(error: unknown): void {
  console.error('Outpost could not start', error);
  dialog.showErrorBox('Outpost could not start', messageOf(error));
  app.quit();
}
