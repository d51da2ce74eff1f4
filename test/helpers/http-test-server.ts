// A real HTTP server on 127.0.0.1 for tests, with canned behaviours that misbehave like real feed hosts.
//
//   const server = await startHttpTestServer({
//     '/feed.xml': serveBody(rss, { contentType: 'application/rss+xml', etag: '"v1"' }),
//     '/old': redirect(301, '/feed.xml'),
//     '/busy': status(429, { retryAfter: 120 }),
//   });
//   await client.get(server.url('/feed.xml'));
//   expect(server.requests[0]?.headers['user-agent']).toMatch(/Outpost/);
//   await server.close();
//
// Routes match the request's path with its query first, then without it; anything else is a 404.
// Every behaviour stops when the client goes away, and close() destroys open sockets, so hanging
// handlers never keep the test process alive.
import { once } from 'node:events';
import {
  createServer,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type OutgoingHttpHeaders,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { brotliCompressSync, createGzip, deflateSync, gzipSync } from 'node:zlib';

export type Handler = (req: IncomingMessage, res: ServerResponse) => void | Promise<void>;

export interface RecordedRequest {
  method: string;
  /** Path and query, as sent. */
  path: string;
  headers: IncomingHttpHeaders;
}

export interface HttpTestServer {
  /** `http://127.0.0.1:PORT` */
  origin: string;
  url(path: string): string;
  /** Every request received, in order. */
  requests: RecordedRequest[];
  /** Bytes written to all sockets so far (headers included): what the client was sent. */
  bytesSent(): number;
  /** Responses not yet finished or aborted, now and at the peak. */
  readonly inFlight: number;
  readonly maxInFlight: number;
  /** Resolves once no response is in flight (e.g. after the client aborted a download). */
  waitForIdle(timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}

export async function startHttpTestServer(
  routes: Record<string, Handler>,
): Promise<HttpTestServer> {
  const requests: RecordedRequest[] = [];
  const sockets = new Set<Socket>();
  let closedSocketBytes = 0;
  let inFlight = 0;
  let maxInFlight = 0;
  let idleWaiters: Array<() => void> = [];

  const server = createServer((req, res) => {
    const path = req.url ?? '/';
    requests.push({ method: req.method ?? 'GET', path, headers: req.headers });
    inFlight += 1;
    maxInFlight = Math.max(maxInFlight, inFlight);
    res.on('close', () => {
      inFlight -= 1;
      if (inFlight === 0) for (const resolve of idleWaiters.splice(0)) resolve();
    });
    const handler = routes[path] ?? routes[path.split('?')[0] ?? path];
    if (!handler) {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
      return;
    }
    Promise.resolve()
      .then(() => handler(req, res))
      .catch(() => {
        if (!res.headersSent) res.writeHead(500).end();
        else res.destroy();
      });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => {
      sockets.delete(socket);
      closedSocketBytes += socket.bytesWritten;
    });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;

  return {
    origin,
    url: (path) => new URL(path, origin).href,
    requests,
    bytesSent: () => closedSocketBytes + [...sockets].reduce((sum, s) => sum + s.bytesWritten, 0),
    get inFlight() {
      return inFlight;
    },
    get maxInFlight() {
      return maxInFlight;
    },
    waitForIdle(timeoutMs = 5000) {
      if (inFlight === 0) return Promise.resolve();
      return new Promise((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`still ${inFlight} response(s) in flight`)),
          timeoutMs,
        );
        idleWaiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    },
    async close() {
      idleWaiters = [];
      const closed = once(server, 'close');
      server.close();
      server.closeAllConnections();
      for (const socket of sockets) socket.destroy();
      await closed;
    },
  };
}

// ---- Canned behaviours -------------------------------------------------------------------------

export type ContentEncoding = 'gzip' | 'deflate' | 'br';

export interface ServeBodyOptions {
  contentType?: string;
  etag?: string;
  lastModified?: string | Date;
  /** Shorthand for `encoding: 'gzip'`. */
  gzip?: boolean;
  /** Sent compressed with Content-Encoding, whatever the request's Accept-Encoding said. */
  encoding?: ContentEncoding;
  headers?: OutgoingHttpHeaders;
}

function encode(body: Buffer, encoding: ContentEncoding | undefined): Buffer {
  if (encoding === 'gzip') return gzipSync(body);
  if (encoding === 'deflate') return deflateSync(body);
  if (encoding === 'br') return brotliCompressSync(body);
  return body;
}

function etagMatches(header: string, etag: string): boolean {
  const strip = (tag: string) => tag.trim().replace(/^W\//, '');
  return header.split(',').some((tag) => tag.trim() === '*' || strip(tag) === strip(etag));
}

/** A 200 with validators; answers 304 when the request's If-None-Match / If-Modified-Since match. */
export function serveBody(body: string | Uint8Array, options: ServeBodyOptions = {}): Handler {
  const encoding = options.encoding ?? (options.gzip ? 'gzip' : undefined);
  const payload = encode(Buffer.from(body), encoding);
  const lastModified =
    options.lastModified instanceof Date
      ? options.lastModified.toUTCString()
      : options.lastModified;
  const validators: OutgoingHttpHeaders = {};
  if (options.etag) validators['ETag'] = options.etag;
  if (lastModified) validators['Last-Modified'] = lastModified;
  return (req, res) => {
    const ifNoneMatch = req.headers['if-none-match'];
    const ifModifiedSince = req.headers['if-modified-since'];
    // RFC 9110 §13.2.2: If-None-Match wins; If-Modified-Since only counts without it.
    const notModified =
      ifNoneMatch !== undefined
        ? options.etag !== undefined && etagMatches(ifNoneMatch, options.etag)
        : ifModifiedSince !== undefined &&
          lastModified !== undefined &&
          Date.parse(lastModified) <= Date.parse(ifModifiedSince);
    if (notModified) {
      res.writeHead(304, validators).end();
      return;
    }
    res.writeHead(200, {
      'Content-Type': options.contentType ?? 'application/rss+xml; charset=utf-8',
      'Content-Length': payload.byteLength,
      ...(encoding ? { 'Content-Encoding': encoding } : {}),
      ...validators,
      ...options.headers,
    });
    res.end(req.method === 'HEAD' ? undefined : payload);
  };
}

/** Any status, e.g. `status(503, { retryAfter: 120 })`; retryAfter in seconds, or a date. */
export function status(
  code: number,
  options: {
    retryAfter?: number | Date | string;
    body?: string;
    headers?: OutgoingHttpHeaders;
  } = {},
): Handler {
  return (_req, res) => {
    const headers: OutgoingHttpHeaders = { 'Content-Type': 'text/plain', ...options.headers };
    const { retryAfter } = options;
    if (retryAfter !== undefined) {
      headers['Retry-After'] =
        retryAfter instanceof Date ? retryAfter.toUTCString() : String(retryAfter);
    }
    res.writeHead(code, headers).end(options.body ?? `Status ${code}`);
  };
}

/** A redirect to `to`, sent as given: relative locations stay relative. */
export function redirect(code: number, to: string): Handler {
  return (_req, res) => {
    res.writeHead(code, { Location: to, 'Content-Type': 'text/plain' }).end(`Moved to ${to}`);
  };
}

/** Redirects to itself, forever. */
export function redirectLoop(code = 302): Handler {
  return (req, res) => redirect(code, req.url ?? '/')(req, res);
}

/**
 * Headers at once, then `bytesPerTick` bytes every `tickMs`: for idle timeouts (tickMs above the
 * idle timeout) and total timeouts (below it). Endless unless totalBytes is given.
 */
export function slowDrip(options: {
  bytesPerTick?: number;
  tickMs?: number;
  totalBytes?: number;
  contentType?: string;
}): Handler {
  const { bytesPerTick = 1, tickMs = 100, totalBytes } = options;
  return (_req, res) => {
    res.writeHead(200, {
      'Content-Type': options.contentType ?? 'application/rss+xml',
      ...(totalBytes !== undefined ? { 'Content-Length': totalBytes } : {}),
    });
    res.flushHeaders();
    let sent = 0;
    const timer = setInterval(() => {
      const n = totalBytes === undefined ? bytesPerTick : Math.min(bytesPerTick, totalBytes - sent);
      res.write(Buffer.alloc(n, 0x20));
      sent += n;
      if (totalBytes !== undefined && sent >= totalBytes) {
        clearInterval(timer);
        res.end();
      }
    }, tickMs);
    res.on('close', () => clearInterval(timer));
  };
}

/** Accepts the request and never answers: for headers timeouts. */
export function hang(): Handler {
  return () => {};
}

/** Declares `declared` bytes, sends `sent`, then closes the connection. */
export function truncated(options: { declared: number; sent: number }): Handler {
  return (_req, res) => {
    res.writeHead(200, {
      'Content-Type': 'application/rss+xml',
      'Content-Length': options.declared,
    });
    res.write(Buffer.alloc(options.sent, 0x61), () => res.socket?.end());
  };
}

const CHUNK = Buffer.alloc(64 * 1024);

/** Resolves on 'drain' or 'close', whichever comes first, leaving no listener behind. */
function drained(res: ServerResponse): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      res.off('drain', done);
      res.off('close', done);
      resolve();
    };
    res.on('drain', done);
    res.on('close', done);
  });
}

/** Streams `bytes` zero bytes with backpressure (never buffered); stops when the client leaves. */
export function hugeBody(
  bytes: number,
  options: { contentLength?: boolean; contentType?: string } = {},
): Handler {
  return async (_req, res) => {
    res.writeHead(200, {
      'Content-Type': options.contentType ?? 'application/rss+xml',
      ...(options.contentLength === false ? {} : { 'Content-Length': bytes }),
    });
    let left = bytes;
    while (left > 0 && !res.destroyed) {
      const n = Math.min(left, CHUNK.length);
      left -= n;
      if (!res.write(n === CHUNK.length ? CHUNK : CHUNK.subarray(0, n))) await drained(res);
    }
    if (!res.destroyed) res.end();
  };
}

const gzippedZeros = new Map<number, Promise<Buffer>>();

/** A gzip of `bytes` zero bytes, computed in 1 MiB steps and cached: about 1/1000 of the size. */
function gzipZeros(bytes: number): Promise<Buffer> {
  let result = gzippedZeros.get(bytes);
  if (!result) {
    result = (async () => {
      const gzip = createGzip({ level: 9 });
      const parts: Buffer[] = [];
      gzip.on('data', (part: Buffer) => parts.push(part));
      const ended = once(gzip, 'end');
      const block = Buffer.alloc(1024 * 1024);
      for (let left = bytes; left > 0; left -= block.length) {
        if (!gzip.write(left >= block.length ? block : block.subarray(0, left))) {
          await once(gzip, 'drain');
        }
      }
      gzip.end();
      await ended;
      return Buffer.concat(parts);
    })();
    gzippedZeros.set(bytes, result);
  }
  return result;
}

/** A small gzip body (with Content-Length) that inflates to `decompressedBytes` zero bytes. */
export function gzipBomb(decompressedBytes: number): Handler {
  const payload = gzipZeros(decompressedBytes);
  return async (_req, res) => {
    const body = await payload;
    res.writeHead(200, {
      'Content-Type': 'application/rss+xml',
      'Content-Encoding': 'gzip',
      'Content-Length': body.byteLength,
    });
    res.end(body);
  };
}

/** Text encoded as `actual` but labelled with charset `declared` (default: Latin-1 sent as UTF-8). */
export function wrongCharset(
  text: string,
  options: { declared?: string; actual?: 'latin1' | 'utf16le' | 'utf8'; contentType?: string } = {},
): Handler {
  const { declared = 'utf-8', actual = 'latin1' } = options;
  return serveBody(Buffer.from(text, actual), {
    contentType: `${options.contentType ?? 'application/rss+xml'}; charset=${declared}`,
  });
}

/** Runs `handler` after `ms` (unless the client has gone): keeps requests in flight on purpose. */
export function delay(ms: number, handler: Handler): Handler {
  return (req, res) => {
    const timer = setTimeout(() => {
      if (!res.destroyed) Promise.resolve(handler(req, res)).catch(() => res.destroy());
    }, ms);
    res.on('close', () => clearTimeout(timer));
  };
}

/** The nth request gets the nth handler; the last one answers every request after that. */
export function sequence(...handlers: Handler[]): Handler {
  let calls = 0;
  return (req, res) => {
    const handler = handlers[Math.min(calls, handlers.length - 1)];
    calls += 1;
    return handler?.(req, res);
  };
}
