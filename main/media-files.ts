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

/**
 * Points the article's cached images at their offline copies. Alternative sources (srcset,
 * <picture>) are dropped for those images: offline, the browser would pick one that fails.
 */
export function rewriteCachedImages(html: string, files: ReadonlyMap<string, string>): string {
  if (files.size === 0) return html;
  let rewritten = html.replace(/<img\b[^>]*>/gi, (tag) => {
    const src = /\ssrc="([^"]*)"/i.exec(tag)?.[1];
    const file = src === undefined ? undefined : files.get(decodeAttribute(src));
    if (!file) return tag;
    return tag
      .replace(/\s(srcset|sizes)="[^"]*"/gi, '')
      .replace(/\ssrc="[^"]*"/i, ` src="${mediaPathPrefix}${file}"`);
  });
  rewritten = rewritten.replace(/<picture\b[^>]*>[\s\S]*?<\/picture>/gi, (picture) =>
    picture.includes(`src="${mediaPathPrefix}`)
      ? picture.replace(/<source\b[^>]*>/gi, '')
      : picture,
  );
  return rewritten;
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
