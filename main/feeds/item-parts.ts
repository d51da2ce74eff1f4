// Pieces every feed format shares: bases and absolute URLs, authors, pictures, and finishing an item.
import { createHash } from 'node:crypto';
import { absoluteHttpUrl } from '../extract/urls.ts';
import { toPlainLine } from './text.ts';
import type { FeedEnclosure, ParsedItem } from './types.ts';

/** The base URL in force after an element's `xml:base` (which may itself be relative). */
export function withBase(base: string | null, xmlBase: string | null | undefined): string | null {
  const declared = xmlBase?.trim();
  if (!declared) return base;
  try {
    return new URL(declared, base ?? undefined).href;
  } catch {
    return base;
  }
}

/** An absolute http(s) URL, or null (relative without a base, other schemes, garbage). */
export function resolveUrl(raw: string | null | undefined, base: string | null): string | null {
  return absoluteHttpUrl(raw, base);
}

/** The first value that is a non-empty string after trimming. */
export function firstText(...values: Array<string | null | undefined>): string | null {
  for (const value of values) {
    const text = value?.trim();
    if (text) return text;
  }
  return null;
}

/** Names joined for display ("Ann, Bo"), plain text, without duplicates; null when none. */
export function joinNames(names: Array<string | null | undefined>): string | null {
  const unique: string[] = [];
  for (const name of names) {
    const text = toPlainLine(name, null);
    if (text && !unique.includes(text)) unique.push(text);
  }
  return unique.length ? unique.join(', ') : null;
}

export function uniqueTexts(values: Array<string | null | undefined>): string[] {
  const unique: string[] = [];
  for (const value of values) {
    const text = value?.replace(/\s+/g, ' ').trim();
    if (text && !unique.includes(text)) unique.push(text);
  }
  return unique;
}

/** Enclosures with absolute URLs; duplicates by URL are dropped. */
export function cleanEnclosures(
  raw: Array<{ url?: string; type?: string; length?: number }>,
  base: string | null,
): FeedEnclosure[] {
  const out: FeedEnclosure[] = [];
  for (const enclosure of raw) {
    const url = resolveUrl(enclosure.url, base);
    if (!url || out.some((known) => known.url === url)) continue;
    const length = enclosure.length;
    out.push({
      url,
      type: enclosure.type?.trim() || null,
      length: length !== undefined && Number.isFinite(length) && length >= 0 ? length : null,
    });
  }
  return out;
}

export interface MediaParts {
  thumbnails: Array<{ url?: string }>;
  contents: Array<{
    url?: string;
    type?: string;
    medium?: string;
    thumbnails: Array<{ url?: string }>;
  }>;
  groups?: Array<{
    thumbnails: Array<{ url?: string }>;
    contents: Array<{ url?: string; type?: string; medium?: string }>;
  }>;
}

function isImage(type: string | null | undefined, medium?: string | null): boolean {
  return medium?.toLowerCase() === 'image' || /^image\//i.test(type ?? '');
}

/**
 * The item's picture, in order of how deliberately the publisher chose it: media:thumbnail,
 * an image media:content, an image enclosure, then the iTunes artwork.
 */
export function pickImage(
  media: MediaParts | undefined,
  enclosures: FeedEnclosure[],
  extra: Array<string | null | undefined>,
  base: string | null,
): string | null {
  const candidates: Array<string | undefined | null> = [];
  const sets = media ? [media, ...(media.groups ?? [])] : [];
  for (const set of sets) candidates.push(...set.thumbnails.map((thumbnail) => thumbnail.url));
  for (const set of sets) {
    for (const content of set.contents) {
      if (isImage(content.type, content.medium)) candidates.push(content.url);
    }
  }
  candidates.push(...enclosures.filter((e) => isImage(e.type)).map((e) => e.url));
  candidates.push(...extra);
  for (const candidate of candidates) {
    const url = resolveUrl(candidate, base);
    if (url) return url;
  }
  return null;
}

export type ItemDraft = Omit<ParsedItem, 'id'>;

/**
 * Completes an item: each date falls back to the other, and the id is the guid, else the
 * link, else a hash of title and content (stable across fetches of an unchanged item).
 */
export function finishItem(draft: ItemDraft): ParsedItem {
  const published = draft.published ?? draft.updated;
  const updated = draft.updated ?? draft.published;
  const id =
    draft.guid ??
    draft.link ??
    `sha256:${createHash('sha256')
      .update(`${draft.title ?? ''}\n${draft.content ?? draft.summary ?? ''}`)
      .digest('hex')
      .slice(0, 32)}`;
  return { id, ...draft, published, updated };
}
