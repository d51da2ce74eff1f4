// Offline images on disk: where a cached image lives, and how the UI asks for it (/media/<file>).
import { join } from 'node:path';
import { mediaPathPrefix } from '../shared/feeds.ts';

export const IMAGES_FOLDER = 'images';

const MEDIA_NAME = /^[0-9a-f]{64}\.(jpg|png|gif|webp|avif)$/;

/** Spread over 256 subfolders so no folder grows huge. */
export function mediaFilePath(imagesDir: string, fileName: string): string {
  return join(imagesDir, fileName.slice(0, 2), fileName);
}

/** The cached file a `/media/<file>` path names, or null for anything else. */
export function resolveMediaFile(imagesDir: string, pathname: string): string | null {
  if (!pathname.startsWith(mediaPathPrefix)) return null;
  const name = pathname.slice(mediaPathPrefix.length);
  return MEDIA_NAME.test(name) ? mediaFilePath(imagesDir, name) : null;
}

/** What the library holds for one image address of an article. */
export interface OfflineImage {
  /** The cached file's name, or null when it is not on disk. */
  file: string | null;
  /** Why it is not (a failed download, a refused type), for the placeholder's tooltip. */
  reason: string | null;
}

/**
 * The article's HTML as the reader may show it with no network: every image comes from the offline
 * cache (`/media/…`) or is inline (`data:`); any other is replaced by a placeholder, and the
 * alternative sources (srcset, <picture>'s <source>) go, so the page never asks the web for
 * anything. Sanitised HTML has double-quoted attributes only, which this relies on.
 */
export function renderOffline(html: string, images: ReadonlyMap<string, OfflineImage>): string {
  // One pass: a <picture> is one image, its sources candidates for its <img>.
  const rendered = html.replace(
    /<picture\b[^>]*>([\s\S]*?)<\/picture>|<img\b[^>]*>/gi,
    (match, inner: string | undefined) => {
      if (inner === undefined) return renderImage(match, images, []);
      const extra = [...inner.matchAll(/<source\b[^>]*?\ssrcset="([^"]*)"/gi)].flatMap((source) =>
        srcsetUrls(source[1]!),
      );
      const img = /<img\b[^>]*>/i.exec(inner)?.[0];
      return img ? renderImage(img, images, extra) : '';
    },
  );
  // Nothing that loads anything is left: a <source> outside a <picture> has no use offline.
  return rendered.replace(/<source\b[^>]*>(<\/source>)?/gi, '');
}

function renderImage(
  tag: string,
  images: ReadonlyMap<string, OfflineImage>,
  extra: readonly string[],
): string {
  const attribute = (name: string) => {
    const value = new RegExp(`\\s${name}="([^"]*)"`, 'i').exec(tag)?.[1];
    return value === undefined ? undefined : decodeAttribute(value);
  };
  const src = attribute('src');
  // A one-pixel image is a tracker, never content: neither shown nor stood in for.
  if (isPixel(attribute('width')) || isPixel(attribute('height'))) return '';
  const alt = attribute('alt') ?? '';
  const kept = ['alt', 'title', 'width', 'height']
    .flatMap((name) => {
      const value = attribute(name);
      return value === undefined ? [] : [` ${name}="${encodeAttribute(value)}"`];
    })
    .join('');
  const candidates = [src, ...srcsetUrls(attribute('srcset') ?? ''), ...extra].filter(
    (url): url is string => Boolean(url),
  );
  const file = candidates.map((url) => images.get(url)?.file).find(Boolean);
  if (file) return `<img src="${mediaPathPrefix}${file}"${kept}>`;
  if (src?.startsWith('data:image/')) return `<img src="${encodeAttribute(src)}"${kept}>`;
  const reason = candidates.map((url) => images.get(url)?.reason).find(Boolean);
  const label = alt
    ? `${alt} (not saved for offline reading)`
    : 'Image not saved for offline reading';
  const title = reason ?? 'Not saved for offline reading yet';
  return `<span class="image-missing" role="img" aria-label="${encodeAttribute(label)}" title="${encodeAttribute(title)}" data-testid="image-missing"></span>`;
}

/** How many placeholders renderOffline put in. */
export function countMissingImages(html: string): number {
  return html.match(/<span class="image-missing"/g)?.length ?? 0;
}

function isPixel(size: string | undefined): boolean {
  return size !== undefined && /^\s*[0-2](px)?\s*$/i.test(size);
}

/** The addresses of a srcset, in its order. */
export function srcsetUrls(srcset: string): string[] {
  return srcset
    .split(/,\s+/)
    .map((candidate) => decodeAttribute(candidate.trim().split(/\s+/)[0] ?? ''))
    .filter(Boolean);
}

function encodeAttribute(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/"/g, '&quot;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

/** Undoes the escaping the sanitiser applies to attribute values. */
export function decodeAttribute(value: string): string {
  return value
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}
