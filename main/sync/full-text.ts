// Fetches the pages of articles the feed only summarised and keeps the extracted article.
import { words } from '../../shared/tokenize.ts';
import type { ArticleId } from '../../shared/model.ts';
import { cleanAuthor, makeExcerpt, withLeadImage } from '../extract/article-text.ts';
import {
  countPendingFullText,
  keepFeedText,
  listPendingFullText,
  markFullTextFailed,
  storeFullText,
  type PendingFullText,
} from '../store/full-text.ts';
import { runConcurrently } from './concurrency.ts';
import { extractInWorker, type SyncContext } from './context.ts';

/** A page is tried at this many syncs before the summary is accepted as all there is. */
const MAX_ATTEMPTS = 3;
const CONCURRENCY = 4;
const BATCH = 100;
const MAX_PAGE_BYTES = 10 * 1024 * 1024;
/** Fewer words than this is a paywall, a cookie wall or an error page, not the article. */
const MIN_ARTICLE_WORDS = 40;

export interface FullTextOptions {
  signal: AbortSignal;
  onBytes: (bytes: number) => void;
  onStored: (id: ArticleId) => void;
  onProgress: (done: number, total: number) => void;
}

export async function fetchFullTexts(
  context: SyncContext,
  options: FullTextOptions,
): Promise<{ fetched: number; failed: number }> {
  const total = countPendingFullText(context.db);
  const tried = new Set<ArticleId>();
  let fetched = 0;
  let failed = 0;
  options.onProgress(0, total);
  while (!options.signal.aborted) {
    const batch = listPendingFullText(context.db, BATCH).filter(
      (article) => !tried.has(article.id),
    );
    if (batch.length === 0) break;
    await runConcurrently(batch, CONCURRENCY, options.signal, async (article) => {
      tried.add(article.id);
      const stored = await fetchOne(context, article, options);
      if (stored === 'cancelled') return;
      if (stored) {
        fetched++;
        options.onStored(article.id);
      } else failed++;
      options.onProgress(fetched + failed, total);
    });
  }
  return { fetched, failed };
}

async function fetchOne(
  context: SyncContext,
  article: PendingFullText,
  options: FullTextOptions,
): Promise<boolean | 'cancelled'> {
  try {
    const page = await context.http.get(article.url, {
      accept: 'text/html, application/xhtml+xml;q=0.9, */*;q=0.5',
      subject: 'the article',
      maxBytes: MAX_PAGE_BYTES,
      signal: options.signal,
      onBytes: options.onBytes,
    });
    if (page.notModified)
      throw new Error(`${new URL(article.url).hostname} answered 304 to a first request.`);
    const extracted = await extractInWorker(context, page.body, page.finalUrl, page.contentType);
    if (options.signal.aborted) return 'cancelled';
    if (words(extracted.text).length < MIN_ARTICLE_WORDS) {
      throw new Error(
        'The page had no readable article (a paywall, a cookie wall or an error page).',
      );
    }
    if (extracted.text.length < article.textLength * 1.1) {
      keepFeedText(context.db, article.id);
      return true;
    }
    const html = withLeadImage(extracted.html, extracted.leadImage ?? article.leadImage);
    storeFullText(context.db, article, {
      html,
      text: extracted.text,
      excerpt: makeExcerpt(extracted.text, html),
      author: cleanAuthor(extracted.byline),
      published: extracted.published,
      leadImage: extracted.leadImage,
    });
    return true;
  } catch (error) {
    if (options.signal.aborted) return 'cancelled';
    markFullTextFailed(context.db, article.id, (error as Error).message, MAX_ATTEMPTS);
    return false;
  }
}
