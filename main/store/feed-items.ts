// Stores a feed's items as articles: new ones added, changed ones updated in place, reading state kept.
import type { FullTextPolicy } from '../../shared/feeds.ts';
import type { ArticleId, SourceId } from '../../shared/model.ts';
import { words } from '../../shared/tokenize.ts';
import { htmlToText } from '../extract/sanitize.ts';
import { canonicalLink, cleanLink } from '../sync/canonical-link.ts';
import { cleanAuthor, hashContent, makeExcerpt, withLeadImage } from './article-text.ts';
import { insertArticle, type FullTextState } from './articles.ts';
import { statement, type Database } from './db.ts';
import { addArticleImages } from './images.ts';

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

interface ExistingRow {
  id: number;
  content_hash: string;
  title: string;
  full_text: FullTextState;
  updated_at: string | null;
}

/** Below this many words, a description alone is a teaser, not the article. */
const TEASER_WORDS = 150;
/** A full-content field shorter than this is a teaser too. */
const MIN_CONTENT_WORDS = 40;
/** How feeds say "the rest is on the site". */
const TRUNCATED =
  /(\.\.\.|…|\[…\]|\[\.\.\.\]|\b(read more|continue reading|read the full (story|article)|more…?)\W*)$/i;

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
  const added: ArticleId[] = [];
  const updated: ArticleId[] = [];
  // Feeds list the newest first; storing oldest first keeps ids in publication order.
  for (const item of [...items].reverse()) {
    const html = withLeadImage(item.contentHtml || item.summaryHtml || '', item.image);
    const text = htmlToText(html);
    const title = item.title.trim() || firstWords(text) || 'Untitled';
    const linkKey = canonicalLink(item.link);
    const contentHash = hashContent({ title, text });
    const existing = findExisting(db, feed.id, item.guid, linkKey, contentHash);
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
        excerpt: makeExcerpt(text, html),
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
    if (existing.content_hash === contentHash && existing.title === title) continue;
    if (existing.full_text === 'fetched') {
      // The full article we fetched is better than the feed's summary: only the headline moves.
      statement(
        db,
        'UPDATE articles SET title = ?, updated_at = ?, summary_html = ?, revision = revision + 1 WHERE id = ?',
      ).run(title, item.updated ?? now.toISOString(), item.summaryHtml, existing.id);
    } else {
      statement(
        db,
        `UPDATE articles SET revision = revision + 1, title = ?, author = coalesce(?, author), html = ?, text = ?, excerpt = ?,
           content_hash = ?, updated_at = ?, summary_html = ?, lead_image = coalesce(?, lead_image),
           full_text = CASE WHEN full_text = 'failed' THEN 'failed' ELSE ? END
         WHERE id = ?`,
      ).run(
        title,
        cleanAuthor(item.author),
        html,
        text,
        makeExcerpt(text, html),
        contentHash,
        item.updated ?? now.toISOString(),
        item.summaryHtml,
        item.image,
        initialFullText(feed.fullText, item, text),
        existing.id,
      );
      if (feed.images) addArticleImages(db, existing.id, html);
    }
    updated.push(existing.id);
  }
  return { added, updated };
}

function findExisting(
  db: Database,
  sourceId: SourceId,
  guid: string | null,
  linkKey: string | null,
  contentHash: string,
): ExistingRow | undefined {
  const columns = 'id, content_hash, title, full_text, updated_at';
  if (guid) {
    return statement(db, `SELECT ${columns} FROM articles WHERE source_id = ? AND guid = ?`).get(
      sourceId,
      guid,
    ) as ExistingRow | undefined;
  }
  if (linkKey) {
    return statement(
      db,
      `SELECT ${columns} FROM articles WHERE source_id = ? AND link_key = ? LIMIT 1`,
    ).get(sourceId, linkKey) as ExistingRow | undefined;
  }
  return statement(
    db,
    `SELECT ${columns} FROM articles WHERE source_id = ? AND content_hash = ? LIMIT 1`,
  ).get(sourceId, contentHash) as ExistingRow | undefined;
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
