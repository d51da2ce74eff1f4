// Serves the built renderer as app://outpost/…, with the strict CSP on every response; no Electron needed.
import { readFile, stat } from 'node:fs/promises';
import { securityHeaders } from '../content-security-policy.ts';
import { resolveMediaFile } from '../media-files.ts';
import { contentTypeFor, resolveRendererFile } from '../renderer-files.ts';
import { appHost, appScheme } from './app-origin.ts';

/** The file under `rendererDir` that an app:// URL names, or null when the URL is not ours. */
export function resolveAppFile(rendererDir: string, url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== `${appScheme}:` || parsed.host !== appHost) return null;
  if (parsed.username !== '' || parsed.password !== '') return null;
  return resolveRendererFile(rendererDir, parsed.pathname);
}

function resolveAppMedia(imagesDir: string, url: string): string | null {
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== `${appScheme}:` || parsed.host !== appHost) return null;
    return resolveMediaFile(imagesDir, parsed.pathname);
  } catch {
    return null;
  }
}

function respond(
  status: number,
  body: Uint8Array<ArrayBuffer> | string | null,
  contentType: string,
): Response {
  return new Response(body, {
    status,
    headers: { ...securityHeaders, 'Content-Type': contentType },
  });
}

function notFound(): Response {
  return respond(404, 'Not found', 'text/plain; charset=utf-8');
}

/**
 * The handler for `protocol.handle('app', …)`; also usable with any WHATWG Request. Cached
 * article images are served from `imagesDir` under /media/.
 */
export function createAppRequestHandler(
  rendererDir: string,
  imagesDir?: string,
): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return respond(405, 'Method not allowed', 'text/plain; charset=utf-8');
    }
    const media = imagesDir ? resolveAppMedia(imagesDir, request.url) : null;
    const file = media ?? resolveAppFile(rendererDir, request.url);
    if (!file) return notFound();
    try {
      if (!(await stat(file)).isFile()) return notFound();
      const body = request.method === 'HEAD' ? null : new Uint8Array(await readFile(file));
      return respond(200, body, contentTypeFor(file));
    } catch {
      return notFound();
    }
  };
}
