// One ipcMain.handle per API method: check the sender, validate the arguments, then relay to the
// backend; the answer goes back in the shared reply envelope. Events go the other way, to the window.
import type { BrowserWindow, IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import { apiMethods, ipcChannel, validateArgs } from '../../shared/api.ts';
import type { ApiMethod, EventName, OutpostEvents } from '../../shared/api.ts';
import { failure, replyTo, type Reply } from '../../shared/api-reply.ts';
import { isAppUrl } from './app-origin.ts';

export interface ApiRoutes {
  /** Decides whether an IPC event comes from our own page (see isTrustedSender). */
  isTrusted: (event: IpcMainInvokeEvent) => boolean;
  backend: { call(method: ApiMethod, args: unknown[]): Promise<unknown> };
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

export async function answerCall(
  routes: ApiRoutes,
  method: ApiMethod,
  event: IpcMainInvokeEvent,
  args: unknown[],
): Promise<Reply> {
  if (!routes.isTrusted(event)) {
    console.error(`Outpost refused ${method} from ${event.senderFrame?.url ?? 'a closed frame'}`);
    return failure(
      `Outpost refused ${method}: the call did not come from Outpost's own page.`,
      'refused',
    );
  }
  const checked = validateArgs(method, args);
  if (!checked.ok) return failure(checked.message, 'bad-request');
  return replyTo(() => routes.backend.call(method, checked.args));
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
