// Maps a request path to a file of the built UI, safely, for both app:// (desktop) and the HTTP bridge.
import path from 'node:path';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
};

export function contentTypeFor(file: string): string {
  return contentTypes[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * The file under `rendererDir` that a URL's (still percent-encoded) pathname names, or null
 * when it tries to leave the folder. URL parsers fold `..` and `%2e%2e`, but an encoded slash
 * or backslash (`..%2f`, `%5c`) survives parsing and would become a separator on disk, so
 * every segment is decoded and checked.
 */
export function resolveRendererFile(rendererDir: string, pathname: string): string | null {
  const segments: string[] = [];
  for (const raw of pathname.split('/').slice(1)) {
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return null;
    }
    if (segment === '.' || segment === '..' || /[/\\\0:]/.test(segment)) return null;
    segments.push(segment);
  }
  // `/` and a trailing slash mean the folder's index.html; an empty segment elsewhere (`//x`) is refused.
  if (segments.length === 0) segments.push('index.html');
  if (segments.at(-1) === '') segments[segments.length - 1] = 'index.html';
  if (segments.includes('')) return null;

  const root = path.resolve(rendererDir);
  const file = path.resolve(root, ...segments);
  return file.startsWith(root + path.sep) ? file : null;
}
