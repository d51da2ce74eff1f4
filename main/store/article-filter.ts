// The SQL behind an article filter (view, source, folder, tag, dates): the list, the tag counts and
// the sidebar's numbers all select articles the same way.
import { countriesIn } from '../../shared/regions/lookup.ts';
import { iptcTopics } from '../../shared/iptc-topics.ts';
import type { ArticleFilter, TagKind } from '../../shared/model.ts';

/** WHERE conditions (on alias `a`) for an article filter; the list and the tag counts share them. */
export function articleFilterSql(filter: ArticleFilter): {
  where: string[];
  params: Array<string | number>;
} {
  const where: string[] = [];
  const params: Array<string | number> = [];
  if (filter.tag) {
    const tag = tagFilterSql(filter.tag);
    where.push(tag.sql);
    params.push(...tag.params);
  }
  if (filter.after) {
    where.push('coalesce(a.published_at, a.added_at) >= ?');
    params.push(filter.after);
  }
  if (filter.before) {
    where.push('coalesce(a.published_at, a.added_at) < ?');
    params.push(filter.before);
  }
  if (filter.view === 'unread') where.push('a.read = 0');
  if (filter.view === 'starred') where.push('a.starred = 1');
  if (filter.sourceId !== undefined) {
    where.push('a.source_id = ?');
    params.push(filter.sourceId);
  }
  if (filter.folderId !== undefined) {
    where.push(`a.source_id IN (SELECT id FROM sources WHERE folder_id IN (
      WITH RECURSIVE tree (id) AS (
        SELECT ? UNION ALL SELECT f.id FROM folders f JOIN tree ON f.parent_id = tree.id)
      SELECT id FROM tree))`);
    params.push(filter.folderId);
  }
  return { where, params };
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
