// Runtime schemas for every API method's arguments: untrusted callers are checked before the backend sees them.
import { z } from 'zod';
import type { ApiMethod, OutpostApi } from './api.ts';
import { fullTextPolicies } from './feeds.ts';
import { tagKinds } from './model.ts';
import { settingsPatchSchema } from './settings.ts';

const articleId = z.number().int().positive();
const count = z.number().int().min(0).max(10_000);

const tagKind = z.enum(tagKinds);
const tagCode = z.string().trim().min(1).max(200);
const tagLabel = z.string().trim().min(1).max(200);
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

const articleFilter = z.strictObject({
  view: z.enum(['all', 'unread', 'starred']).optional(),
  sourceId: z.number().int().positive().optional(),
  folderId: z.number().int().positive().optional(),
  tag: z.strictObject({ kind: tagKind, code: tagCode }).optional(),
  after: day.optional(),
  before: day.optional(),
  limit: count.optional(),
  offset: z.number().int().min(0).optional(),
});

const searchOptions = z.strictObject({
  limit: count.optional(),
  offset: z.number().int().min(0).optional(),
  sort: z.enum(['relevance', 'date']).optional(),
});

const path = z.string().min(1).max(4096);

/** 64 MB of base64 per document: bigger files are rejected before they cross the bridge. */
const importDocument = z.strictObject({
  name: z.string().min(1).max(1024),
  base64: z.string().max(64 * 1024 * 1024),
});

const sourceId = z.number().int().positive();
const folderId = z.number().int().positive();
const folderName = z.string().trim().min(1).max(200);
const feedUrl = z.string().trim().min(1).max(4096);

const feedPatch = z.strictObject({
  title: z.string().trim().min(1).max(500).optional(),
  folderId: folderId.nullable().optional(),
  intervalMinutes: z
    .number()
    .int()
    .min(5)
    .max(7 * 24 * 60)
    .nullable()
    .optional(),
  fullText: z.enum(fullTextPolicies).optional(),
  images: z.boolean().optional(),
});

const syncOptions = z.strictObject({
  feedIds: z.array(sourceId).max(100_000).optional(),
  dueOnly: z.boolean().optional(),
});

const tagEdit = z.strictObject({
  action: z.enum(['add', 'remove', 'confirm']),
  kind: tagKind,
  code: tagCode.optional(),
  label: tagLabel.optional(),
});

const newTagRule = z.strictObject({
  field: z.enum(['source', 'title', 'text']),
  sourceId: z.number().int().positive().nullable(),
  pattern: z.string().trim().min(1).max(500).nullable(),
  kind: tagKind,
  code: tagCode,
  label: tagLabel,
});

type ArgsSchemas = { [M in ApiMethod]: z.ZodType<Parameters<OutpostApi[M]>> };

export const apiArgs = {
  listArticles: z.tuple([articleFilter]),
  getArticle: z.tuple([articleId]),
  search: z.tuple([z.string().max(2000), searchOptions.optional()]),
  listSavedSearches: z.tuple([]),
  saveSearch: z.tuple([z.string().trim().min(1).max(200), z.string().trim().min(1).max(2000)]),
  deleteSavedSearch: z.tuple([z.number().int().positive()]),
  importFiles: z.tuple([z.array(path).max(10_000)]),
  importDocuments: z.tuple([z.array(importDocument).max(1000)]),
  setRead: z.tuple([articleId, z.boolean()]),
  setStarred: z.tuple([articleId, z.boolean()]),
  listSources: z.tuple([]),
  stats: z.tuple([]),
  getSettings: z.tuple([]),
  updateSettings: z.tuple([settingsPatchSchema]),
  addFeed: z.tuple([
    feedUrl,
    z.strictObject({ folderId: folderId.nullable().optional() }).optional(),
  ]),
  listFeeds: z.tuple([]),
  updateFeed: z.tuple([sourceId, feedPatch]),
  removeFeed: z.tuple([sourceId]),
  listFolders: z.tuple([]),
  createFolder: z.tuple([folderName, folderId.nullable().optional()]),
  renameFolder: z.tuple([folderId, folderName]),
  deleteFolder: z.tuple([folderId]),
  importOpml: z.tuple([z.string().max(32 * 1024 * 1024)]),
  exportOpml: z.tuple([]),
  sync: z.tuple([syncOptions.optional()]),
  cancelSync: z.tuple([]),
  getSyncProgress: z.tuple([]),
  editTags: z.tuple([articleId, z.array(tagEdit).min(1).max(100)]),
  listTagFacets: z.tuple([articleFilter]),
  listTagRules: z.tuple([]),
  addTagRule: z.tuple([newTagRule]),
  deleteTagRule: z.tuple([z.number().int().positive()]),
} satisfies ArgsSchemas;

export type ValidatedCall = { ok: true; args: unknown[] } | { ok: false; message: string };

/** Checks a call's arguments; the message names the method and the offending argument. */
export function validateArgs(method: ApiMethod, args: unknown): ValidatedCall {
  if (!Array.isArray(args))
    return { ok: false, message: `Invalid call to ${method}: arguments must be a list` };
  const list: unknown[] = [...args];
  // Trailing `undefined`s come from optional parameters left out by the caller.
  while (list.length > 0 && list[list.length - 1] === undefined) list.pop();
  const parsed = apiArgs[method].safeParse(list);
  if (parsed.success) return { ok: true, args: parsed.data as unknown[] };
  const issue = parsed.error.issues[0];
  const where = issue && issue.path.length > 0 ? ` at argument ${issue.path.join('.')}` : '';
  return {
    ok: false,
    message: `Invalid call to ${method}${where}: ${issue?.message ?? 'bad arguments'}`,
  };
}
