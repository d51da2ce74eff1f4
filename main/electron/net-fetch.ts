// A fetch over Electron's net.request that reports redirects instead of following them.
//
// Chromium's network stack gives the app the system's proxies and certificates, but net.fetch
// rejects `redirect: 'manual'` ("Redirect was cancelled"). The sync engine needs each hop to
// tell a feed that moved for good (301/308) from one that moved for now, and to resolve relative
// links against the address that really answered. net.request does report hops: this adapter
// turns one into the 3xx Response that fetch's manual mode would give.
import type { ClientRequest, ClientRequestConstructorOptions, IncomingMessage } from 'electron';

export type NetRequest = (
  options: ClientRequestConstructorOptions,
) => Pick<ClientRequest, 'on' | 'setHeader' | 'end' | 'abort'>;

/** Statuses whose responses have no body; the Response constructor refuses one for them. */
const BODYLESS = new Set([101, 103, 204, 205, 304]);

export function createNetFetch(request: NetRequest): typeof globalThis.fetch {
  return (input, init = {}) =>
    new Promise<Response>((resolve, reject) => {
      const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
      const signal = init.signal ?? undefined;
      if (signal?.aborted) return reject(abortError(signal));

      let settled = false;
      const settle = (action: () => void) => {
        if (settled) return;
        settled = true;
        signal?.removeEventListener('abort', onAbort);
        action();
      };
      const client = request({
        url,
        method: init.method ?? 'GET',
        redirect: 'manual',
        // Feeds are public: no cookies or credentials of the browsing session go to feed hosts.
        credentials: 'omit',
        useSessionCookies: false,
        cache: 'no-store',
      });
      const onAbort = () => {
        client.abort();
        settle(() => reject(abortError(signal!)));
      };
      signal?.addEventListener('abort', onAbort, { once: true });

      for (const [name, value] of new Headers(init.headers)) client.setHeader(name, value);

      client.on('redirect', (statusCode, _method, redirectUrl) => {
        client.abort();
        settle(() =>
          resolve(new Response(null, { status: statusCode, headers: { location: redirectUrl } })),
        );
      });
      client.on('response', (message) =>
        settle(() => resolve(toResponse(message, client, signal))),
      );
      client.on('error', (error) => settle(() => reject(error)));
      client.end();
    });
}

function toResponse(
  message: IncomingMessage,
  client: Pick<ClientRequest, 'abort'>,
  signal: AbortSignal | undefined,
): Response {
  const headers = new Headers();
  for (const [name, value] of Object.entries(message.headers)) {
    for (const item of Array.isArray(value) ? value : [value]) headers.append(name, item);
  }
  const status = message.statusCode;
  if (BODYLESS.has(status)) {
    client.abort();
    return new Response(null, { status, statusText: message.statusMessage, headers });
  }
  // IncomingMessage is a Node Readable in Electron, though its types only show the events.
  const flow = message as unknown as { pause?: () => void; resume?: () => void };
  let open = true;
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      // Chromium may still report after the reader has gone; a finished stream ignores it.
      const finish = (error?: Error) => {
        if (!open) return;
        open = false;
        if (error) controller.error(error);
        else controller.close();
      };
      message.on('data', (chunk: Buffer) => {
        if (!open) return;
        controller.enqueue(new Uint8Array(chunk));
        // Backpressure: a reader that stops reading must not make us buffer the whole body.
        if ((controller.desiredSize ?? 1) <= 0) flow.pause?.();
      });
      message.on('end', () => finish());
      message.on('error', (error: Error) => finish(error));
      message.on('aborted', () =>
        finish(new Error('The connection closed before the response was complete.')),
      );
      signal?.addEventListener(
        'abort',
        () => {
          client.abort();
          finish(abortError(signal));
        },
        { once: true },
      );
    },
    pull() {
      flow.resume?.();
    },
    cancel() {
      // The reader stopped (size cap, error): stop downloading.
      open = false;
      client.abort();
    },
  });
  return new Response(body, { status, statusText: message.statusMessage, headers });
}

function abortError(signal: AbortSignal): Error {
  return signal.reason instanceof Error
    ? signal.reason
    : new DOMException('The request was aborted.', 'AbortError');
}
