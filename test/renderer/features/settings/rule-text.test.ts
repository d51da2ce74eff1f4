// Tagging rules in words, and the form's draft turned into a rule or a plain sentence of what is missing.
import { describe, expect, it } from 'vitest';
import type { TagRule } from '../../../../shared/model.ts';
import { describeRule, ruleFromDraft } from '../../../../renderer/features/settings/rule-text.ts';

const sources = [{ id: 3, title: 'Herald' }];
const rule = (patch: Partial<TagRule>): TagRule => ({
  id: 1,
  field: 'title',
  sourceId: null,
  pattern: 'election',
  kind: 'tag',
  code: 'vote',
  label: 'vote',
  ...patch,
});

describe('describeRule', () => {
  it('reads a source rule with the source’s name and the topic capitalised', () => {
    expect(
      describeRule(
        rule({
          field: 'source',
          sourceId: 3,
          pattern: null,
          kind: 'topic',
          code: 'medtop:11000000',
          label: 'politics',
        }),
        sources,
      ),
    ).toBe('Everything from Herald → Politics');
  });

  it('reads word rules with the words in quotes and free tags as "tag:"', () => {
    expect(describeRule(rule({}), sources)).toBe('Title contains “election” → tag: vote');
    expect(
      describeRule(
        rule({ field: 'text', pattern: 'Sahel', kind: 'region', code: 'sahel', label: 'Sahel' }),
        sources,
      ),
    ).toBe('Text contains “Sahel” → Sahel');
  });

  it('still reads when the source is gone', () => {
    expect(describeRule(rule({ field: 'source', sourceId: 99, pattern: null }), sources)).toBe(
      'Everything from a source no longer in the library → tag: vote',
    );
  });
});

describe('ruleFromDraft', () => {
  const tag = { kind: 'topic' as const, code: 'medtop:15000000', label: 'Sport' };

  it('builds a word rule with the words trimmed and no source', () => {
    expect(ruleFromDraft({ field: 'title', sourceId: 3, pattern: '  world   cup ', tag })).toEqual({
      rule: { field: 'title', sourceId: null, pattern: 'world cup', ...tag },
    });
  });

  it('builds a source rule without words', () => {
    expect(ruleFromDraft({ field: 'source', sourceId: 3, pattern: 'ignored', tag })).toEqual({
      rule: { field: 'source', sourceId: 3, pattern: null, ...tag },
    });
  });

  it('says what is missing', () => {
    expect(ruleFromDraft({ field: 'source', sourceId: null, pattern: '', tag })).toEqual({
      problem: 'Choose the source whose articles the rule tags.',
    });
    expect(ruleFromDraft({ field: 'text', sourceId: null, pattern: ' ', tag })).toEqual({
      problem: 'Type the words the text must contain.',
    });
    expect(ruleFromDraft({ field: 'title', sourceId: null, pattern: 'goal', tag: null })).toEqual({
      problem: 'Choose the tag to put on: a topic, a place or a new tag.',
    });
  });
});
