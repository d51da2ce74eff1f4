// One ipcMain.handle per API method: check the sender, validate the arguments, then answer from
// main's settings store or relay to the backend. Events go the other way, to the window.
import type { BrowserWindow, IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import { apiMethods, ipcChannel } from '../../shared/api.ts';
import type { ApiMethod, EventName, OutpostEvents } from '../../shared/api.ts';
import { validateArgs } from '../../shared/api-schema.ts';
import type { Settings, SettingsStore } from '../../shared/settings.ts';
import { isAppUrl } from './app-origin.ts';
import { messageOf } from './backend-protocol.ts';
import { replyWithError, replyWithValue } from './ipc-reply.ts';
import type { IpcReply } from './ipc-reply.ts';

export interface ApiRoutes {
  /** Decides whether an IPC event comes from our own page (see isTrustedSender). */
  isTrusted: (event: IpcMainInvokeEvent) => boolean;
  backend: { call(method: ApiMethod, args: unknown[]): Promise<unknown> };
  /** Settings belong to the main process (electron-store), not to the backend. */
  settings: SettingsStore;
}

export function isTrustedSender(
  event: IpcMainInvokeEvent,
  window: BrowserWindow | null,
  fromWebContents: (contents: WebContents) => BrowserWindow | null,
): boolean {
  // Only our window's top frame showing our own page may call the API: never an iframe or a page navigated elsewhere.
  if (!window || window.isDestroyed() || fromWebContents(event.sender) !== window) return false;
  const frame = event.senderFrame;
  return frame !== null && frame.parent === null && isAppUrl(frame.url);
}

function route(routes: ApiRoutes, method: ApiMethod, args: unknown[]): Promise<unknown> {
  switch (method) {
    case 'getSettings':
      return routes.settings.get();
    case 'updateSettings':
      // validateArgs has checked the patch against settingsPatchSchema.
      return routes.settings.update(args[0] as Partial<Settings>);
    default:
      return routes.backend.call(method, args);
  }
}

export async function answerCall(
  routes: ApiRoutes,
  method: ApiMethod,
  event: IpcMainInvokeEvent,
  args: unknown[],
): Promise<IpcReply> {
  if (!routes.isTrusted(event)) {
    console.error(`Outpost refused ${method} from ${event.senderFrame?.url ?? 'a closed frame'}`);
    return replyWithError(
      `Outpost refused ${method}: the call did not come from Outpost's own page.`,
    );
  }
  const checked = validateArgs(method, args);
  if (!checked.ok) return replyWithError(checked.message);
  try {
    return replyWithValue(await route(routes, method, checked.args));
  } catch (error) {
    return replyWithError(messageOf(error));
  }
}

/** Registers exactly one handler per API method; returns a function that removes them. */
export function registerApiHandlers(
  ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>,
  routes: ApiRoutes,
): () => void {
  for (const method of apiMethods) {
    ipcMain.handle(ipcChannel.call(method), (event, ...args: unknown[]) =>
      answerCall(routes, method, event, args),
    );
  }
  return () => {
    for (const method of apiMethods) ipcMain.removeHandler(ipcChannel.call(method));
  };
}

export function sendEventToWindow<E extends EventName>(
  window: BrowserWindow | null,
  name: E,
  payload: OutpostEvents[E],
): void {
  if (!window || window.isDestroyed()) return;
  window.webContents.send(ipcChannel.event(name), payload);
}
