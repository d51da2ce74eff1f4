// Tags in the database: the tagger's, the feed's, the rules' and the reader's, side by side. A
// reader's decision (an added, confirmed or removed tag) is a row the tagger never overwrites.
import {
  countriesIn,
  countryByCode,
  regionName,
  regionParent,
  regionsOf,
} from '../../shared/regions/lookup.ts';
import { iptcTopics } from '../../shared/iptc-topics.ts';
import type {
  ArticleFilter,
  ArticleId,
  NewTagRule,
  TagEdit,
  TagFacet,
  TagKind,
  TagRef,
  TagRule,
  TagSource,
} from '../../shared/model.ts';
import { inTransaction, statement, type Database } from './db.ts';

export interface StoredTag {
  kind: TagKind;
  code: string;
  label: string;
  source: Exclude<TagSource, 'user'>;
  score: number;
}

interface TagRow {
  kind: TagKind;
  code: string;
  label: string;
  source: TagSource;
  score: number;
}

const topicParent = new Map(iptcTopics.map((t) => [t.qcode, t.parent]));
const topicLabel = new Map(iptcTopics.map((t) => [t.qcode, t.label]));

export function articleTags(db: Database, id: ArticleId): TagRef[] {
  return (
    statement(
      db,
      `SELECT kind, code, label, source, score FROM article_tags
         WHERE article_id = ? AND rejected = 0 ORDER BY score DESC, label`,
    ).all(id) as unknown as TagRow[]
  ).map((row) => ({ ...row }));
}

/**
 * Replaces an article's automatic, feed and rule tags. The reader's own rows (added, confirmed,
 * removed) stay as they are and win over anything computed. Returns whether what the reader sees
 * changed; if so the article's revision moves, so search picks up the new tags.
 */
export function writeComputedTags(
  db: Database,
  id: ArticleId,
  tags: readonly StoredTag[],
  version: string,
): boolean {
  const before = visibleSignature(db, id);
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
  const changed = visibleSignature(db, id) !== before;
  statement(db, `UPDATE articles SET tagged_version = ?, revision = revision + ? WHERE id = ?`).run(
    version,
    changed ? 1 : 0,
    id,
  );
  return changed;
}

function visibleSignature(db: Database, id: ArticleId): string {
  const rows = statement(
    db,
    `SELECT kind, code FROM article_tags WHERE article_id = ? AND rejected = 0 ORDER BY kind, code`,
  ).all(id) as Array<{ kind: string; code: string }>;
  return rows.map((r) => `${r.kind}:${r.code}`).join(' ');
}

/** Applies a reader's edits. Throws with a plain message on a tag it cannot understand. */
export function applyTagEdits(db: Database, id: ArticleId, edits: readonly TagEdit[]): void {
  inTransaction(db, () => {
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
    statement(db, 'UPDATE articles SET revision = revision + 1 WHERE id = ?').run(id);
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
        throw new Error(`"${given}" is not a country code (ISO 3166-1 alpha-2, such as NE).`);
      return { code: country.code, label: country.name };
    }
    case 'region': {
      const name = regionName.get(given);
      if (!name)
        throw new Error(`"${given}" is not a region Outpost knows (such as 002 or sahel).`);
      return { code: given, label: name };
    }
    case 'topic': {
      const qcode = given.startsWith('medtop:') ? given : `medtop:${given}`;
      const label = topicLabel.get(qcode);
      if (!label)
        throw new Error(`"${given}" is not an IPTC media topic (such as medtop:11000000).`);
      return { code: qcode, label };
    }
    case 'tag': {
      const label = (tag.label ?? given).trim().replace(/\s+/g, ' ');
      if (!label) throw new Error('A tag needs a name.');
      return { code: label.toLowerCase(), label };
    }
  }
}

/** SQL that keeps articles (alias `a`) carrying a tag; regions and topics include what lies inside. */
export function tagFilterSql(tag: { kind: TagKind; code: string }): {
  sql: string;
  params: string[];
} {
  const exists = (condition: string) =>
    `EXISTS (SELECT 1 FROM article_tags t WHERE t.article_id = a.id AND t.rejected = 0 AND (${condition}))`;
  if (tag.kind === 'region') {
    const countries = countriesIn(tag.code);
    return {
      sql: exists(
        `(t.kind = 'region' AND t.code = ?)` +
          (countries.length
            ? ` OR (t.kind = 'country' AND t.code IN (${countries.map(() => '?').join(',')}))`
            : ''),
      ),
      params: [tag.code, ...countries],
    };
  }
  if (tag.kind === 'topic') {
    const codes = [
      tag.code,
      ...iptcTopics.filter((t) => t.parent === tag.code).map((t) => t.qcode),
    ];
    return {
      sql: exists(`t.kind = 'topic' AND t.code IN (${codes.map(() => '?').join(',')})`),
      params: codes,
    };
  }
  return { sql: exists('t.kind = ? AND t.code = ?'), params: [tag.kind, tag.code] };
}

/** Tag counts (all articles and unread ones) among the articles a filter selects. */
export function listTagFacets(
  db: Database,
  filter: ArticleFilter,
  filterSql: (filter: ArticleFilter) => { where: string[]; params: Array<string | number> },
): TagFacet[] {
  const { where, params } = filterSql(filter);
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
  return rows.map((row) => ({ ...row, parent: facetParent(row.kind, row.code) }));
}

function facetParent(kind: TagKind, code: string): string | null {
  if (kind === 'region') {
    const parent = regionParent.get(code);
    return parent && parent !== '001' ? parent : null;
  }
  if (kind === 'country') return countryByCode.get(code)?.parents[0] ?? null;
  if (kind === 'topic') return topicParent.get(code) ?? null;
  return null;
}

// ------------------------------------------------------------------ rules

interface RuleRow {
  id: number;
  field: TagRule['field'];
  source_id: number | null;
  pattern: string | null;
  kind: TagKind;
  code: string;
  label: string;
}

export function listTagRules(db: Database): TagRule[] {
  return (
    statement(
      db,
      'SELECT id, field, source_id, pattern, kind, code, label FROM tag_rules ORDER BY id',
    ).all() as unknown as RuleRow[]
  ).map((row) => ({
    id: row.id,
    field: row.field,
    sourceId: row.source_id,
    pattern: row.pattern,
    kind: row.kind,
    code: row.code,
    label: row.label,
  }));
}

export function insertTagRule(db: Database, rule: NewTagRule, now: Date): TagRule {
  if (rule.field === 'source') {
    if (rule.sourceId === null) throw new Error('A rule for a source needs the source.');
    const source = statement(db, 'SELECT id FROM sources WHERE id = ?').get(rule.sourceId);
    if (!source) throw new Error(`There is no source with id ${rule.sourceId}.`);
  } else if (!rule.pattern?.trim()) {
    throw new Error(`A rule on the ${rule.field} needs the words to look for.`);
  }
  const { code, label } = resolveTag(rule);
  const result = statement(
    db,
    `INSERT INTO tag_rules (field, source_id, pattern, kind, code, label, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    rule.field,
    rule.field === 'source' ? rule.sourceId : null,
    rule.field === 'source' ? null : rule.pattern!.trim(),
    rule.kind,
    code,
    label,
    now.toISOString(),
  );
  return {
    id: Number(result.lastInsertRowid),
    field: rule.field,
    sourceId: rule.field === 'source' ? rule.sourceId : null,
    pattern: rule.field === 'source' ? null : rule.pattern!.trim(),
    kind: rule.kind,
    code,
    label,
  };
}

export function deleteTagRule(db: Database, id: number): void {
  if (statement(db, 'DELETE FROM tag_rules WHERE id = ?').run(id).changes === 0)
    throw new Error(`There is no tagging rule with id ${id}.`);
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
    'SELECT id, title, text, source_id, categories FROM articles WHERE id = ?',
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

/** Articles whose automatic tags come from another tagger version (or none), newest first. */
export function listStaleTagged(db: Database, version: string, limit: number): ArticleId[] {
  return (
    statement(
      db,
      `SELECT id FROM articles WHERE tagged_version IS NOT ? ORDER BY id DESC LIMIT ?`,
    ).all(version, limit) as Array<{ id: number }>
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

/** Marks every article for re-tagging (after a rule or the reader's teaching changed). */
export function invalidateTagging(db: Database): void {
  statement(db, 'UPDATE articles SET tagged_version = NULL').run();
}

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
