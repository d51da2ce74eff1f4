// The messages between the main process and the backend's utility process, both directions.
import { isApiMethod, isEventName } from '../../shared/api.ts';
import type { ApiMethod, EventName, OutpostEvents } from '../../shared/api.ts';
import { isErrorCode, type ErrorCode } from '../../shared/api-reply.ts';

type EventMessage = {
  [E in EventName]: { type: 'event'; name: E; payload: OutpostEvents[E] };
}[EventName];

/**
 * What the main process may call: the API, plus importing files by path for its own file dialog,
 * which no window may ask for.
 */
export type HostMethod = ApiMethod | 'importFiles';

export function isHostMethod(name: string): name is HostMethod {
  return name === 'importFiles' || isApiMethod(name);
}

/** Main → backend. */
export type ToBackend =
  | { type: 'start'; dataDir: string }
  | { type: 'call'; id: number; method: HostMethod; args: unknown[] }
  | { type: 'close' };

/** Backend → main. */
export type FromBackend =
  | { type: 'ready' }
  /** createBackend failed: the data folder cannot be opened. The host then kills the process. */
  | { type: 'fatal'; message: string }
  | { type: 'result'; id: number; value: unknown }
  | { type: 'failure'; id: number; code: ErrorCode; message: string }
  | EventMessage
  | { type: 'closed' };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

const isId = (value: unknown): value is number => Number.isSafeInteger(value);

/** Checks the shape of a message from the backend; the payloads themselves are the backend's word. */
export function isFromBackend(message: unknown): message is FromBackend {
  if (!isRecord(message)) return false;
  switch (message.type) {
    case 'ready':
    case 'closed':
      return true;
    case 'fatal':
      return typeof message.message === 'string';
    case 'result':
      return isId(message.id);
    case 'failure':
      return isId(message.id) && isErrorCode(message.code) && typeof message.message === 'string';
    case 'event':
      return typeof message.name === 'string' && isEventName(message.name);
    default:
      return false;
  }
}

/** Checks the shape of a message from the main process. */
export function isToBackend(message: unknown): message is ToBackend {
  if (!isRecord(message)) return false;
  switch (message.type) {
    case 'start':
      return typeof message.dataDir === 'string';
    case 'call':
      return (
        isId(message.id) &&
        typeof message.method === 'string' &&
        isHostMethod(message.method) &&
        Array.isArray(message.args)
      );
    case 'close':
      return true;
    default:
      return false;
  }
}
