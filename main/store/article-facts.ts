// The few facts about an article that counts depend on (source, reading state, date), for changes.
import type { ArticleFacts } from '../../shared/changes.ts';
import type { ArticleId } from '../../shared/model.ts';
import { statement, type Database } from './db.ts';

export interface FactsRow {
  id: number;
  source_id: number;
  read: number;
  starred: number;
  date: string;
}

export const factsColumns =
  'a.id, a.source_id, a.read, a.starred, coalesce(a.published_at, a.added_at) AS date';

export function toFacts(row: FactsRow): ArticleFacts {
  return {
    id: row.id,
    sourceId: row.source_id,
    read: row.read === 1,
    starred: row.starred === 1,
    date: row.date,
  };
}

/** What counts need to know of these articles (missing ids are skipped). */
export function articleFacts(
  db: Database,
  ids: readonly ArticleId[],
): Map<ArticleId, ArticleFacts> {
  const facts = new Map<ArticleId, ArticleFacts>();
  for (let start = 0; start < ids.length; start += 500) {
    const chunk = ids.slice(start, start + 500);
    const rows = statement(
      db,
      `SELECT ${factsColumns} FROM articles a WHERE a.id IN (${chunk.map(() => '?').join(',')})`,
    ).all(...chunk) as unknown as FactsRow[];
    for (const row of rows) facts.set(row.id, toFacts(row));
  }
  return facts;
}
