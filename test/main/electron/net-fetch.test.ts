// The net.request-based fetch, driven by the real HTTP client against a real server. Electron's
// net.request is stood in for by Node's http module, with Chromium's manual-redirect behaviour.
import { EventEmitter } from 'node:events';
import { request as httpRequest, type ClientRequest as NodeRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNetFetch, type NetRequest } from '../../../main/electron/net-fetch.ts';
import { createHttpClient } from '../../../main/net/http-client.ts';
import { isHttpError } from '../../../main/net/http-error.ts';
import {
  hugeBody,
  redirect,
  serveBody,
  startHttpTestServer,
  type HttpTestServer,
} from '../../helpers/http-test-server.ts';
import { asElectron } from './fake-electron.ts';

/** What Outpost uses of Electron's ClientRequest, over node:http. */
const nodeNetRequest: NetRequest = (options) => {
  const emitter = new EventEmitter();
  const headers: Record<string, string> = {};
  let pending: NodeRequest | null = null;
  const client = Object.assign(emitter, {
    setHeader(name: string, value: string) {
      headers[name] = value;
    },
    abort() {
      pending?.destroy();
      emitter.emit('abort');
    },
    end() {
      pending = httpRequest(options.url!, { method: options.method, headers }, (response) => {
        const location = response.headers.location;
        if (
          options.redirect === 'manual' &&
          response.statusCode! >= 300 &&
          response.statusCode! < 400 &&
          location
        ) {
          response.resume();
          emitter.emit(
            'redirect',
            response.statusCode,
            options.method,
            new URL(location, options.url).href,
            {},
          );
          return;
        }
        emitter.emit('response', response);
      });
      pending.on('error', (error) => emitter.emit('error', error));
      pending.end();
    },
  });
  return asElectron(client);
};

let server: HttpTestServer;
const client = createHttpClient({ fetch: createNetFetch(nodeNetRequest) });

beforeAll(async () => {
  server = await startHttpTestServer({
    '/feed.xml': serveBody('<rss version="2.0"><channel><title>T</title></channel></rss>', {
      etag: '"e1"',
    }),
    '/moved.xml': redirect(301, '/feed.xml'),
    '/moved-twice.xml': redirect(308, '/moved.xml'),
    '/elsewhere.xml': redirect(302, '/feed.xml'),
    '/huge.xml': hugeBody(50 * 1024 * 1024),
  });
});

afterAll(async () => {
  await server.close();
});

describe('fetch over net.request', () => {
  it('downloads a body with its status and validators, then answers 304', async () => {
    const first = await client.get(server.url('/feed.xml'));
    expect(first.status).toBe(200);
    expect(first.etag).toBe('"e1"');
    if (first.notModified) throw new Error('expected a body');
    expect(new TextDecoder().decode(first.body)).toContain('<title>T</title>');
    const second = await client.get(server.url('/feed.xml'), { etag: '"e1"' });
    expect(second).toMatchObject({ status: 304, notModified: true });
  });

  it('lets the client see each redirect: permanent chains move the feed, temporary ones do not', async () => {
    const moved = await client.get(server.url('/moved-twice.xml'));
    expect(moved).toMatchObject({
      finalUrl: server.url('/feed.xml'),
      permanentUrl: server.url('/feed.xml'),
    });
    const temporary = await client.get(server.url('/elsewhere.xml'));
    expect(temporary).toMatchObject({ finalUrl: server.url('/feed.xml'), permanentUrl: null });
  });

  it('stops downloading when the size cap is reached', async () => {
    const error = await client
      .get(server.url('/huge.xml'), { maxBytes: 1024 * 1024 })
      .catch((e: unknown) => e);
    expect(isHttpError(error) && error.code).toBe('too-large');
    await server.waitForIdle(5000);
    expect(server.bytesSent()).toBeLessThan(20 * 1024 * 1024);
  });

  it('rejects when cancelled', async () => {
    const controller = new AbortController();
    controller.abort();
    const error = await client
      .get(server.url('/feed.xml'), { signal: controller.signal })
      .catch((e: unknown) => e);
    expect(isHttpError(error) && error.code).toBe('cancelled');
  });
});
