// A small fake of the Electron API — only what Outpost's shell uses — installed with
// vi.mock('electron', () => import('./fake-electron.ts')). State lives on the exported
// singletons; call resetFakeElectron() in beforeEach.
import { EventEmitter } from 'node:events';

/** Electron's Event: a preventable event carrying named parameters (url, …). */
export class FakeEvent<Params extends object = object> {
  defaultPrevented = false;
  constructor(params?: Params) {
    Object.assign(this, params);
  }
  preventDefault(): void {
    this.defaultPrevented = true;
  }
}

// ---------------------------------------------------------------- session, frames, webContents

type PermissionRequestHandler = (
  contents: unknown,
  permission: string,
  callback: (granted: boolean) => void,
  details: object,
) => void;
type PermissionCheckHandler = (
  contents: unknown,
  permission: string,
  origin: string,
  details: object,
) => boolean;

type BeforeRequestListener = (
  details: { url: string },
  callback: (response: { cancel?: boolean }) => void,
) => void;

export class FakeSession {
  permissionRequestHandler: PermissionRequestHandler | null = null;
  permissionCheckHandler: PermissionCheckHandler | null = null;
  beforeRequest: BeforeRequestListener | null = null;
  readonly webRequest = {
    onBeforeRequest: (listener: BeforeRequestListener | null) => {
      this.beforeRequest = listener;
    },
  };
  setPermissionRequestHandler(handler: PermissionRequestHandler | null): void {
    this.permissionRequestHandler = handler;
  }
  setPermissionCheckHandler(handler: PermissionCheckHandler | null): void {
    this.permissionCheckHandler = handler;
  }
}

export const session = { defaultSession: new FakeSession() };

export class FakeWebFrame {
  url: string;
  parent: FakeWebFrame | null;
  constructor(url: string, parent: FakeWebFrame | null = null) {
    this.url = url;
    this.parent = parent;
  }
}

type WindowOpenHandler = (details: {
  url: string;
  frameName: string;
  features: string;
  disposition: string;
}) => {
  action: 'allow' | 'deny';
};

export class FakeWebContents extends EventEmitter {
  session = session.defaultSession;
  mainFrame = new FakeWebFrame('');
  windowOpenHandler: WindowOpenHandler | null = null;
  sent: Array<{ channel: string; args: unknown[] }> = [];
  zoomFactor = 1;

  getZoomFactor(): number {
    return this.zoomFactor;
  }
  setZoomFactor(factor: number): void {
    if (!(factor > 0)) throw new Error('Zoom factor must be greater than 0.0');
    this.zoomFactor = factor;
  }

  setWindowOpenHandler(handler: WindowOpenHandler): void {
    this.windowOpenHandler = handler;
  }
  send(channel: string, ...args: unknown[]): void {
    this.sent.push({ channel, args: structuredClone(args) });
  }

  /** What Chromium does before leaving the page; returns the event to inspect. */
  navigate(url: string): FakeEvent {
    const event = new FakeEvent({ url, isMainFrame: true, isSameDocument: false });
    this.emit('will-navigate', event, url);
    return event;
  }
  redirect(url: string): FakeEvent {
    const event = new FakeEvent({ url, isMainFrame: true, isSameDocument: false });
    this.emit('will-redirect', event, url);
    return event;
  }
  /** window.open() or a target=_blank link. */
  open(url: string): { action: 'allow' | 'deny' } {
    if (!this.windowOpenHandler) return { action: 'allow' };
    return this.windowOpenHandler({
      url,
      frameName: '',
      features: '',
      disposition: 'foreground-tab',
    });
  }
  attachWebview(src: string): FakeEvent {
    const event = new FakeEvent();
    this.emit('will-attach-webview', event, {}, { src });
    return event;
  }
  /** An IPC event as ipcMain would hand it to a handler, from `frame` (the main frame by default). */
  ipcEvent(frame: FakeWebFrame | null = this.mainFrame): {
    sender: FakeWebContents;
    senderFrame: FakeWebFrame | null;
  } {
    return { sender: this, senderFrame: frame };
  }
}

// ---------------------------------------------------------------- screen

export interface FakeRectangle {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface FakeDisplay {
  id: number;
  bounds: FakeRectangle;
  /** The bounds minus taskbars, docks and menu bars. */
  workArea: FakeRectangle;
  scaleFactor: number;
}

/** A display at `bounds` whose work area loses a 40 px taskbar at the bottom. */
export function fakeDisplay(id: number, bounds: FakeRectangle): FakeDisplay {
  return { id, bounds, workArea: { ...bounds, height: bounds.height - 40 }, scaleFactor: 1 };
}

export const screen = {
  displays: [fakeDisplay(1, { x: 0, y: 0, width: 1920, height: 1080 })],
  getAllDisplays(): FakeDisplay[] {
    // As in Electron, the screen module cannot be used before the app is ready.
    if (!app.isReady())
      throw new Error("The 'screen' module can't be used before the app 'ready' event");
    return structuredClone(screen.displays);
  },
};

// ---------------------------------------------------------------- BrowserWindow

export class BrowserWindow extends EventEmitter {
  static instances: BrowserWindow[] = [];
  static fromWebContents(contents: unknown): BrowserWindow | null {
    return BrowserWindow.instances.find((window) => window.webContents === contents) ?? null;
  }

  webContents = new FakeWebContents();
  loadedUrl: string | null = null;
  visible = false;
  focused = false;
  minimized = false;
  maximized = false;
  destroyed = false;
  /** The normal (not maximized) bounds. */
  bounds: FakeRectangle;

  options: Record<string, unknown>;

  constructor(options: Record<string, unknown>) {
    super();
    this.options = options;
    const number = (key: string, fallback: number): number => {
      const value = options[key];
      return typeof value === 'number' ? value : fallback;
    };
    const width = number('width', 800);
    const height = number('height', 600);
    // Like Electron, a window without a position is centred on the primary display.
    const area = screen.displays[0]?.workArea ?? { x: 0, y: 0, width, height };
    this.bounds = {
      x: number('x', area.x + Math.round((area.width - width) / 2)),
      y: number('y', area.y + Math.round((area.height - height) / 2)),
      width,
      height,
    };
    BrowserWindow.instances.push(this);
  }
  /** Loads the page; did-finish-load fires before the promise settles, as in Electron. */
  loadURL(url: string): Promise<void> {
    this.loadedUrl = url;
    this.webContents.mainFrame.url = url;
    this.webContents.emit('did-finish-load');
    return Promise.resolve();
  }
  getBounds(): FakeRectangle {
    if (this.maximized) return { ...(screen.displays[0]?.workArea ?? this.bounds) };
    return { ...this.bounds };
  }
  getNormalBounds(): FakeRectangle {
    return { ...this.bounds };
  }
  /** What the user dragging or resizing the window amounts to: move and resize events. */
  setBounds(bounds: Partial<FakeRectangle>): void {
    const next = { ...this.bounds, ...bounds };
    const moved = next.x !== this.bounds.x || next.y !== this.bounds.y;
    const resized = next.width !== this.bounds.width || next.height !== this.bounds.height;
    this.bounds = next;
    if (resized) this.emit('resize');
    if (moved) this.emit('move');
  }
  maximize(): void {
    if (this.maximized) return;
    this.maximized = true;
    this.visible = true;
    this.emit('maximize');
  }
  unmaximize(): void {
    if (!this.maximized) return;
    this.maximized = false;
    this.emit('unmaximize');
  }
  isMaximized(): boolean {
    return this.maximized;
  }
  show(): void {
    this.visible = true;
  }
  focus(): void {
    this.focused = true;
  }
  minimize(): void {
    this.minimized = true;
    this.focused = false;
  }
  restore(): void {
    this.minimized = false;
  }
  isMinimized(): boolean {
    return this.minimized;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  /** Like Electron: `close` may be prevented; otherwise the window is destroyed and `closed` follows. */
  close(): void {
    if (this.destroyed) return;
    const event = new FakeEvent();
    this.emit('close', event);
    if (event.defaultPrevented) return;
    this.destroyed = true;
    this.emit('closed');
  }
}

// ---------------------------------------------------------------- IPC

type InvokeHandler = (event: unknown, ...args: unknown[]) => unknown;

class FakeIpcMain extends EventEmitter {
  handlers = new Map<string, InvokeHandler>();
  handle(channel: string, handler: InvokeHandler): void {
    // As in Electron: a second handler for one channel is an error.
    if (this.handlers.has(channel))
      throw new Error(`Attempted to register a second handler for '${channel}'`);
    this.handlers.set(channel, handler);
  }
  removeHandler(channel: string): void {
    this.handlers.delete(channel);
  }
  /** What ipcRenderer.invoke does: clones the arguments in and the answer out. */
  async invoke(channel: string, event: unknown, ...args: unknown[]): Promise<unknown> {
    const handler = this.handlers.get(channel);
    if (!handler) throw new Error(`No handler registered for '${channel}'`);
    return structuredClone(await handler(event, ...structuredClone(args)));
  }
}

export const ipcMain = new FakeIpcMain();

class FakeIpcRenderer extends EventEmitter {
  invocations: Array<{ channel: string; args: unknown[] }> = [];
  /** The answer to the next invoke; by default it goes through ipcMain's handler as `sender`. */
  sender: FakeWebContents | null = null;
  answer: ((channel: string, args: unknown[]) => unknown) | null = null;

  async invoke(channel: string, ...args: unknown[]): Promise<unknown> {
    this.invocations.push({ channel, args: structuredClone(args) });
    if (this.answer) return structuredClone(this.answer(channel, args));
    const sender = this.sender ?? new FakeWebContents();
    return ipcMain.invoke(channel, sender.ipcEvent(), ...args);
  }
}

export const ipcRenderer = new FakeIpcRenderer();

class FakeContextBridge {
  exposed: Record<string, unknown> = {};
  exposeInMainWorld(key: string, api: unknown): void {
    if (key in this.exposed)
      throw new Error(`Cannot bind an API on top of an existing property: ${key}`);
    this.exposed[key] = api;
  }
}

export const contextBridge = new FakeContextBridge();

// ---------------------------------------------------------------- app, protocol, menus, dialogs

class FakeApp extends EventEmitter {
  hasLock = true;
  ready = false;
  isPackaged = false;
  quitCalls = 0;
  exited: number | null = null;
  /** True once a quit went through without being prevented. */
  quitted = false;
  paths: Record<string, string> = { userData: '/nonexistent/userData' };
  appPath = '/nonexistent/app';
  readyLog: string[] = [];
  private resolveReady: () => void = () => {};
  private readyPromise = new Promise<void>((resolve) => (this.resolveReady = resolve));

  requestSingleInstanceLock(): boolean {
    return this.hasLock;
  }
  whenReady(): Promise<void> {
    return this.readyPromise;
  }
  isReady(): boolean {
    return this.ready;
  }
  emitReady(): void {
    this.ready = true;
    this.readyLog.push('ready');
    this.emit('ready');
    this.resolveReady();
  }
  /** Like Electron: `will-quit` may be prevented; otherwise the app is gone. */
  quit(): void {
    this.quitCalls += 1;
    const event = new FakeEvent();
    this.emit('will-quit', event);
    if (!event.defaultPrevented) this.quitted = true;
  }
  exit(code = 0): void {
    this.exited = code;
  }
  getPath(name: string): string {
    const value = this.paths[name];
    if (!value) throw new Error(`Failed to get '${name}' path`);
    return value;
  }
  getAppPath(): string {
    return this.appPath;
  }
  getVersion(): string {
    return '0.1.0';
  }
  reset(): void {
    this.removeAllListeners();
    this.hasLock = true;
    this.ready = false;
    this.isPackaged = false;
    this.quitCalls = 0;
    this.exited = null;
    this.quitted = false;
    this.paths = { userData: '/nonexistent/userData' };
    this.appPath = '/nonexistent/app';
    this.readyLog = [];
    this.readyPromise = new Promise<void>((resolve) => (this.resolveReady = resolve));
  }
}

export const app = new FakeApp();

type ProtocolHandler = (request: Request) => Response | Promise<Response>;

class FakeProtocol {
  privileged: Array<{ scheme: string; privileges?: Record<string, boolean> }> = [];
  handlers = new Map<string, ProtocolHandler>();
  registerSchemesAsPrivileged(
    schemes: Array<{ scheme: string; privileges?: Record<string, boolean> }>,
  ): void {
    // Electron ignores (and warns about) schemes registered after ready.
    if (app.isReady())
      throw new Error('registerSchemesAsPrivileged must be called before the app is ready');
    this.privileged.push(...schemes);
  }
  handle(scheme: string, handler: ProtocolHandler): void {
    if (!app.isReady()) throw new Error('protocol.handle must be called after the app is ready');
    this.handlers.set(scheme, handler);
  }
}

export const protocol = new FakeProtocol();

export const shell = {
  opened: [] as string[],
  openExternal(url: string): Promise<void> {
    this.opened.push(url);
    return Promise.resolve();
  },
};

type ThemeSource = 'system' | 'light' | 'dark';

class FakeNativeTheme {
  /** The operating system's own choice, which 'system' follows. */
  systemDark = false;
  /** Every value assigned to themeSource, in order. */
  applied: ThemeSource[] = [];
  #source: ThemeSource = 'system';

  get themeSource(): ThemeSource {
    return this.#source;
  }
  set themeSource(source: ThemeSource) {
    if (!['system', 'light', 'dark'].includes(source))
      throw new TypeError(`Invalid themeSource: ${String(source)}`);
    this.#source = source;
    this.applied.push(source);
  }
  get shouldUseDarkColors(): boolean {
    return this.#source === 'dark' || (this.#source === 'system' && this.systemDark);
  }
  reset(): void {
    this.systemDark = false;
    this.#source = 'system';
    this.applied = [];
  }
}

export const nativeTheme = new FakeNativeTheme();

export interface FakeMenuItem {
  label?: string;
  role?: string;
  type?: string;
  accelerator?: string;
  click?: () => void;
  submenu?: FakeMenuItem[];
}

export const Menu = {
  applicationMenu: null as { template: FakeMenuItem[] } | null,
  buildFromTemplate(template: FakeMenuItem[]): { template: FakeMenuItem[] } {
    return { template };
  },
  setApplicationMenu(menu: { template: FakeMenuItem[] } | null): void {
    Menu.applicationMenu = menu;
  },
};

/** The menu item reached by labels, e.g. findMenuItem('File', 'Import Files…'). */
export function findMenuItem(...labels: string[]): FakeMenuItem | undefined {
  let items = Menu.applicationMenu?.template ?? [];
  let found: FakeMenuItem | undefined;
  for (const label of labels) {
    found = items.find(
      (item) => item.label === label || (label === 'Help' && item.role === 'help'),
    );
    items = found?.submenu ?? [];
  }
  return found;
}

export const dialog = {
  openResults: [] as Array<{ canceled: boolean; filePaths: string[] }>,
  openCalls: [] as Array<Record<string, unknown>>,
  messageBoxes: [] as Array<Record<string, unknown>>,
  errorBoxes: [] as Array<{ title: string; content: string }>,
  /** (window, options) or (options), as in Electron. */
  showOpenDialog(...args: unknown[]): Promise<{ canceled: boolean; filePaths: string[] }> {
    this.openCalls.push(args.at(-1) as Record<string, unknown>);
    return Promise.resolve(this.openResults.shift() ?? { canceled: true, filePaths: [] });
  },
  showMessageBox(...args: unknown[]): Promise<{ response: number; checkboxChecked: boolean }> {
    this.messageBoxes.push(args.at(-1) as Record<string, unknown>);
    return Promise.resolve({ response: 0, checkboxChecked: false });
  },
  showErrorBox(title: string, content: string): void {
    this.errorBoxes.push({ title, content });
  },
};

export const net = {
  fetch: (input: string | Request, init?: RequestInit) => globalThis.fetch(input, init),
  online: true,
  isOnline(): boolean {
    return net.online;
  },
};

// ---------------------------------------------------------------- powerMonitor

export const powerMonitor = new EventEmitter();

// ---------------------------------------------------------------- utilityProcess

/** The child's side of a utility process: what `process.parentPort` is inside it. */
export class FakeParentPort extends EventEmitter {
  readonly child: FakeUtilityProcess;
  constructor(child: FakeUtilityProcess) {
    super();
    this.child = child;
  }
  postMessage(message: unknown): void {
    const copy = structuredClone(message);
    setImmediate(() => {
      if (!this.child.exited) this.child.emit('message', copy);
    });
  }
}

export class FakeUtilityProcess extends EventEmitter {
  pid: number | undefined = 4000 + utilityProcess.children.length;
  received: unknown[] = [];
  exited = false;
  killed = false;
  readonly parentPort = new FakeParentPort(this);

  modulePath: string;
  args: string[];
  options: Record<string, unknown>;

  constructor(modulePath: string, args: string[], options: Record<string, unknown>) {
    super();
    this.modulePath = modulePath;
    this.args = args;
    this.options = options;
  }
  postMessage(message: unknown): void {
    if (this.exited) throw new Error('The utility process has exited');
    const copy = structuredClone(message);
    this.received.push(copy);
    setImmediate(() => {
      if (!this.exited) this.parentPort.emit('message', { data: copy, ports: [] });
    });
  }
  kill(): boolean {
    if (this.exited) return false;
    this.killed = true;
    setImmediate(() => this.exit(15));
    return true;
  }
  /** Ends the child, as a crash or process.exit() would. */
  exit(code: number): void {
    if (this.exited) return;
    this.exited = true;
    this.pid = undefined;
    this.emit('exit', code);
  }
  /** Answers as the child would (delivered on a later turn, like real IPC). */
  reply(message: unknown): void {
    this.parentPort.postMessage(message);
  }
}

export const utilityProcess = {
  children: [] as FakeUtilityProcess[],
  /** Runs in place of the child's entry script, e.g. to wire serveBackend to child.parentPort. */
  onFork: null as ((child: FakeUtilityProcess) => void) | null,
  fork(
    modulePath: string,
    args: string[] = [],
    options: Record<string, unknown> = {},
  ): FakeUtilityProcess {
    const child = new FakeUtilityProcess(modulePath, args, options);
    utilityProcess.children.push(child);
    utilityProcess.onFork?.(child);
    return child;
  },
};

// ---------------------------------------------------------------- reset

export function resetFakeElectron(): void {
  app.reset();
  session.defaultSession = new FakeSession();
  BrowserWindow.instances = [];
  ipcMain.handlers.clear();
  ipcMain.removeAllListeners();
  ipcRenderer.removeAllListeners();
  ipcRenderer.invocations = [];
  ipcRenderer.sender = null;
  ipcRenderer.answer = null;
  contextBridge.exposed = {};
  protocol.privileged = [];
  protocol.handlers.clear();
  shell.opened = [];
  nativeTheme.reset();
  screen.displays = [fakeDisplay(1, { x: 0, y: 0, width: 1920, height: 1080 })];
  Menu.applicationMenu = null;
  dialog.openResults = [];
  dialog.openCalls = [];
  dialog.messageBoxes = [];
  dialog.errorBoxes = [];
  utilityProcess.children = [];
  utilityProcess.onFork = null;
  net.online = true;
  powerMonitor.removeAllListeners();
}

/**
 * The fakes stand in for Electron's classes in functions typed with Electron's types;
 * only the members Outpost uses exist, so the cast is confined to this one helper.
 */
export function asElectron<T>(fake: unknown): T {
  return fake as T;
}
