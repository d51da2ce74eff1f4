// The domain types every layer speaks: articles, sources, search results, import reports.
import type { FolderId } from './feeds.ts';

export type ArticleId = number;
export type SourceId = number;

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

/** Places are countries (ISO 3166-1 alpha-2) and regions (UN M49 codes, groupings such as `sahel`). */
export type TagKind = 'country' | 'region' | 'topic' | 'tag';
export const tagKinds = ['country', 'region', 'topic', 'tag'] as const satisfies readonly TagKind[];

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

/** A reader's change to an article's tags: a removed tag stays removed when the archive is re-tagged. */
export interface TagEdit {
  action: 'add' | 'remove' | 'confirm';
  kind: TagKind;
  /** Required for places and topics; free tags take their code from the label. */
  code?: string;
  label?: string;
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

export type TagRuleField = 'source' | 'title' | 'text';

/** "Everything from source X → topic Y", "title contains … → tag Z". */
export interface TagRule {
  id: number;
  field: TagRuleField;
  /** For `source` rules. */
  sourceId: SourceId | null;
  /** For `title` / `text` rules: the words to look for (case-insensitive, whole words). */
  pattern: string | null;
  kind: TagKind;
  code: string;
  label: string;
}

export type NewTagRule = Omit<TagRule, 'id'>;

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
  /** Sanitised HTML of the body, safe to render. */
  html: string;
  regions: TagRef[];
  topics: TagRef[];
  tags: TagRef[];
}

export type ArticleView = 'all' | 'unread' | 'starred';

export interface ArticleFilter {
  view?: ArticleView;
  sourceId?: SourceId;
  /** Articles of the feeds in this folder and its subfolders. */
  folderId?: FolderId;
  /** Articles carrying this tag (a region includes the countries inside it). */
  tag?: { kind: TagKind; code: string };
  /** Published on or after / before this day (YYYY-MM-DD). */
  after?: string;
  before?: string;
  limit?: number;
  offset?: number;
}

export interface ArticlePage {
  total: number;
  articles: ArticleSummary[];
}

export type SearchSort = 'relevance' | 'date';

export interface SearchOptions {
  limit?: number;
  offset?: number;
  sort?: SearchSort;
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

/** A file's content handed over by the UI (drag and drop, file picker): base64 bytes. */
export interface ImportDocument {
  name: string;
  base64: string;
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
}
