// window.outpost over the loopback HTTP bridge (`outpost serve`), derived from the contract's method
// and event lists. The page's token travels as a Bearer header (see main/serve/http-bridge.ts for
// why not a cookie), also on the event stream, which is why that stream is read with fetch rather
// than EventSource (which cannot send a header).
import { apiMethods, eventNames, isEventName } from '../../shared/api.ts';
import type {
  ApiMethod,
  EventListener,
  EventName,
  OutpostApi,
  OutpostBridge,
} from '../../shared/api.ts';
import { OutpostError, unwrapReply } from '../../shared/api-reply.ts';
import { mediaPathPrefix } from '../../shared/feeds.ts';

export interface HttpOutpostOptions {
  /** The per-run token `outpost serve` printed in its address. */
  token: string | null;
  /** Where the bridge lives; the page's own origin by default. */
  baseUrl?: string;
  fetch?: typeof globalThis.fetch;
  /** How long to wait before opening the event stream again after it dropped. */
  reconnectDelaysMs?: readonly number[];
}

const unreachable =
  "Outpost's server cannot be reached. Check that `outpost serve` is still running, then try again.";
const signedOut =
  'This page is not signed in: open the address `outpost serve` printed (it ends with ?token=…) again.';

/** Where the page keeps its token for the life of the tab (a reload keeps it; other tabs do not see it). */
export const tokenStorageKey = 'outpost.token';

/**
 * The token this page was opened with: taken from the address (?token=…) into sessionStorage, and
 * removed from the address so it is not bookmarked or shared; on a reload, from sessionStorage.
 */
export function takeSessionToken(
  location: Location,
  history: History,
  storage: Storage,
): string | null {
  const url = new URL(location.href);
  const offered = url.searchParams.get('token');
  if (offered) {
    storage.setItem(tokenStorageKey, offered);
    url.searchParams.delete('token');
    history.replaceState(history.state, '', url.pathname + url.search + url.hash);
    return offered;
  }
  return storage.getItem(tokenStorageKey);
}

export function createHttpOutpost(options: HttpOutpostOptions): OutpostBridge {
  const baseUrl = (options.baseUrl ?? '').replace(/\/$/, '');
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  const { token } = options;
  const mediaKey = token ? deriveMediaKey(token) : Promise.resolve(null);
  const events = createEventHub(
    `${baseUrl}/api/events`,
    doFetch,
    token,
    options.reconnectDelaysMs ?? [1000, 2000, 5000, 10_000],
  );

  const api: Partial<Record<ApiMethod, (...args: unknown[]) => Promise<unknown>>> = {};
  for (const method of apiMethods) {
    api[method] = async (...args) =>
      withMediaKey(await callMethod(doFetch, baseUrl, token, method, args), await mediaKey);
  }
  // Every method of OutpostApi was filled in by the loop over apiMethods, which the
  // contract guarantees is complete; TypeScript cannot follow a loop, hence the cast.
  const typedApi = api as unknown as OutpostApi;
  return { ...typedApi, on: events.on };
}

async function callMethod(
  doFetch: typeof globalThis.fetch,
  baseUrl: string,
  token: string | null,
  method: ApiMethod,
  args: unknown[],
): Promise<unknown> {
  if (!token) throw new OutpostError('refused', signedOut);
  let response: Response;
  try {
    response = await doFetch(`${baseUrl}/api/call/${encodeURIComponent(method)}`, {
      method: 'POST',
      credentials: 'omit',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
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
  if (response.status === 401 || response.status === 403)
    throw new OutpostError('refused', signedOut);
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

/** The key cached images are served with: HMAC-SHA256(token, "outpost media"), base64url. */
async function deriveMediaKey(token: string): Promise<string | null> {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) return null;
  const encoder = new TextEncoder();
  const key = await subtle.importKey(
    'raw',
    encoder.encode(token),
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign'],
  );
  const signature = new Uint8Array(await subtle.sign('HMAC', key, encoder.encode('outpost media')));
  return btoa(String.fromCharCode(...signature))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
}

/** An article's cached images are asked for with the media key (an <img> sends no header). */
function withMediaKey(value: unknown, key: string | null): unknown {
  if (!key || typeof value !== 'object' || value === null || !('html' in value)) return value;
  const article = value as { html: unknown };
  if (typeof article.html !== 'string') return value;
  const html = article.html.replace(
    new RegExp(`(src="${mediaPathPrefix}[^"?]+)"`, 'g'),
    (_match, src: string) => `${src}?key=${key}"`,
  );
  return { ...article, html };
}

type AnyListener = (payload: unknown) => void;

/** One event stream for all subscribers, opened on the first `on` and closed with the last. */
function createEventHub(
  url: string,
  doFetch: typeof globalThis.fetch,
  token: string | null,
  reconnectDelaysMs: readonly number[],
) {
  const listeners = new Map<EventName, Set<AnyListener>>();
  let stream: AbortController | null = null;

  const deliver = (name: EventName, payload: unknown) => {
    for (const listener of [...(listeners.get(name) ?? [])]) {
      try {
        listener(payload);
      } catch (error) {
        console.error(`An Outpost "${name}" listener failed`, error);
      }
    }
  };

  const open = (): AbortController => {
    const controller = new AbortController();
    void (async () => {
      let failures = 0;
      let connectedBefore = false;
      while (!controller.signal.aborted && token) {
        try {
          const response = await doFetch(url, {
            headers: { Authorization: `Bearer ${token}`, Accept: 'text/event-stream' },
            credentials: 'omit',
            signal: controller.signal,
          });
          if (!response.ok || !response.body) throw new Error(`HTTP ${response.status}`);
          // Changes made while the stream was down were never announced: what is shown is fetched again.
          if (connectedBefore) deliver('reset', { reason: 'reconnected' });
          connectedBefore = true;
          failures = 0;
          await readEvents(response.body, deliver);
        } catch {
          if (controller.signal.aborted) return;
        }
        const wait = reconnectDelaysMs[Math.min(failures++, reconnectDelaysMs.length - 1)] ?? 5000;
        await new Promise((resolve) => setTimeout(resolve, wait));
      }
    })();
    return controller;
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
    stream ??= open();

    return () => {
      set.delete(entry);
      const remaining = [...listeners.values()].reduce((sum, s) => sum + s.size, 0);
      if (remaining === 0 && stream) {
        stream.abort();
        stream = null;
      }
    };
  };

  return { on };
}

/** Reads server-sent events (`event:` and `data:` lines, a blank line ends one) until the stream ends. */
async function readEvents(
  body: ReadableStream<Uint8Array>,
  deliver: (name: EventName, payload: unknown) => void,
): Promise<void> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return;
    buffer += decoder.decode(value, { stream: true });
    let end: number;
    while ((end = buffer.indexOf('\n\n')) !== -1) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      let name = '';
      const data: string[] = [];
      for (const line of block.split('\n')) {
        if (line.startsWith('event:')) name = line.slice(6).trim();
        else if (line.startsWith('data:')) data.push(line.slice(5).replace(/^ /, ''));
      }
      if (!name || !isEventName(name) || data.length === 0) continue;
      try {
        deliver(name, JSON.parse(data.join('\n')));
      } catch {
        console.warn(`Outpost sent an unreadable "${name}" event`);
      }
    }
  }
}
