import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '../../../main/backend.ts';
import { mediaKeyFor, startHttpBridge, type HttpBridge } from '../../../main/serve/http-bridge.ts';
import { nigerArticle, nigerTitle } from '../../helpers/fixtures.ts';
import { makeTempDir } from '../../helpers/temp-dir.ts';

const mediaHash = `ab${'1'.repeat(62)}`;
let backend: Backend;
let bridge: HttpBridge;
let auth: Record<string, string>;

/** Raw HTTP, so tests can send the Host and Origin headers a browser or an attacker would. */
function send(
  path: string,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<{
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: '127.0.0.1',
        port: bridge.port,
        path,
        method: options.method ?? 'GET',
        headers: options.headers,
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

function call(method: string, args: unknown, headers: Record<string, string> = {}) {
  return send(`/api/call/${method}`, {
    method: 'POST',
    headers: { ...auth, 'content-type': 'application/json', ...headers },
    body: typeof args === 'string' ? args : JSON.stringify(args),
  });
}

beforeEach(async () => {
  const dir = makeTempDir();
  const rendererDir = join(dir, 'renderer');
  mkdirSync(join(rendererDir, 'assets'), { recursive: true });
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Outpost</title>');
  writeFileSync(join(rendererDir, 'assets', 'app-1234.js'), 'console.log(1)');
  writeFileSync(join(dir, 'secret.txt'), 'secret');
  const imagesDir = join(dir, 'data', 'images');
  mkdirSync(join(imagesDir, 'ab'), { recursive: true });
  writeFileSync(join(imagesDir, 'ab', `${mediaHash}.webp`), 'webp bytes');
  backend = await createBackend({ dataDir: join(dir, 'data') });
  bridge = await startHttpBridge({ backend, rendererDir, imagesDir });
  auth = { authorization: `Bearer ${bridge.token}` };
});

afterEach(async () => {
  await bridge.close();
  await backend.close();
});

describe('the HTTP bridge', () => {
  it('listens on loopback with a long random token', () => {
    expect(bridge.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]{40,}$/);
  });

  it('serves the UI to the page with a strict CSP, and sets no cookie', async () => {
    // The page reads the token from its address itself; nothing the browser would attach by
    // itself to other local servers (a cookie ignores ports) is ever set.
    const page = await send(`/?token=${bridge.token}`);
    expect(page.status).toBe(200);
    expect(page.headers['set-cookie']).toBeUndefined();
    expect(page.body).toContain('<title>Outpost</title>');
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect(page.headers['content-security-policy']).toContain("img-src 'self' data:;");
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    const asset = await send('/assets/app-1234.js');
    expect(asset.headers['content-type']).toMatch(/javascript/);
  });

  it('refuses every API call and event stream without the token in a Bearer header', async () => {
    const attempts: Array<Record<string, string>> = [
      { authorization: '' },
      { authorization: '', cookie: `outpost=${bridge.token}` },
      { authorization: 'Bearer nope' },
      { authorization: `Basic ${bridge.token}` },
    ];
    for (const headers of attempts) {
      const refused = await call('stats', [], headers);
      expect(refused.status).toBe(401);
      expect(JSON.parse(refused.body)).toMatchObject({ ok: false, code: 'refused' });
    }
    expect((await send('/api/events')).status).toBe(401);
    expect((await send(`/api/events?token=${bridge.token}`)).status).toBe(401);
  });

  it('accepts the token as a bearer header', async () => {
    const response = await send('/api/call/stats', {
      method: 'POST',
      headers: { ...auth, 'content-type': 'application/json' },
      body: '[]',
    });
    expect(response.status).toBe(200);
    expect(JSON.parse(response.body).value.articles).toBe(0);
  });

  it('takes a call no bigger than it can be, refusing a larger one as it arrives', async () => {
    // A small call: refused from its declared length, before anything is read.
    const big = await call('stats', JSON.stringify(['x'.repeat(3 * 1024 * 1024)]));
    expect(big.status).toBe(413);
    expect(JSON.parse(big.body)).toMatchObject({
      code: 'bad-request',
      message: expect.stringMatching(/2 MB/),
    });
    // An import may carry a whole file, but not more than one document can be.
    const huge = await send('/api/call/importDocuments', {
      method: 'POST',
      headers: { ...auth, 'content-type': 'application/json', 'transfer-encoding': 'chunked' },
      body: JSON.stringify([[{ name: 'a.txt', base64: 'A'.repeat(70 * 1024 * 1024) }]]),
    });
    expect(huge.status).toBe(413);
    expect(JSON.parse(huge.body).message).toMatch(/66 MB/);
  });

  it('rejects foreign hosts and origins (DNS rebinding, cross-site calls)', async () => {
    expect((await send('/', { headers: { host: 'evil.example:80' } })).status).toBe(421);
    const foreign = await call('stats', [], { origin: 'http://evil.example' });
    expect(foreign.status).toBe(403);
    expect(JSON.parse(foreign.body)).toMatchObject({ ok: false, code: 'refused' });
    expect((await call('stats', [], { 'content-type': 'text/plain' })).status).toBe(415);
  });

  it('does not serve files outside the UI folder', async () => {
    for (const path of [
      '/../secret.txt',
      '/%2e%2e/secret.txt',
      '/assets/..%2f..%2fsecret.txt',
      '/%00',
    ]) {
      const response = await send(path);
      expect(response.status, path).toBe(404);
      expect(response.body).not.toContain('secret');
    }
  });

  it('calls the real backend and validates arguments', async () => {
    // Reading files by path is not for a page: the bridge does not offer it.
    const byPath = await call('importFiles', [[nigerArticle]]);
    expect(byPath.status).toBe(404);
    expect(JSON.parse(byPath.body)).toMatchObject({ ok: false, code: 'bad-request' });
    const imported = await call('importDocuments', [
      [{ name: 'niger.txt', base64: readFileSync(nigerArticle).toString('base64') }],
    ]);
    expect(imported.status).toBe(200);
    expect(JSON.parse(imported.body).value.imported).toBe(1);
    await backend.whenSearchReady();
    const found = JSON.parse((await call('search', ['Yevkurov'])).body);
    expect(found.value.hits[0].title).toBe(nigerTitle);
    const setRead = await call('setRead', [found.value.hits[0].id, true]);
    expect(JSON.parse(setRead.body)).toEqual({ ok: true });

    // Every answer, failed or not, is the one reply envelope, with a code the UI can act on.
    const invalid = await call('getArticle', ['1; DROP TABLE articles']);
    expect(invalid.status).toBe(400);
    expect(JSON.parse(invalid.body)).toEqual({
      ok: false,
      code: 'bad-request',
      message: expect.stringMatching(/Invalid call to getArticle/),
    });
    for (const method of ['notAMethod', 'constructor']) {
      const unknown = await call(method, []);
      expect(unknown.status).toBe(404);
      expect(JSON.parse(unknown.body)).toMatchObject({ ok: false, code: 'bad-request' });
    }
    expect((await call('stats', '{not json')).status).toBe(400);
    const failed = await call('setRead', [424242, true]);
    expect(failed.status).toBe(200);
    expect(JSON.parse(failed.body)).toEqual({
      ok: false,
      code: 'not-found',
      message: 'There is no article with id 424242.',
    });
  });

  it('streams backend events to the page', async () => {
    const controller = new AbortController();
    const response = await fetch(`${bridge.origin}/api/events`, {
      headers: auth,
      signal: controller.signal,
    });
    expect(response.headers.get('content-type')).toMatch(/text\/event-stream/);
    const reader = response.body!.getReader();
    const decoder = new TextDecoder();
    let received = '';
    await call('updateSettings', [{ theme: 'dark' }]);
    while (!received.includes('settings-changed')) {
      const { value, done } = await reader.read();
      if (done) break;
      received += decoder.decode(value);
    }
    controller.abort();
    expect(received).toMatch(/event: settings-changed\ndata: \{"theme":"dark"/);
  });

  it('closes promptly while a page holds its event stream open', async () => {
    const response = await fetch(`${bridge.origin}/api/events`, { headers: auth });
    expect(response.status).toBe(200);
    // If close() waited for the stream to end on its own, this would hang until the test times out.
    await bridge.close();
    await expect(fetch(`${bridge.origin}/`)).rejects.toThrow();
  });

  it('serves cached images under /media/ with the media key only', async () => {
    const key = mediaKeyFor(bridge.token);
    const image = await send(`/media/${mediaHash}.webp?key=${key}`);
    expect(image.status).toBe(200);
    expect(image.headers['content-type']).toBe('image/webp');
    expect(image.body).toBe('webp bytes');
    // Without the key a page elsewhere cannot even learn whether the library holds an image.
    expect((await send(`/media/${mediaHash}.webp`)).status).toBe(401);
    expect((await send(`/media/${mediaHash}.webp?key=${bridge.token}`)).status).toBe(401);
    expect((await send(`/media/../outpost.db?key=${key}`)).status).toBe(404);
    // The key opens images, not the API.
    expect((await call('stats', [], { authorization: `Bearer ${key}` })).status).toBe(401);
  });
});
