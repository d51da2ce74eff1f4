// What the API accepts, as runtime schemas: the TypeScript types of every input are inferred from
// them, so a field added here is checked at run time too, and one not added here does not compile.
// zod/mini: the preload and the renderer carry these modules, and mini keeps them small.
import * as z from 'zod/mini';

const positive = () => z.int().check(z.positive());
export const articleId = positive();
export const sourceId = positive();
export const folderId = positive();
/** Saved searches and tagging rules. */
export const rowId = positive();
const count = z.int().check(z.minimum(0), z.maximum(10_000));
const offset = z.int().check(z.minimum(0));
/** A day as YYYY-MM-DD. */
const day = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));
/** Trimmed, then between `min` and `max` characters. */
const trimmed = (min: number, max: number) =>
  z.string().check(z.trim(), z.minLength(min), z.maxLength(max));

/** Places are countries (ISO 3166-1 alpha-2) and regions (UN M49 codes, groupings such as `sahel`). */
export const tagKinds = ['country', 'region', 'topic', 'tag'] as const;
export const tagKind = z.enum(tagKinds);
export type TagKind = z.infer<typeof tagKind>;

const tagCode = trimmed(1, 200);
const tagLabel = trimmed(1, 200);

export const articleView = z.enum(['all', 'unread', 'starred']);
export type ArticleView = z.infer<typeof articleView>;

export const articleFilter = z.strictObject({
  view: z.optional(articleView),
  sourceId: z.optional(sourceId),
  /** Articles of the feeds in this folder and its subfolders. */
  folderId: z.optional(folderId),
  /** Articles carrying this tag (a region includes the countries inside it). */
  tag: z.optional(z.strictObject({ kind: tagKind, code: tagCode })),
  /** Published on or after / before this day (YYYY-MM-DD). */
  after: z.optional(day),
  before: z.optional(day),
  limit: z.optional(count),
  offset: z.optional(offset),
});
export type ArticleFilter = z.infer<typeof articleFilter>;

export const searchSort = z.enum(['relevance', 'date']);
export type SearchSort = z.infer<typeof searchSort>;

export const searchOptions = z.strictObject({
  limit: z.optional(count),
  offset: z.optional(offset),
  sort: z.optional(searchSort),
});
export type SearchOptions = z.infer<typeof searchOptions>;

export const searchQuery = z.string().check(z.maxLength(2000));

/** 64 MB of base64 per document: bigger files are rejected before they cross the bridge. */
export const importDocument = z.strictObject({
  name: z.string().check(z.minLength(1), z.maxLength(1024)),
  base64: z.string().check(z.maxLength(64 * 1024 * 1024)),
});
/** A file's content handed over by the UI (drag and drop, file picker): base64 bytes. */
export type ImportDocument = z.infer<typeof importDocument>;

export const filePath = z.string().check(z.minLength(1), z.maxLength(4096));

/** A reader's change to an article's tags: a removed tag stays removed when the archive is re-tagged. */
export const tagEdit = z.strictObject({
  action: z.enum(['add', 'remove', 'confirm']),
  kind: tagKind,
  /** Required for places and topics; free tags take their code from the label. */
  code: z.optional(tagCode),
  label: z.optional(tagLabel),
});
export type TagEdit = z.infer<typeof tagEdit>;

export const tagRuleField = z.enum(['source', 'title', 'text']);
export type TagRuleField = z.infer<typeof tagRuleField>;

/** "Everything from source X → topic Y", "title contains … → tag Z". */
export const newTagRule = z.strictObject({
  field: tagRuleField,
  /** For `source` rules. */
  sourceId: z.nullable(sourceId),
  /** For `title` / `text` rules: the words to look for (case-insensitive, whole words). */
  pattern: z.nullable(trimmed(1, 500)),
  kind: tagKind,
  code: tagCode,
  label: tagLabel,
});
export type NewTagRule = z.infer<typeof newTagRule>;

/** When to fetch the full article page rather than keep what the feed carries. */
export const fullTextPolicies = ['feed', 'when-summary', 'always'] as const;
export const fullTextPolicy = z.enum(fullTextPolicies);
export type FullTextPolicy = z.infer<typeof fullTextPolicy>;

export const feedUrl = trimmed(1, 4096);
export const folderName = trimmed(1, 200);

export const feedPatch = z.strictObject({
  title: z.optional(trimmed(1, 500)),
  folderId: z.optional(z.nullable(folderId)),
  /** Minutes between syncs; null means the app-wide setting. */
  intervalMinutes: z.optional(z.nullable(z.int().check(z.minimum(5), z.maximum(7 * 24 * 60)))),
  fullText: z.optional(fullTextPolicy),
  images: z.optional(z.boolean()),
});
export type FeedPatch = z.infer<typeof feedPatch>;

export const addFeedOptions = z.strictObject({ folderId: z.optional(z.nullable(folderId)) });
export type AddFeedOptions = z.infer<typeof addFeedOptions>;

export const syncOptions = z.strictObject({
  /** Only these feeds; all subscribed feeds when absent. */
  feedIds: z.optional(z.array(sourceId).check(z.maxLength(100_000))),
  /** Only feeds whose next attempt has come (the scheduler's mode). */
  dueOnly: z.optional(z.boolean()),
});
export type SyncOptions = z.infer<typeof syncOptions>;
