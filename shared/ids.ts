// The identifiers every layer passes around; the entities they name live in model.ts and feeds.ts.

export type ArticleId = number;
export type SourceId = number;
export type FolderId = number;
