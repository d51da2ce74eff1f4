// Stores a feed's items as articles: new ones added, changed ones updated in place, reading state kept.
import type { FullTextPolicy } from '../../shared/feeds.ts';
import type { ArticleId, SourceId } from '../../shared/model.ts';
import { words } from '../../shared/tokenize.ts';
import { cleanAuthor, hashContent, makeExcerpt, withLeadImage } from '../extract/article-text.ts';
import { htmlToText } from '../extract/sanitize.ts';
import { insertArticle, type FullTextState } from '../store/articles.ts';
import { inTransaction, type Database } from '../store/db.ts';
import { findFeedArticle, updateFeedArticle, updateFeedHeadline } from '../store/feed-articles.ts';
import { addArticleImages } from '../store/images.ts';
import { canonicalLink, cleanLink } from './canonical-link.ts';

/** One item of a parsed feed, as the sync engine hands it over (HTML already sanitised). */
export interface FeedItemInput {
  guid: string | null;
  link: string | null;
  title: string;
  author: string | null;
  published: string | null;
  updated: string | null;
  summaryHtml: string | null;
  contentHtml: string | null;
  categories: string[];
  image: string | null;
}

export interface FeedTarget {
  id: SourceId;
  fullText: FullTextPolicy;
  images: boolean;
}

export interface StoredItems {
  added: ArticleId[];
  updated: ArticleId[];
}

/** Below this many words, a description alone is a teaser, not the article. */
const TEASER_WORDS = 150;
/** A full-content field shorter than this is a teaser too. */
const MIN_CONTENT_WORDS = 40;
/** How feeds say "the rest is on the site". */
const TRUNCATED =
  /(\.\.\.|…|\[…\]|\[\.\.\.\]|\b(read more|continue reading|read the full (story|article)|more…?)\W*)$/i;

/** Items stored per transaction: short enough that another process sharing the library waits briefly. */
const CHUNK = 200;

/**
 * Stores a feed's items a few hundred per transaction, oldest first. A process that stops between
 * chunks leaves the feed's sync record untouched (`finish` runs in the last chunk), so the next
 * sync fetches the feed again and finds the stored items by their identity.
 */
export function storeFeedItemsInChunks(
  db: Database,
  feed: FeedTarget,
  items: readonly FeedItemInput[],
  now: Date,
  finish: () => void,
): StoredItems {
  const oldestFirst = [...items].reverse();
  const stored: StoredItems = { added: [], updated: [] };
  let start = 0;
  do {
    // storeFeedItems takes the feed's order (newest first) and stores oldest first.
    const chunk = prepareFeedItems(oldestFirst.slice(start, start + CHUNK).reverse());
    const last = start + CHUNK >= oldestFirst.length;
    inTransaction(db, () => {
      const result = storePreparedItems(db, feed, chunk, now);
      stored.added.push(...result.added);
      stored.updated.push(...result.updated);
      if (last) finish();
    });
    start += CHUNK;
  } while (start < oldestFirst.length);
  return stored;
}

/**
 * Identity is the guid, else the link without tracking parameters, else the content hash.
 * Runs inside the caller's transaction, so a feed's items land all together or not at all.
 */
export function storeFeedItems(
  db: Database,
  feed: FeedTarget,
  items: readonly FeedItemInput[],
  now: Date,
): StoredItems {
  return storePreparedItems(db, feed, prepareFeedItems(items), now);
}

/** An item with what storing it needs worked out: text, identity, hash, excerpt. */
interface PreparedItem {
  item: FeedItemInput;
  html: string;
  text: string;
  title: string;
  linkKey: string | null;
  contentHash: string;
  excerpt: string;
}

/** The work on items that needs no database, done before a transaction takes the write lock. */
function prepareFeedItems(items: readonly FeedItemInput[]): PreparedItem[] {
  return items.map((item) => {
    const html = withLeadImage(item.contentHtml || item.summaryHtml || '', item.image);
    const text = htmlToText(html);
    const title = item.title.trim() || firstWords(text) || 'Untitled';
    const contentHash = hashContent({ title, text });
    const excerpt = makeExcerpt(text, html);
    return { item, html, text, title, linkKey: canonicalLink(item.link), contentHash, excerpt };
  });
}

function storePreparedItems(
  db: Database,
  feed: FeedTarget,
  prepared: readonly PreparedItem[],
  now: Date,
): StoredItems {
  const added: ArticleId[] = [];
  const updated: ArticleId[] = [];
  // Feeds list the newest first; storing oldest first keeps ids in publication order.
  for (const { item, html, text, title, linkKey, contentHash, excerpt } of [
    ...prepared,
  ].reverse()) {
    const existing = findFeedArticle(db, feed.id, { guid: item.guid, linkKey, contentHash });
    if (!existing) {
      const id = insertArticle(db, {
        sourceId: feed.id,
        url: item.link ? cleanLink(item.link) : null,
        title,
        author: cleanAuthor(item.author),
        section: item.categories[0] ?? null,
        published: item.published ?? item.updated ?? now.toISOString(),
        added: now.toISOString(),
        leadImage: item.image,
        excerpt,
        text,
        html,
        contentHash,
        origin: item.guid ?? item.link,
        guid: item.guid,
        linkKey,
        updated: item.updated,
        summaryHtml: item.summaryHtml,
        categories: item.categories,
        fullText: initialFullText(feed.fullText, item, text),
      });
      if (feed.images) addArticleImages(db, id, html);
      added.push(id);
      continue;
    }
    if (existing.contentHash === contentHash && existing.title === title) continue;
    const updatedAt = item.updated ?? now.toISOString();
    if (existing.fullText === 'fetched') {
      // The full article we fetched is better than the feed's summary: only the headline moves.
      updateFeedHeadline(db, existing.id, { title, updatedAt, summaryHtml: item.summaryHtml });
    } else {
      updateFeedArticle(db, existing.id, {
        title,
        author: cleanAuthor(item.author),
        html,
        text,
        excerpt,
        contentHash,
        updatedAt,
        summaryHtml: item.summaryHtml,
        leadImage: item.image,
        fullText: initialFullText(feed.fullText, item, text),
      });
      if (feed.images) addArticleImages(db, existing.id, html);
    }
    updated.push(existing.id);
  }
  return { added, updated };
}

/** Whether the full page should be fetched for this item under the feed's policy. */
export function initialFullText(
  policy: FullTextPolicy,
  item: Pick<FeedItemInput, 'link' | 'contentHtml'>,
  text: string,
): FullTextState {
  if (!item.link || policy === 'feed') return 'none';
  if (policy === 'always') return 'pending';
  return isTeaser(item, text) ? 'pending' : 'none';
}

/**
 * Whether an item carries only a teaser. A feed's separate full-content field (content:encoded,
 * Atom content) is the article unless it is tiny or cut off; a description alone is a teaser
 * unless it is long, since many RSS feeds put the whole article there.
 */
export function isTeaser(item: Pick<FeedItemInput, 'contentHtml'>, text: string): boolean {
  const count = words(text).length;
  if (TRUNCATED.test(text.trim())) return true;
  return item.contentHtml ? count < MIN_CONTENT_WORDS : count < TEASER_WORDS;
}

function firstWords(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= 80 ? flat : `${flat.slice(0, flat.lastIndexOf(' ', 80))}…`;
}
