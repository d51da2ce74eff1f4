// Tagging rules: "everything from this feed", "every title containing …" → a place, topic or tag.
import { OutpostError } from '../../shared/api-reply.ts';
import type { NewTagRule, TagKind, TagRule } from '../../shared/model.ts';
import { statement, type Database } from './db.ts';
import { resolveTag } from './tags.ts';

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
    if (rule.sourceId === null)
      throw new OutpostError('invalid', 'A rule for a source needs the source.');
    const source = statement(db, 'SELECT id FROM sources WHERE id = ?').get(rule.sourceId);
    if (!source)
      throw new OutpostError('not-found', `There is no source with id ${rule.sourceId}.`);
  } else if (!rule.pattern?.trim()) {
    throw new OutpostError('invalid', `A rule on the ${rule.field} needs the words to look for.`);
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
    throw new OutpostError('not-found', `There is no tagging rule with id ${id}.`);
}
