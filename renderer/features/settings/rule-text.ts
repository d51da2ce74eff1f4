// Tagging rules in words: "Everything from Herald → Politics", "Title contains “election” → tag: vote".
import type { NewTagRule, Source, TagKind, TagRule, TagRuleField } from '../../../shared/model.ts';
import { displayLabel } from '../tags/tag-catalog.ts';

export const ruleFields: ReadonlyArray<{ value: TagRuleField; label: string }> = [
  { value: 'source', label: 'Everything from' },
  { value: 'title', label: 'Title contains' },
  { value: 'text', label: 'Text contains' },
];

/** What a rule puts on: "Politics", "Niger", "tag: vote". */
export function describeRuleTag(tag: { kind: TagKind; code: string; label: string }): string {
  return tag.kind === 'tag' ? `tag: ${tag.label}` : displayLabel(tag);
}

/** The condition half of a rule, as the list shows it. */
export function describeRuleCondition(
  rule: Pick<TagRule, 'field' | 'sourceId' | 'pattern'>,
  sources: readonly Pick<Source, 'id' | 'title'>[],
): string {
  if (rule.field === 'source') {
    const source = sources.find((candidate) => candidate.id === rule.sourceId);
    return `Everything from ${source?.title ?? 'a source no longer in the library'}`;
  }
  const where = rule.field === 'title' ? 'Title' : 'Text';
  return `${where} contains “${rule.pattern ?? ''}”`;
}

export function describeRule(
  rule: TagRule,
  sources: readonly Pick<Source, 'id' | 'title'>[],
): string {
  return `${describeRuleCondition(rule, sources)} → ${describeRuleTag(rule)}`;
}

export interface RuleDraft {
  field: TagRuleField;
  sourceId: number | null;
  pattern: string;
  tag: { kind: TagKind; code: string; label: string } | null;
}

/** The rule a draft describes, or the sentence saying what it still lacks. */
export function ruleFromDraft(draft: RuleDraft): { rule: NewTagRule } | { problem: string } {
  if (draft.field === 'source' && draft.sourceId === null) {
    return { problem: 'Choose the source whose articles the rule tags.' };
  }
  const pattern = draft.pattern.trim().replace(/\s+/g, ' ');
  if (draft.field !== 'source' && !pattern) {
    return {
      problem: `Type the words the ${draft.field === 'title' ? 'title' : 'text'} must contain.`,
    };
  }
  if (!draft.tag) return { problem: 'Choose the tag to put on: a topic, a place or a new tag.' };
  return {
    rule: {
      field: draft.field,
      sourceId: draft.field === 'source' ? draft.sourceId : null,
      pattern: draft.field === 'source' ? null : pattern,
      kind: draft.tag.kind,
      code: draft.tag.code,
      label: draft.tag.label,
    },
  };
}
