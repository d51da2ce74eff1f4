// What one write did, per kind of thing: every writer reports it, the backend indexes and announces
// it, and the UI patches or refreshes exactly what depends on it (never "reload everything").
import type { TagKind } from './api-inputs.ts';
import type { ArticleId, FolderId, SourceId } from './ids.ts';
import type { TagRef } from './model.ts';

export interface Delta<Id> {
  added: Id[];
  updated: Id[];
  removed: Id[];
}

/** What counts need to know about an article to follow a change to it. */
export interface ArticleFacts {
  id: ArticleId;
  sourceId: SourceId;
  read: boolean;
  starred: boolean;
  /** Published, else stored (ISO 8601 UTC): what date filters compare. */
  date: string;
}

export interface TagKey {
  kind: TagKind;
  code: string;
}

/** A tag as counts show it. */
export type ArticleTag = Pick<TagRef, 'kind' | 'code' | 'label'>;

/** An article's read or starred flag changed: both values, so counts move by exactly one. */
export interface StateChange extends ArticleFacts {
  was: { read: boolean; starred: boolean };
  /** The article's tags, so per-tag unread counts follow. */
  tags: ArticleTag[];
}

/** An article's visible places, topics or tags changed (a reader's edit, a rule, re-tagging). */
export interface TagChange extends ArticleFacts {
  /** Tags it did not show before. */
  added: TagRef[];
  /** Tags it still shows, with a new label, source or score (a reader confirmed a guess). */
  changed: TagRef[];
  removed: TagKey[];
}

export interface Changes {
  /**
   * Articles stored, deleted, or whose title, text or offline copy changed (a feed changed an
   * item, its full text or images arrived).
   */
  articles: Delta<ArticleId>;
  states: StateChange[];
  tags: TagChange[];
  /** Subscriptions: added, changed (title, folder, settings, health after a sync) or removed. */
  feeds: Delta<SourceId>;
  folders: Delta<FolderId>;
  tagRules: Delta<number>;
  savedSearches: Delta<number>;
}

/** The part of Changes a writer fills in; the rest is empty. */
export type ChangesInput = {
  [K in keyof Changes]?: Changes[K] extends Delta<infer Id> ? Partial<Delta<Id>> : Changes[K];
};

const emptyDelta = <Id>(): Delta<Id> => ({ added: [], updated: [], removed: [] });

export function changesOf(input: ChangesInput = {}): Changes {
  const delta = <Id>(part: Partial<Delta<Id>> | undefined): Delta<Id> => ({
    ...emptyDelta<Id>(),
    ...part,
  });
  return {
    articles: delta(input.articles),
    states: input.states ?? [],
    tags: input.tags ?? [],
    feeds: delta(input.feeds),
    folders: delta(input.folders),
    tagRules: delta(input.tagRules),
    savedSearches: delta(input.savedSearches),
  };
}

const deltaIsEmpty = (delta: Delta<unknown>) =>
  delta.added.length === 0 && delta.updated.length === 0 && delta.removed.length === 0;

export function isEmptyChanges(changes: Changes): boolean {
  return (
    deltaIsEmpty(changes.articles) &&
    changes.states.length === 0 &&
    changes.tags.length === 0 &&
    deltaIsEmpty(changes.feeds) &&
    deltaIsEmpty(changes.folders) &&
    deltaIsEmpty(changes.tagRules) &&
    deltaIsEmpty(changes.savedSearches)
  );
}

export const tagKeyOf = (tag: TagKey): string => `${tag.kind}:${tag.code}`;
