// Entry of the Electron main process: one instance, the app:// scheme, the window, the menu, IPC and the
// backend's utility process, and a quit that lets the backend finish its writes.
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
  shell,
  utilityProcess,
} from 'electron';
import type { Event as ElectronEvent, MessageBoxOptions } from 'electron';
import type { ImportReport } from '../../shared/model.ts';
import { IMAGES_FOLDER } from '../media-files.ts';
import { appScheme } from './app-origin.ts';
import { resolveAppPaths, resolveDataDir } from './app-paths.ts';
import type { AppPaths } from './app-paths.ts';
import { startBackendHost } from './backend-host.ts';
import type { BackendHost } from './backend-host.ts';
import { messageOf } from './backend-protocol.ts';
import { isTrustedSender, registerApiHandlers, sendEventToWindow } from './ipc.ts';
import { watchConnectivity } from './connectivity.ts';
import { buildMenuTemplate, describeImportReport, importDialogOptions } from './menu.ts';
import type { ImportKind } from './menu.ts';
import { createAppRequestHandler } from './protocol.ts';
import { openSettingsStore } from './settings.ts';
import { formatAboutText } from './third-party-notices.ts';
import { createMainWindow } from './window.ts';

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
    if (paths && !mainWindow) openMainWindow(paths);
  });
  app.on('will-quit', closeBackendBeforeQuit);
  app.whenReady().then(start).catch(failToStart);
}

async function start(): Promise<void> {
  const dataDir = resolveDataDir(process.env, app.getPath('userData'));
  mkdirSync(dataDir, { recursive: true });
  const appPaths = resolveAppPaths(app.getAppPath());

  const settings = openSettingsStore(dataDir);
  // electron-store answers a sync IPC channel for renderer-side stores; Outpost has none, so close it.
  ipcMain.removeAllListeners('electron-store-get-data');
  // The theme setting drives native menus, dialogs and the page's prefers-color-scheme alike.
  nativeTheme.themeSource = (await settings.get()).theme;
  settings.onChange((next) => {
    nativeTheme.themeSource = next.theme;
    sendEventToWindow(mainWindow, 'settings-changed', next);
  });

  protocol.handle(
    appScheme,
    createAppRequestHandler(appPaths.renderer, join(dataDir, IMAGES_FOLDER)),
  );

  const host = startBackendHost(utilityProcess, {
    entry: appPaths.backendEntry,
    dataDir,
    settings,
    onEvent: (event) => {
      // Settings belong to main: their changes are announced by settings.onChange above.
      if (event.name === 'settings-changed') return;
      sendEventToWindow(mainWindow, event.name, event.payload);
    },
  });
  backend = host;

  // Sync when the connection comes back or the laptop wakes: that is when a short window opens.
  watchConnectivity({ net, powerMonitor }, () => {
    host.call('sync', [{ dueOnly: true }]).catch(() => undefined);
  });

  registerApiHandlers(ipcMain, {
    isTrusted: (event) =>
      isTrustedSender(event, mainWindow, (contents) => BrowserWindow.fromWebContents(contents)),
    backend: host,
    settings,
  });

  const template = buildMenuTemplate(process.platform, app.isPackaged, {
    importFrom: (kind) => void importFromDialog(host, kind),
    showAbout: () => void showAbout(),
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));

  paths = appPaths;
  openMainWindow(appPaths);
}

function openMainWindow(appPaths: AppPaths): void {
  const window = createMainWindow({ BrowserWindow, shell, nativeTheme }, appPaths.preload);
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
