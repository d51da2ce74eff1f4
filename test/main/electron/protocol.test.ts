// The app:// handler against a real renderer folder, with a secret file next to it that must stay out of reach.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentSecurityPolicy, securityHeaders } from '../../../main/content-security-policy.ts';
import { createAppRequestHandler, resolveAppFile } from '../../../main/electron/protocol.ts';

const mediaHash = `ab${'0'.repeat(62)}`;
let root: string;
let handle: (request: Request) => Promise<Response>;

beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), 'outpost-protocol-'));
  const renderer = path.join(root, 'renderer');
  mkdirSync(path.join(renderer, 'assets'), { recursive: true });
  writeFileSync(path.join(renderer, 'index.html'), '<!doctype html><title>Outpost</title>');
  writeFileSync(path.join(renderer, 'assets', 'index-abc.js'), 'console.log(1)');
  writeFileSync(path.join(renderer, 'assets', 'index-abc.css'), 'body{}');
  writeFileSync(path.join(renderer, 'assets', 'font.woff2'), 'woff2');
  writeFileSync(path.join(root, 'secret.txt'), 'outside the renderer folder');
  const images = path.join(root, 'images');
  mkdirSync(path.join(images, 'ab'), { recursive: true });
  writeFileSync(path.join(images, 'ab', `${mediaHash}.png`), 'png bytes');
  handle = createAppRequestHandler(renderer, images);
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

const get = (url: string, method = 'GET') => handle(new Request(url, { method }));

function expectSecurityHeaders(response: Response): void {
  for (const [name, value] of Object.entries(securityHeaders)) {
    expect(response.headers.get(name), name).toBe(value);
  }
}

describe('app:// protocol handler', () => {
  it('serves index.html for / with the strict CSP and every security header', async () => {
    const response = await get('app://outpost/');
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('Content-Security-Policy')).toBe(contentSecurityPolicy);
    expect(response.headers.get('Content-Security-Policy')).toContain("script-src 'self'");
    expectSecurityHeaders(response);
    expect(await response.text()).toContain('<title>Outpost</title>');
  });

  it('serves assets with a content type from their extension', async () => {
    const script = await get('app://outpost/assets/index-abc.js');
    expect(script.status).toBe(200);
    expect(script.headers.get('Content-Type')).toBe('text/javascript; charset=utf-8');
    expect(await script.text()).toBe('console.log(1)');
    expectSecurityHeaders(script);
    expect((await get('app://outpost/assets/index-abc.css')).headers.get('Content-Type')).toBe(
      'text/css; charset=utf-8',
    );
    expect((await get('app://outpost/assets/font.woff2')).headers.get('Content-Type')).toBe(
      'font/woff2',
    );
  });

  it.each([
    'app://outpost/../secret.txt',
    'app://outpost/assets/../../secret.txt',
    'app://outpost/%2e%2e/secret.txt',
    'app://outpost/%2E%2E/%2E%2E/secret.txt',
    'app://outpost/..%2fsecret.txt',
    'app://outpost/assets/..%2f..%2fsecret.txt',
    'app://outpost/%2e%2e%2fsecret.txt',
    'app://outpost/..%5csecret.txt',
    'app://outpost/assets%2f..%2f..%2fsecret.txt',
    'app://outpost//etc/passwd',
    'app://outpost/%2fetc%2fpasswd',
    `app://outpost/${encodeURIComponent(path.join(tmpdir(), 'secret.txt'))}`,
    'app://outpost/C:%5cWindows%5cwin.ini',
    'app://outpost/index.html%00.js',
    'app://outpost/%E0%A4%A',
  ])('answers 404 (with the CSP) to the traversal attempt %s', async (url) => {
    const response = await get(url);
    expect(response.status).toBe(404);
    expectSecurityHeaders(response);
    expect(await response.text()).not.toContain('outside the renderer folder');
  });

  it.each([
    'app://evil/index.html',
    'app://outpost.evil/index.html',
    'app://outpost:8080/index.html',
    'file:///etc/passwd',
    'https://outpost/index.html',
  ])('answers 404 to a URL that is not app://outpost: %s', async (url) => {
    const response = await get(url);
    expect(response.status).toBe(404);
    expectSecurityHeaders(response);
  });

  it('maps no URL with credentials to a file (Request refuses to carry them, Chromium may not)', () => {
    expect(
      resolveAppFile(path.join(root, 'renderer'), 'app://user:pw@outpost/index.html'),
    ).toBeNull();
    expect(resolveAppFile(path.join(root, 'renderer'), 'app://outpost/index.html')).toBe(
      path.join(root, 'renderer', 'index.html'),
    );
  });

  it('answers 404 for a missing file and for a folder', async () => {
    expect((await get('app://outpost/missing.js')).status).toBe(404);
    expect((await get('app://outpost/assets')).status).toBe(404);
  });

  it('serves HEAD without a body and refuses other methods', async () => {
    const head = await get('app://outpost/index.html', 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    const post = await get('app://outpost/index.html', 'POST');
    expect(post.status).toBe(405);
    expectSecurityHeaders(post);
  });

  it('serves cached article images under /media/ and nothing else from the image folder', async () => {
    const image = await get(`app://outpost/media/${mediaHash}.png`);
    expect(image.status).toBe(200);
    expect(image.headers.get('Content-Type')).toBe('image/png');
    expect(await image.text()).toBe('png bytes');
    for (const url of [
      `app://outpost/media/${mediaHash}.svg`,
      'app://outpost/media/../secret.txt',
      `app://outpost/media/ab/${mediaHash}.png`,
      `app://other/media/${mediaHash}.png`,
    ]) {
      expect((await get(url)).status, url).toBe(404);
    }
  });
});
