// window.outpost over the loopback HTTP bridge (`outpost serve`), derived from the contract's method and event lists.
import { apiMethods, eventNames, isEventName } from '../../shared/api.ts';
import type {
  ApiMethod,
  EventListener,
  EventName,
  OutpostApi,
  OutpostBridge,
} from '../../shared/api.ts';
import { OutpostError, unwrapReply } from '../../shared/api-reply.ts';

export interface HttpOutpostOptions {
  /** Where the bridge lives; the page's own origin by default (same-origin cookie auth). */
  baseUrl?: string;
  fetch?: typeof globalThis.fetch;
  createEventSource?: (url: string) => EventSource;
}

const unreachable =
  "Outpost's server cannot be reached. Check that `outpost serve` is still running, then try again.";

export function createHttpOutpost(options: HttpOutpostOptions = {}): OutpostBridge {
  const baseUrl = (options.baseUrl ?? '').replace(/\/$/, '');
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  const events = createEventHub(
    `${baseUrl}/api/events`,
    options.createEventSource ?? ((url) => new EventSource(url)),
  );

  const api: Partial<Record<ApiMethod, (...args: unknown[]) => Promise<unknown>>> = {};
  for (const method of apiMethods) {
    api[method] = (...args) => callMethod(doFetch, baseUrl, method, args);
  }
  // Every method of OutpostApi was filled in by the loop over apiMethods, which the
  // contract guarantees is complete; TypeScript cannot follow a loop, hence the cast.
  const typedApi = api as unknown as OutpostApi;
  return { ...typedApi, on: events.on };
}

async function callMethod(
  doFetch: typeof globalThis.fetch,
  baseUrl: string,
  method: ApiMethod,
  args: unknown[],
): Promise<unknown> {
  let response: Response;
  try {
    response = await doFetch(`${baseUrl}/api/call/${encodeURIComponent(method)}`, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(dropTrailingUndefined(args)),
    });
  } catch {
    throw new OutpostError('unavailable', unreachable);
  }

  let body: unknown;
  try {
    body = await response.json();
  } catch {
    body = null;
  }
  // The bridge answers every call, failed or not, in the one reply envelope.
  if (typeof body === 'object' && body !== null && 'ok' in body) return unwrapReply(body);
  if (response.status === 401 || response.status === 403) {
    throw new OutpostError(
      'refused',
      'Outpost refused the request: this page is not signed in. Open the link `outpost serve` printed again.',
    );
  }
  throw new OutpostError(
    'failed',
    `Outpost's server gave an unexpected answer to ${method} (HTTP ${response.status}).`,
  );
}

/**
 * JSON turns a trailing `undefined` (an optional argument left out) into `null`, which the
 * server's argument schema rightly rejects; leaving it out keeps the call's meaning.
 */
function dropTrailingUndefined(args: unknown[]): unknown[] {
  const list = [...args];
  while (list.length > 0 && list[list.length - 1] === undefined) list.pop();
  return list;
}

type AnyListener = (payload: unknown) => void;

/** One EventSource for all subscribers, opened on the first `on` and closed with the last. */
function createEventHub(url: string, createEventSource: (url: string) => EventSource) {
  const listeners = new Map<EventName, Set<AnyListener>>();
  let source: EventSource | null = null;
  let lostConnection = false;

  const deliver = (name: EventName, payload: unknown) => {
    for (const listener of [...(listeners.get(name) ?? [])]) {
      try {
        listener(payload);
      } catch (error) {
        console.error(`An Outpost "${name}" listener failed`, error);
      }
    }
  };

  const open = () => {
    const es = createEventSource(url);
    for (const name of eventNames) {
      es.addEventListener(name, (event) => {
        const data = (event as MessageEvent<string>).data;
        let payload: unknown;
        try {
          payload = JSON.parse(data);
        } catch {
          console.warn(`Outpost sent an unreadable "${name}" event`, data);
          return;
        }
        deliver(name, payload);
      });
    }
    es.addEventListener('error', () => {
      lostConnection = true;
    });
    es.addEventListener('open', () => {
      // Changes made while the stream was down were never announced: what is shown is fetched again.
      if (lostConnection) deliver('reset', { reason: 'reconnected' });
      lostConnection = false;
    });
    return es;
  };

  const on = <E extends EventName>(event: E, listener: EventListener<E>): (() => void) => {
    if (!isEventName(event)) {
      throw new TypeError(
        `Unknown Outpost event "${String(event)}"; known events: ${eventNames.join(', ')}`,
      );
    }
    const set = listeners.get(event) ?? new Set<AnyListener>();
    listeners.set(event, set);
    // Each entry is only ever called with the payload of its own event name.
    const entry = listener as AnyListener;
    set.add(entry);
    source ??= open();

    return () => {
      set.delete(entry);
      const remaining = [...listeners.values()].reduce((sum, s) => sum + s.size, 0);
      if (remaining === 0 && source) {
        source.close();
        source = null;
      }
    };
  };

  return { on };
}
