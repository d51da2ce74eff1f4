// The domain types every layer speaks: articles, sources, search results, import reports. What the
// API accepts (filters, edits, options) is declared by its schemas in api-inputs.ts.
import type { ArticleId, FolderId, SourceId } from './ids.ts';
import type { NewTagRule, TagKind } from './api-inputs.ts';

export type { ArticleId, SourceId } from './ids.ts';
export type {
  ArticleFilter,
  ArticleView,
  ImportDocument,
  NewTagRule,
  SearchOptions,
  SearchSort,
  TagEdit,
  TagKind,
  TagRuleField,
} from './api-inputs.ts';
export { tagKinds } from './api-inputs.ts';

/** Where an article came from: a local import or a subscribed feed. */
export type SourceKind = 'local' | 'feed';

export interface Source {
  id: SourceId;
  kind: SourceKind;
  title: string;
  url: string | null;
  folderId: FolderId | null;
  /** A feed that was unsubscribed but still holds starred articles. */
  archived: boolean;
  /** The feed's last sync error, in plain words, or null. */
  error: string | null;
  articleCount: number;
  unreadCount: number;
}

/** Who put a tag on: the tagger, the feed's own categories, a rule, or the reader. */
export type TagSource = 'auto' | 'feed' | 'rule' | 'user';

/** A tag attached to an article (regions, topics and free-form tags share this shape). */
export interface TagRef {
  kind: TagKind;
  /** Country code, region code, IPTC qcode (`medtop:…`), or the free tag's folded name. */
  code: string;
  label: string;
  source: TagSource;
  /** 0..1; the reader's own tags score 1. */
  score: number;
}

/** How many articles (and unread ones) carry a tag, within a filter. */
export interface TagFacet {
  kind: TagKind;
  code: string;
  label: string;
  /** The enclosing region for regions and countries, the parent topic for topics, else null. */
  parent: string | null;
  count: number;
  unread: number;
}

/** "Everything from source X → topic Y", "title contains … → tag Z". */
export type TagRule = NewTagRule & { id: number };

/** What the article list needs: no body text. */
export interface ArticleSummary {
  id: ArticleId;
  title: string;
  sourceId: SourceId;
  source: string;
  section: string | null;
  author: string | null;
  /** ISO 8601 UTC, or null when the article carries no date. */
  published: string | null;
  /** ISO 8601 UTC: when Outpost stored it. */
  added: string;
  excerpt: string;
  read: boolean;
  starred: boolean;
  offline: OfflineState;
}

/**
 * How much of an article can be read with no network: everything, the text without some
 * images, or only the feed's summary (the full article could not be fetched yet).
 */
export type OfflineState = 'complete' | 'images-pending' | 'summary-only';

export interface Article extends ArticleSummary {
  url: string | null;
  /** Plain text of the body (paragraphs separated by blank lines). */
  text: string;
  /**
   * Sanitised HTML of the body, safe to render, as it reads offline: images from the offline
   * cache, and a placeholder for each one that is not saved.
   */
  html: string;
  /** Images shown as placeholders: not saved for offline reading (loadImages tries them now). */
  missingImages: number;
  regions: TagRef[];
  topics: TagRef[];
  tags: TagRef[];
}

export interface ArticlePage {
  total: number;
  articles: ArticleSummary[];
}

export interface SearchHit {
  id: ArticleId;
  title: string;
  score: number;
  /** Plain text around the best match. */
  snippet: string;
  /** [start, end) character ranges of matched words inside `snippet`. */
  highlights: Array<[number, number]>;
  published: string | null;
  /** ISO 8601 UTC: when Outpost stored it (for undated articles). */
  added: string;
  source: string;
  read: boolean;
  starred: boolean;
  offline: OfflineState;
  regions: string[];
  topics: string[];
}

export interface SearchFacets {
  source: Record<string, number>;
  year: Record<string, number>;
  region: Record<string, number>;
  topic: Record<string, number>;
  /** Country codes (ISO alpha-2) → articles, for the map. */
  country: Record<string, number>;
}

export interface SearchResult {
  total: number;
  hits: SearchHit[];
  /**
   * Counts over the whole result set, not just the page: source names, publication years, and
   * (once articles are tagged) region and topic labels.
   */
  facets: SearchFacets;
  /** Words the query matched on, for highlighting in the list and the reader. */
  terms: string[];
  /** A message the user can act on when the query could not be understood. */
  problem: string | null;
  /** Something to know about these results, e.g. that older articles are still being loaded. */
  notice: string | null;
}

export type ImportItem =
  | { path: string; status: 'imported'; id: ArticleId; title: string }
  | { path: string; status: 'duplicate'; id: ArticleId; title: string }
  | { path: string; status: 'failed'; error: string };

export interface ImportReport {
  imported: number;
  duplicates: number;
  failed: Array<{ path: string; error: string }>;
  items: ImportItem[];
}

/** A search kept in the sidebar as a smart folder. */
export interface SavedSearch {
  id: number;
  name: string;
  query: string;
  /** Matching articles, and how many of them are unread. */
  total: number;
  unread: number;
}

export interface Stats {
  articles: number;
  unread: number;
  starred: number;
  sources: number;
  dataDir: string;
  databaseBytes: number;
  index: {
    state: 'loading' | 'indexing' | 'ready';
    documents: number;
    segments: number;
    /** Articles stored but not yet searchable. */
    pendingArticles: number;
    bytesOnDisk: number;
    notice: string | null;
  };
  tagging: {
    /** The gazetteer and topic lexicon in use. */
    version: string;
    /** Articles still to be (re-)tagged in the background. */
    pendingArticles: number;
  };
  /** What the reader should know that no call asked about (settings reset, search stopped). */
  notices: string[];
}
