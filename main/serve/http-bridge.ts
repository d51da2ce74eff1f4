// `outpost serve`: the built UI and the OutpostApi over HTTP, on loopback only, behind a per-run token.
//
// No ambient credential: the page keeps the token in sessionStorage and sends it as a Bearer header
// with each call (and on its event stream). A cookie would do less well: cookies ignore ports, so
// the browser would hand it to every web server on 127.0.0.1 the user visits, and one that logs it
// gets the whole API. The UI's own files carry no data and are served to anyone on loopback; cached
// images need a key derived from the token (an <img> cannot send a header), so a page elsewhere
// cannot probe which images the library holds.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  eventNames,
  invokeApi,
  isApiMethod,
  validateArgs,
  type ApiMethod,
} from '../../shared/api.ts';
import { failure, replyTo, type ErrorCode } from '../../shared/api-reply.ts';
import type { Backend } from '../backend-types.ts';
import { securityHeaders } from '../content-security-policy.ts';
import { mediaPathPrefix } from '../../shared/feeds.ts';
import { serveStatic } from './static-files.ts';

export interface HttpBridgeOptions {
  backend: Backend;
  /** The folder with the built renderer (index.html and assets). */
  rendererDir: string;
  /** The offline image cache, served under /media/. */
  imagesDir?: string;
  /** 0 or absent: any free port. */
  port?: number;
  /** Fixed only in tests; otherwise a fresh random token per run. */
  token?: string;
}

export interface HttpBridge {
  url: string;
  origin: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

const HOST = '127.0.0.1';
const MB = 1024 * 1024;

/**
 * The most a call's body may hold, checked while it arrives (and from Content-Length before): a
 * whole file as base64 for imports (the schema takes 64 MB a document), an OPML list, and small
 * arguments for everything else. A body is parsed only once it is known to fit.
 */
function bodyLimit(method: ApiMethod): number {
  if (method === 'importDocuments') return 66 * MB;
  if (method === 'importOpml') return 34 * MB;
  return 2 * MB;
}
const HEARTBEAT_MS = 25_000;

export async function startHttpBridge(options: HttpBridgeOptions): Promise<HttpBridge> {
  const token = options.token ?? randomBytes(32).toString('base64url');
  const tokenBytes = Buffer.from(token);
  const mediaKeyBytes = Buffer.from(mediaKeyFor(token));
  const openStreams = new Set<ServerResponse>();
  let port = 0;

  const server = createServer((request, response) => {
    for (const [name, value] of Object.entries(securityHeaders)) response.setHeader(name, value);
    handle(request, response).catch((error: unknown) => {
      if (!response.headersSent) sendJson(response, 500, failure(error));
      else response.destroy();
    });
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    // A web page elsewhere could point a hostname at 127.0.0.1 (DNS rebinding): only our own names pass.
    if (!isOwnHost(request.headers.host, port)) return sendText(response, 421, 'Unknown host.');
    const url = new URL(request.url ?? '/', `http://${HOST}:${port}`);

    if (url.pathname.startsWith('/api/')) {
      if (!isAuthorized(request))
        return sendJson(response, 401, failure(unauthorizedText, 'refused'));
      if (url.pathname.startsWith('/api/call/'))
        return handleCall(request, response, url.pathname.slice(10));
      if (url.pathname === '/api/events') return handleEvents(request, response);
      return sendJson(response, 404, failure('There is no such API address.', 'bad-request'));
    }
    if (request.method !== 'GET' && request.method !== 'HEAD')
      return sendText(response, 405, 'Method not allowed.');
    if (url.pathname.startsWith(mediaPathPrefix) && !hasMediaKey(url.searchParams.get('key')))
      return sendText(response, 401, 'This image needs the key of the page that shows it.');
    return serveStatic(options, url.pathname, request, response);
  }

  function isAuthorized(request: IncomingMessage): boolean {
    const bearer = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1];
    return bearer !== undefined && equal(bearer, tokenBytes);
  }

  function hasMediaKey(key: string | null): boolean {
    return key !== null && equal(key, mediaKeyBytes);
  }

  async function handleCall(
    request: IncomingMessage,
    response: ServerResponse,
    method: string,
  ): Promise<void> {
    const refuse = (status: number, code: ErrorCode, message: string) =>
      sendJson(response, status, failure(message, code));
    if (request.method !== 'POST') return refuse(405, 'bad-request', 'Use POST to call the API.');
    // A JSON content type cannot be sent cross-site without a preflight, which we never answer.
    if (!/^application\/json\b/.test(request.headers['content-type'] ?? '')) {
      return refuse(415, 'bad-request', 'API calls must be sent as application/json.');
    }
    const origin = request.headers.origin;
    if (origin !== undefined && !isOwnOrigin(origin, port)) {
      return refuse(403, 'refused', 'Calls from other web pages are not allowed.');
    }
    if (!isApiMethod(method))
      return refuse(404, 'bad-request', `There is no API method "${method}".`);
    const limit = bodyLimit(method);
    if (Number(request.headers['content-length'] ?? 0) > limit) {
      request.resume();
      return refuse(413, 'bad-request', tooLargeText(limit));
    }
    let args: unknown;
    try {
      args = JSON.parse(await readBody(request, limit));
    } catch (error) {
      if (error instanceof BodyTooLarge) return refuse(413, 'bad-request', error.message);
      return refuse(400, 'bad-request', 'The request body is not valid JSON.');
    }
    const validated = validateArgs(method, args);
    if (!validated.ok) return refuse(400, 'bad-request', validated.message);
    // The call was understood and carried out; its outcome may still be a failure for the user
    // (no feed at that address, no such article), not a broken request: 200 either way.
    sendJson(
      response,
      200,
      await replyTo(() => invokeApi(options.backend, method, validated.args)),
    );
  }

  function handleEvents(request: IncomingMessage, response: ServerResponse): void {
    response.writeHead(200, {
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-store',
      Connection: 'keep-alive',
    });
    response.write(': connected\n\n');
    const unsubscribes = eventNames.map((name) =>
      options.backend.on(name, (payload) => {
        response.write(`event: ${name}\ndata: ${JSON.stringify(payload)}\n\n`);
      }),
    );
    const heartbeat = setInterval(() => response.write(': keep-alive\n\n'), HEARTBEAT_MS);
    openStreams.add(response);
    request.on('close', () => {
      clearInterval(heartbeat);
      unsubscribes.forEach((unsubscribe) => unsubscribe());
      openStreams.delete(response);
    });
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, HOST, () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  const origin = `http://${HOST}:${port}`;

  return {
    url: `${origin}/?token=${token}`,
    origin,
    port,
    token,
    async close() {
      for (const stream of openStreams) stream.end();
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      // An open page reconnects its event stream at once; without this, close waits for it forever.
      server.closeAllConnections();
      await closed;
    },
  };
}

const unauthorizedText =
  'This Outpost page is not signed in. Open the address that "outpost serve" printed (it ends with ?token=…).';

/**
 * The key cached images are asked for with: derived from the token, so the page can compute it,
 * and worth nothing for the API.
 */
export function mediaKeyFor(token: string): string {
  return createHmac('sha256', token).update('outpost media').digest('base64url');
}

function equal(candidate: string, expected: Buffer): boolean {
  const bytes = Buffer.from(candidate);
  return bytes.length === expected.length && timingSafeEqual(bytes, expected);
}

class BodyTooLarge extends Error {}

function tooLargeText(limit: number): string {
  return `The request is larger than the ${limit / MB} MB this call takes.`;
}

function readBody(request: IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        // Drain the rest unread so the answer can still be sent on this connection.
        request.removeAllListeners('data');
        request.resume();
        reject(new BodyTooLarge(tooLargeText(limit)));
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

function isOwnHost(host: string | undefined, port: number): boolean {
  return host === `${HOST}:${port}` || host === `localhost:${port}`;
}

function isOwnOrigin(origin: string, port: number): boolean {
  return origin === `http://${HOST}:${port}` || origin === `http://localhost:${port}`;
}

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  response.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
  });
  response.end(text);
}

function sendText(response: ServerResponse, status: number, text: string): void {
  response.writeHead(status, {
    'Content-Type': 'text/plain; charset=utf-8',
    'Cache-Control': 'no-store',
  });
  response.end(text);
}
