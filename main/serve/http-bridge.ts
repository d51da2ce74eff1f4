// `outpost serve`: the built UI and the OutpostApi over HTTP, on loopback only, behind a per-run token.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { eventNames, invokeApi, isApiMethod, validateArgs } from '../../shared/api.ts';
import { failure, replyTo, type ErrorCode } from '../../shared/api-reply.ts';
import type { Backend } from '../backend-types.ts';
import { securityHeaders } from '../content-security-policy.ts';
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
/** Imports send whole files as base64; anything bigger than this is not an article. */
const MAX_BODY_BYTES = 100 * 1024 * 1024;
const HEARTBEAT_MS = 25_000;

export async function startHttpBridge(options: HttpBridgeOptions): Promise<HttpBridge> {
  const token = options.token ?? randomBytes(32).toString('base64url');
  const tokenBytes = Buffer.from(token);
  const openStreams = new Set<ServerResponse>();
  let port = 0;
  let cookieName = '';

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

    const offered = url.searchParams.get('token');
    if (offered !== null && request.method === 'GET' && !url.pathname.startsWith('/api/')) {
      if (!matches(offered)) return sendText(response, 401, unauthorizedText);
      // Trade the token in the address for a cookie, so it does not linger in the address bar.
      response.setHeader('Set-Cookie', `${cookieName}=${token}; HttpOnly; SameSite=Strict; Path=/`);
      url.searchParams.delete('token');
      response.writeHead(303, { Location: url.pathname + url.search });
      return void response.end();
    }
    if (!isAuthorized(request)) {
      if (url.pathname.startsWith('/api/call/'))
        return sendJson(response, 401, failure(unauthorizedText, 'refused'));
      return sendText(response, 401, unauthorizedText);
    }

    if (url.pathname.startsWith('/api/call/'))
      return handleCall(request, response, url.pathname.slice(10));
    if (url.pathname === '/api/events') return handleEvents(request, response);
    if (request.method !== 'GET' && request.method !== 'HEAD')
      return sendText(response, 405, 'Method not allowed.');
    return serveStatic(options, url.pathname, request, response);
  }

  function matches(candidate: string): boolean {
    const bytes = Buffer.from(candidate);
    return bytes.length === tokenBytes.length && timingSafeEqual(bytes, tokenBytes);
  }

  function isAuthorized(request: IncomingMessage): boolean {
    const bearer = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1];
    if (bearer !== undefined) return matches(bearer);
    const cookie = parseCookies(request.headers.cookie)[cookieName];
    return cookie !== undefined && matches(cookie);
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
    let args: unknown;
    try {
      args = JSON.parse(await readBody(request, MAX_BODY_BYTES));
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
  cookieName = `outpost_${port}`;
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
  'This Outpost server needs its access token. Open the address that "outpost serve" printed (it ends with ?token=…).';

class BodyTooLarge extends Error {}

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
        reject(new BodyTooLarge(`The request is larger than ${limit / (1024 * 1024)} MB.`));
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

function parseCookies(header: string | undefined): Record<string, string> {
  const cookies: Record<string, string> = {};
  for (const part of (header ?? '').split(';')) {
    const index = part.indexOf('=');
    if (index > 0) cookies[part.slice(0, index).trim()] = part.slice(index + 1).trim();
  }
  return cookies;
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
