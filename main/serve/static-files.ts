// Serves files to the browser: the built UI, and cached images under /media/.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { resolveMediaFile } from '../media-files.ts';
import { contentTypeFor, resolveRendererFile } from '../renderer-files.ts';

export interface StaticRoots {
  rendererDir: string;
  /** The offline image cache; absent, /media/ answers 404. */
  imagesDir?: string;
}

export async function serveStatic(
  roots: StaticRoots,
  pathname: string,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  const media = roots.imagesDir ? resolveMediaFile(roots.imagesDir, pathname) : null;
  const file = media ?? resolveRendererFile(roots.rendererDir, pathname);
  const info = file ? await stat(file).catch(() => null) : null;
  if (!file || !info?.isFile()) {
    response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
    response.end('Not found.');
    return;
  }
  // Vite puts a content hash in asset names, and media are named by content hash: both never
  // change. index.html must always be fresh.
  const immutable = media !== null || pathname.startsWith('/assets/');
  response.writeHead(200, {
    'Content-Type': contentTypeFor(file),
    'Content-Length': info.size,
    'Cache-Control': immutable ? 'public, max-age=31536000, immutable' : 'no-store',
  });
  if (request.method === 'HEAD') {
    response.end();
    return;
  }
  createReadStream(file).pipe(response);
}
