// Tags in the database: the tagger's, the feed's, the rules' and the reader's, side by side. A
// reader's decision (an added, confirmed or removed tag) is a row the tagger never overwrites.
import { OutpostError } from '../../shared/api-reply.ts';
import type { ArticleTag, TagChange } from '../../shared/changes.ts';
import { tagKeyOf } from '../../shared/changes.ts';
import { iptcTopics } from '../../shared/iptc-topics.ts';
import type {
  ArticleFilter,
  ArticleId,
  TagEdit,
  TagFacet,
  TagKind,
  TagRef,
  TagSource,
} from '../../shared/model.ts';
import { countryByCode, regionName, regionsOf } from '../../shared/regions/lookup.ts';
import { tagParent } from '../../shared/tag-parent.ts';
import { articleFacts } from './article-facts.ts';
import { articleFilterSql } from './article-filter.ts';
import { inTransaction, statement, type Database } from './db.ts';

export interface StoredTag {
  kind: TagKind;
  code: string;
  label: string;
  source: Exclude<TagSource, 'user'>;
  score: number;
}

/** How an article's visible tags moved; a TagChange once the article's facts are added. */
export type TagDiff = Pick<TagChange, 'added' | 'changed' | 'removed'>;

const topicLabel = new Map(iptcTopics.map((t) => [t.qcode, t.label]));

/** The tags an article shows (the reader's removals hidden), best first. */
export function articleTags(db: Database, id: ArticleId): TagRef[] {
  return (
    statement(
      db,
      `SELECT kind, code, label, source, score FROM article_tags
         WHERE article_id = ? AND rejected = 0 ORDER BY score DESC, label`,
    ).all(id) as unknown as TagRef[]
  ).map((row) => ({ ...row }));
}

export function visibleTags(db: Database, id: ArticleId): ArticleTag[] {
  return (
    statement(
      db,
      'SELECT kind, code, label FROM article_tags WHERE article_id = ? AND rejected = 0',
    ).all(id) as unknown as ArticleTag[]
  ).map((row) => ({ kind: row.kind, code: row.code, label: row.label }));
}

function diffTags(before: readonly TagRef[], after: readonly TagRef[]): TagDiff {
  const old = new Map(before.map((tag) => [tagKeyOf(tag), tag]));
  const now = new Map(after.map((tag) => [tagKeyOf(tag), tag]));
  const diff: TagDiff = { added: [], changed: [], removed: [] };
  for (const [key, tag] of now) {
    const was = old.get(key);
    if (!was) diff.added.push(tag);
    else if (was.label !== tag.label || was.source !== tag.source || was.score !== tag.score)
      diff.changed.push(tag);
  }
  for (const [key, tag] of old) {
    if (!now.has(key)) diff.removed.push({ kind: tag.kind, code: tag.code });
  }
  return diff;
}

/** The diffs with the facts of their articles (deleted articles are left out). */
export function toTagChanges(db: Database, diffs: ReadonlyMap<ArticleId, TagDiff>): TagChange[] {
  const facts = articleFacts(db, [...diffs.keys()]);
  return [...diffs].flatMap(([id, diff]) => {
    const article = facts.get(id);
    return article ? [{ ...article, ...diff }] : [];
  });
}

/**
 * Replaces an article's automatic, feed and rule tags. The reader's own rows (added, confirmed,
 * removed) stay as they are and win over anything computed. Returns how the tags the reader sees
 * moved, or null when they are the same ones (scores may have shifted); if they moved, the
 * article's revision moves too, so search picks up the new tags.
 */
export function writeComputedTags(
  db: Database,
  id: ArticleId,
  tags: readonly StoredTag[],
  version: string,
): TagDiff | null {
  const before = articleTags(db, id);
  statement(
    db,
    `DELETE FROM article_tags WHERE article_id = ? AND rejected = 0 AND source IN ('auto', 'feed', 'rule')`,
  ).run(id);
  const insert = statement(
    db,
    `INSERT INTO article_tags (article_id, kind, code, label, source, score) VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT (article_id, kind, code) DO NOTHING`,
  );
  for (const tag of tags) insert.run(id, tag.kind, tag.code, tag.label, tag.source, tag.score);
  const diff = diffTags(before, articleTags(db, id));
  const moved = diff.added.length > 0 || diff.removed.length > 0;
  statement(db, `UPDATE articles SET tagged_version = ?, revision = revision + ? WHERE id = ?`).run(
    version,
    moved ? 1 : 0,
    id,
  );
  return moved ? diff : null;
}

/** Applies a reader's edits and returns how the article's tags moved (null: not at all). */
export function applyTagEdits(
  db: Database,
  id: ArticleId,
  edits: readonly TagEdit[],
): TagDiff | null {
  return inTransaction(db, () => {
    const before = articleTags(db, id);
    for (const edit of edits) {
      const { code, label } = resolveTag(edit);
      if (edit.action === 'remove') {
        statement(
          db,
          `INSERT INTO article_tags (article_id, kind, code, label, source, score, rejected)
             VALUES (?, ?, ?, ?, 'user', 0, 1)
           ON CONFLICT (article_id, kind, code) DO UPDATE SET rejected = 1, source = 'user'`,
        ).run(id, edit.kind, code, label);
        continue;
      }
      const upsert = statement(
        db,
        `INSERT INTO article_tags (article_id, kind, code, label, source, score, rejected)
           VALUES (?, ?, ?, ?, 'user', 1, 0)
         ON CONFLICT (article_id, kind, code) DO UPDATE SET rejected = 0, source = 'user', score = 1`,
      );
      upsert.run(id, edit.kind, code, label);
      // A country the reader adds puts the article in its regions too (again, if removed before).
      if (edit.kind === 'country' && edit.action === 'add') {
        for (const region of regionsOf(code))
          upsert.run(id, 'region', region, regionName.get(region) ?? region);
      }
    }
    const diff = diffTags(before, articleTags(db, id));
    if (diff.added.length + diff.changed.length + diff.removed.length === 0) return null;
    statement(db, 'UPDATE articles SET revision = revision + 1 WHERE id = ?').run(id);
    return diff;
  });
}

/** The code and label of a tag named in an edit or a rule; free tags are folded to lower case. */
export function resolveTag(tag: { kind: TagKind; code?: string | null; label?: string | null }): {
  code: string;
  label: string;
} {
  const given = (tag.code ?? '').trim();
  switch (tag.kind) {
    case 'country': {
      const country = countryByCode.get(given.toUpperCase());
      if (!country)
        throw new OutpostError(
          'invalid',
          `"${given}" is not a country code (ISO 3166-1 alpha-2, such as NE).`,
        );
      return { code: country.code, label: country.name };
    }
    case 'region': {
      const name = regionName.get(given);
      if (!name)
        throw new OutpostError(
          'invalid',
          `"${given}" is not a region Outpost knows (such as 002 or sahel).`,
        );
      return { code: given, label: name };
    }
    case 'topic': {
      const qcode = given.startsWith('medtop:') ? given : `medtop:${given}`;
      const label = topicLabel.get(qcode);
      if (!label)
        throw new OutpostError(
          'invalid',
          `"${given}" is not an IPTC media topic (such as medtop:11000000).`,
        );
      return { code: qcode, label };
    }
    case 'tag': {
      const label = (tag.label ?? given).trim().replace(/\s+/g, ' ');
      if (!label) throw new OutpostError('invalid', 'A tag needs a name.');
      return { code: label.toLowerCase(), label };
    }
  }
}

/** Tag counts (all articles and unread ones) among the articles a filter selects. */
export function listTagFacets(db: Database, filter: ArticleFilter): TagFacet[] {
  const { where, params } = articleFilterSql(filter);
  const rows = db
    .prepare(
      // Driven from the small articles_state index into each article's tags (its primary key
      // starts with the article): ~3× faster than visiting the large article rows per tag.
      `SELECT t.kind, t.code, max(t.label) AS label, count(*) AS count, coalesce(sum(a.read = 0), 0) AS unread
         FROM articles a INDEXED BY articles_state CROSS JOIN article_tags t ON t.article_id = a.id
        WHERE t.rejected = 0 ${where.length ? `AND ${where.join(' AND ')}` : ''}
        GROUP BY t.kind, t.code ORDER BY count DESC, label`,
    )
    .all(...params) as Array<{
    kind: TagKind;
    code: string;
    label: string;
    count: number;
    unread: number;
  }>;
  return rows.map((row) => ({ ...row, parent: tagParent(row.kind, row.code) }));
}

// ------------------------------------------------------------------ tagging work

export interface TaggableRow {
  id: number;
  title: string;
  text: string;
  sourceId: number;
  categories: string[];
}

export function readTaggable(db: Database, ids: readonly ArticleId[]): TaggableRow[] {
  const rows: TaggableRow[] = [];
  const select = statement(
    db,
    // Places and topics show in the opening of an article; a book-length import is read no further
    // than its first 100,000 characters, so tagging it stays a matter of milliseconds.
    'SELECT id, title, substr(text, 1, 100000) AS text, source_id, categories FROM articles WHERE id = ?',
  );
  for (const id of ids) {
    const row = select.get(id) as
      | { id: number; title: string; text: string; source_id: number; categories: string | null }
      | undefined;
    if (!row) continue;
    let categories: string[] = [];
    try {
      const parsed: unknown = row.categories ? JSON.parse(row.categories) : [];
      if (Array.isArray(parsed))
        categories = parsed.filter((c): c is string => typeof c === 'string');
    } catch {
      // A damaged category list only loses the feed's categories.
    }
    rows.push({
      id: row.id,
      title: row.title,
      text: row.text,
      sourceId: row.source_id,
      categories,
    });
  }
  return rows;
}

/**
 * Articles whose automatic tags come from another tagger version, newest first; those never tagged
 * at all (stored by a process that stopped before tagging them) come before any other.
 */
export function listStaleTagged(db: Database, version: string, limit: number): ArticleId[] {
  return (
    statement(
      db,
      `SELECT id FROM articles WHERE tagged_version IS NOT ?
        ORDER BY tagged_version IS NULL DESC, id DESC LIMIT ?`,
    ).all(version, limit) as Array<{ id: number }>
  ).map((row) => row.id);
}

/** Articles stored but never tagged: work a writer started and did not finish. */
export function listNeverTagged(db: Database, limit: number): ArticleId[] {
  return (
    statement(db, 'SELECT id FROM articles WHERE tagged_version IS NULL LIMIT ?').all(
      limit,
    ) as Array<{ id: number }>
  ).map((row) => row.id);
}

export function isStaleTagged(db: Database, id: ArticleId, version: string): boolean {
  const row = statement(db, 'SELECT tagged_version FROM articles WHERE id = ?').get(id) as
    { tagged_version: string | null } | undefined;
  return row !== undefined && row.tagged_version !== version;
}

export function countStaleTagged(db: Database, version: string): number {
  return (
    statement(db, 'SELECT count(*) AS n FROM articles WHERE tagged_version IS NOT ?').get(
      version,
    ) as {
      n: number;
    }
  ).n;
}

/**
 * Marks every article for re-tagging in the background (after a rule or the reader's teaching
 * changed). Not NULL, which means "never tagged": those are tagged before any search answers.
 */
export function invalidateTagging(db: Database): void {
  statement(
    db,
    `UPDATE articles SET tagged_version = '${RETAG}' WHERE tagged_version IS NOT NULL`,
  ).run();
}

/** The version of articles whose tags a rule or a lesson made out of date. */
const RETAG = 'retag';

/** The reader's topic decisions with the articles' text: what the learned model trains on. */
export function topicExamples(
  db: Database,
  limit = 2000,
): Array<{ qcode: string; text: string; positive: boolean }> {
  return (
    statement(
      db,
      `SELECT t.code AS qcode, a.title || char(10) || substr(a.text, 1, 4000) AS text, t.rejected = 0 AS positive
         FROM article_tags t JOIN articles a ON a.id = t.article_id
        WHERE t.kind = 'topic' AND t.source = 'user' ORDER BY a.id DESC LIMIT ?`,
    ).all(limit) as Array<{ qcode: string; text: string; positive: number }>
  ).map((row) => ({ qcode: row.qcode, text: row.text, positive: row.positive === 1 }));
}

/** A spread of the archive's texts, the background the learned model compares against. */
export function backgroundTexts(db: Database, count = 300): string[] {
  return (
    statement(
      db,
      `SELECT a.title || char(10) || substr(a.text, 1, 2000) AS text FROM articles a
        WHERE a.id % max(1, (SELECT count(*) FROM articles) / ?) = 0 LIMIT ?`,
    ).all(count, count) as Array<{ text: string }>
  ).map((row) => row.text);
}

/** Region, topic and tag words per article for the search index. */
export function indexTags(db: Database, ids: readonly ArticleId[]): Map<ArticleId, string> {
  const out = new Map<ArticleId, string>();
  const select = statement(
    db,
    'SELECT kind, code, label FROM article_tags WHERE article_id = ? AND rejected = 0',
  );
  for (const id of ids) {
    const rows = select.all(id) as Array<{ kind: TagKind; code: string; label: string }>;
    if (rows.length === 0) continue;
    out.set(
      id,
      rows
        .map((row) =>
          row.kind === 'topic' || /^\d+$/.test(row.code) ? row.label : `${row.label} ${row.code}`,
        )
        .join(' · '),
    );
  }
  return out;
}
