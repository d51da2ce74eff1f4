// Downloads the images stored articles need into a content-addressed cache, within the space budget.
import { createHash } from 'node:crypto';
import { mkdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { ArticleId } from '../../shared/model.ts';
import { mediaFilePath } from '../media-files.ts';
import type { HttpClient } from '../net/http-client.ts';
import { isHttpError } from '../net/http-error.ts';
import type { Database } from '../store/db.ts';
import {
  countPendingImages,
  forgetImage,
  imageFileName,
  listEvictionCandidates,
  listOrphanImages,
  listPendingImages,
  markImageCached,
  markImageFailed,
  retryArticleImages,
  totalImageBytes,
  type EvictionCandidate,
} from '../store/images.ts';

export interface ImageCacheContext {
  db: Database;
  http: HttpClient;
  imagesDir: string;
  now: () => Date;
}

export interface ImageBudget {
  maxImageBytes: number;
  totalBytes: number;
}

export interface ImageRunReport {
  cached: number;
  failed: number;
  bytes: number;
  evicted: number;
}

/** Retried at later syncs up to this many times; a slow link deserves a few chances. */
const MAX_ATTEMPTS = 4;
const CONCURRENCY = 4;
const BATCH = 200;

/**
 * Fetches pending images, newest articles first, until none are left, the run is cancelled,
 * or the budget is full; then trims the cache to the budget.
 */
export async function fetchPendingImages(
  context: ImageCacheContext,
  budget: ImageBudget,
  options: {
    signal?: AbortSignal;
    onProgress?: (done: number, total: number) => void;
    onBytes?: (bytes: number) => void;
    /** After each batch of images, and after trimming: the articles whose offline copy changed. */
    onArticles?: (ids: ArticleId[]) => void;
  },
): Promise<ImageRunReport> {
  const report: ImageRunReport = { cached: 0, failed: 0, bytes: 0, evicted: 0 };
  const total = countPendingImages(context.db);
  let done = 0;
  const tried = new Set<string>();
  while (!options.signal?.aborted) {
    const batch = listPendingImages(context.db, BATCH).filter((image) => !tried.has(image.url));
    if (batch.length === 0) break;
    let next = 0;
    const touched = new Set<ArticleId>();
    const runOne = async (): Promise<void> => {
      while (next < batch.length && !options.signal?.aborted) {
        const { url } = batch[next++]!;
        tried.add(url);
        const outcome = await cacheOne(context, url, budget, options).catch(() => null);
        if (outcome?.bytes == null) report.failed++;
        else {
          report.cached++;
          report.bytes += outcome.bytes;
        }
        for (const id of outcome?.articles ?? []) touched.add(id);
        options.onProgress?.(++done, total);
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, runOne));
    if (touched.size > 0) options.onArticles?.([...touched]);
  }
  const trimmed = await enforceBudget(context, budget.totalBytes);
  report.evicted = trimmed.evicted;
  if (trimmed.articles.length > 0) options.onArticles?.(trimmed.articles);
  return report;
}

/**
 * The reader asked for an article's missing images: every one not cached is tried again now,
 * whatever earlier tries gave, through the same cache and limits as a sync.
 */
export async function fetchArticleImages(
  context: ImageCacheContext,
  articleId: ArticleId,
  budget: ImageBudget,
  options: { signal?: AbortSignal } = {},
): Promise<{ cached: number; failed: number }> {
  const urls = retryArticleImages(context.db, articleId);
  const report = { cached: 0, failed: 0 };
  let next = 0;
  const runOne = async (): Promise<void> => {
    while (next < urls.length && !options.signal?.aborted) {
      const outcome = await cacheOne(context, urls[next++]!, budget, options).catch(() => null);
      if (outcome?.bytes == null) report.failed++;
      else report.cached++;
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, runOne));
  return report;
}

/**
 * Downloads one image; returns its size (null when it was not cached, and why is recorded) and the
 * articles whose offline copy that settled.
 */
async function cacheOne(
  context: ImageCacheContext,
  url: string,
  budget: ImageBudget,
  options: { signal?: AbortSignal; onBytes?: (bytes: number) => void },
): Promise<{ bytes: number | null; articles: ArticleId[] }> {
  let result;
  try {
    result = await context.http.get(url, {
      accept: 'image/avif,image/webp,image/png,image/jpeg,image/gif;q=0.9,*/*;q=0.5',
      subject: 'the image',
      maxBytes: budget.maxImageBytes,
      signal: options.signal,
      onBytes: options.onBytes,
    });
  } catch (error) {
    if (isHttpError(error) && error.code === 'cancelled') throw error;
    const final =
      isHttpError(error) &&
      (error.code === 'too-large' ||
        error.code === 'unsupported-scheme' ||
        error.code === 'bad-url' ||
        (error.code === 'http-status' && [401, 403, 404, 410].includes(error.status ?? 0)));
    const articles = markImageFailed(context.db, url, (error as Error).message, {
      final,
      maxAttempts: MAX_ATTEMPTS,
    });
    return { bytes: null, articles };
  }
  if (result.notModified) return { bytes: null, articles: [] };
  const contentType = sniffImageType(result.body) ?? result.contentType ?? '';
  const hash = createHash('sha256').update(result.body).digest('hex');
  const fileName = imageFileName(hash, contentType);
  if (!fileName) {
    const articles = markImageFailed(
      context.db,
      url,
      /svg/i.test(contentType)
        ? 'SVG images are not kept offline: they can carry scripts.'
        : `Not an image Outpost keeps offline (${contentType || 'unknown type'}).`,
      {
        final: true,
        maxAttempts: MAX_ATTEMPTS,
      },
    );
    return { bytes: null, articles };
  }
  await writeAtomically(mediaFilePath(context.imagesDir, fileName), result.body);
  const articles = markImageCached(
    context.db,
    url,
    { hash, contentType: contentTypeOf(fileName), bytes: result.body.byteLength },
    context.now(),
  );
  return { bytes: result.body.byteLength, articles };
}

/**
 * Drops images no article needs, then the oldest unstarred ones until the cache fits; returns how
 * many went, and the articles that lost an offline image.
 */
export async function enforceBudget(
  context: ImageCacheContext,
  budgetBytes: number,
): Promise<{ evicted: number; articles: ArticleId[] }> {
  let evicted = 0;
  const articles = new Set<ArticleId>();
  for (const orphan of listOrphanImages(context.db)) {
    await removeImage(context, orphan);
    evicted++;
  }
  let total = totalImageBytes(context.db);
  while (total > budgetBytes) {
    const candidates = listEvictionCandidates(context.db, 100);
    if (candidates.length === 0) break;
    for (const candidate of candidates) {
      if (total <= budgetBytes) break;
      for (const id of await removeImage(context, candidate)) articles.add(id);
      total -= candidate.bytes;
      evicted++;
    }
  }
  return { evicted, articles: [...articles] };
}

async function removeImage(
  context: ImageCacheContext,
  image: EvictionCandidate,
): Promise<ArticleId[]> {
  const fileName = imageFileName(image.hash, image.contentType);
  const articles = forgetImage(context.db, image.hash);
  if (fileName) await rm(mediaFilePath(context.imagesDir, fileName), { force: true });
  return articles;
}

/** A file is either complete or absent: written beside, then renamed into place. */
async function writeAtomically(path: string, bytes: Uint8Array): Promise<void> {
  if (
    await stat(path).then(
      () => true,
      () => false,
    )
  )
    return;
  await mkdir(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  await writeFile(temporary, bytes);
  await rename(temporary, path);
}

/** The real type from the first bytes: servers often say image/jpeg for a WebP or a PNG. */
export function sniffImageType(bytes: Uint8Array): string | null {
  const startsWith = (...signature: number[]) => signature.every((byte, i) => bytes[i] === byte);
  if (startsWith(0xff, 0xd8, 0xff)) return 'image/jpeg';
  if (startsWith(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return 'image/png';
  if (startsWith(0x47, 0x49, 0x46, 0x38)) return 'image/gif';
  const ascii = (from: number, to: number) => String.fromCharCode(...bytes.subarray(from, to));
  if (ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') return 'image/webp';
  if (ascii(4, 8) === 'ftyp' && /^avi[fs]$/.test(ascii(8, 12))) return 'image/avif';
  return null;
}

function contentTypeOf(fileName: string): string {
  const extension = fileName.slice(fileName.lastIndexOf('.') + 1);
  return extension === 'jpg' ? 'image/jpeg' : `image/${extension}`;
}
