// window.outpost for the desktop app: one invoke per API method plus event subscription, derived from the contract.
import type { IpcRenderer, IpcRendererEvent } from 'electron';
import { apiMethods, eventNames, ipcChannel, isEventName } from '../../shared/api.ts';
import type {
  ApiMethod,
  EventListener,
  EventName,
  OutpostApi,
  OutpostBridge,
  OutpostEvents,
} from '../../shared/api.ts';
import { unwrapReply } from '../../shared/api-reply.ts';

export type BridgeIpc = Pick<IpcRenderer, 'invoke' | 'on' | 'removeListener'>;

export function createBridge(ipc: BridgeIpc): OutpostBridge {
  const api: Partial<Record<ApiMethod, (...args: unknown[]) => Promise<unknown>>> = {};
  for (const method of apiMethods) {
    const channel = ipcChannel.call(method);
    api[method] = async (...args) => unwrapReply(await ipc.invoke(channel, ...args));
  }
  // The loop filled in every method of OutpostApi (apiMethods is complete by contract);
  // TypeScript cannot follow a loop, hence the cast.
  const typedApi = api as unknown as OutpostApi;

  return {
    ...typedApi,
    on<E extends EventName>(event: E, listener: EventListener<E>): () => void {
      if (!isEventName(event)) {
        throw new TypeError(
          `Unknown Outpost event "${String(event)}"; known events: ${eventNames.join(', ')}`,
        );
      }
      if (typeof listener !== 'function')
        throw new TypeError('An Outpost event listener must be a function.');
      const channel = ipcChannel.event(event);
      // Only the payload reaches the page: the IpcRendererEvent carries `sender`, i.e. ipcRenderer itself.
      const handler = (_event: IpcRendererEvent, payload: OutpostEvents[E]) => {
        try {
          listener(payload);
        } catch (error) {
          console.error(`An Outpost "${event}" listener failed`, error);
        }
      };
      ipc.on(channel, handler);
      return () => {
        ipc.removeListener(channel, handler);
      };
    },
  } satisfies OutpostBridge;
}
