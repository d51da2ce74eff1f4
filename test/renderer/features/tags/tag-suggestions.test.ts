// Suggestion matching for the tag picker: whole names and word starts first, accents ignored, a new tag last.
import { describe, expect, it } from 'vitest';
import { tagCatalog } from '../../../../renderer/features/tags/tag-catalog.ts';
import type { TagChoice } from '../../../../renderer/features/tags/tag-catalog.ts';
import { suggestTags, tagKey } from '../../../../renderer/features/tags/tag-suggestions.ts';

const catalog = tagCatalog();
const labels = (text: string, options?: Parameters<typeof suggestTags>[2]) =>
  suggestTags(catalog, text, options).map((option) => option.label);

describe('suggestTags', () => {
  it('offers nothing for an empty field', () => {
    expect(suggestTags(catalog, '   ')).toEqual([]);
  });

  it('puts names that start with the text first, countries before regions, then a new tag', () => {
    const found = labels('niger');
    expect(found[0]).toBe('Niger');
    expect(found[1]).toBe('Nigeria');
    expect(found.at(-1)).toBe('niger');
    expect(suggestTags(catalog, 'niger').at(-1)).toMatchObject({ kind: 'tag', isNew: true });
  });

  it('finds a topic by its label, capitalised, with level-1 topics before their subtopics', () => {
    const [first, ...rest] = suggestTags(catalog, 'sport');
    expect(first).toMatchObject({ kind: 'topic', code: 'medtop:15000000', label: 'Sport' });
    const sub = rest.find((option) => option.kind === 'topic');
    expect(sub?.hint).toBe('Topic in Sport');
  });

  it('matches the start of any word, but inside a word only from four letters on', () => {
    expect(labels('africa', { limit: 20 })).toEqual(
      expect.arrayContaining(['Africa', 'Western Africa', 'Sub-Saharan Africa']),
    );
    expect(labels('saharan')).toContain('Sub-Saharan Africa');
    // "cha" is inside "exchange": too short to match there.
    expect(labels('cha', { allowNew: false })).not.toContain('Market and exchange');
    expect(labels('chan', { allowNew: false })).toContain('Market and exchange');
  });

  it('ignores case and accents, and finds countries by their other names', () => {
    expect(labels('cote d')[0]).toBe("Côte d'Ivoire");
    expect(labels('TURKIYE')[0]).toBe('Türkiye');
    expect(labels('ivory coast')[0]).toBe("Côte d'Ivoire");
    expect(labels('Turkey')[0]).toBe('Türkiye');
  });

  it('leaves out tags the article already has', () => {
    const exclude = new Set([tagKey({ kind: 'country', code: 'NE' })]);
    expect(labels('niger', { exclude })).not.toContain('Niger');
    expect(labels('niger', { exclude })[0]).toBe('Nigeria');
  });

  it('makes typed text a new free tag, trimmed, unless that tag exists or is excluded', () => {
    const [only] = suggestTags(catalog, '  follow   up ');
    expect(only).toEqual({
      kind: 'tag',
      code: 'follow up',
      label: 'follow up',
      hint: 'New tag',
      isNew: true,
    });
    const known: TagChoice = {
      kind: 'tag',
      code: 'follow up',
      label: 'Follow up',
      hint: 'Your tag',
      aliases: [],
      depth: 0,
    };
    const withKnown = suggestTags([known, ...catalog], 'follow up');
    expect(withKnown).toHaveLength(1);
    expect(withKnown[0]).toMatchObject({ label: 'Follow up', isNew: false });
    const excluded = new Set(['tag:follow up']);
    expect(suggestTags(catalog, 'Follow Up', { exclude: excluded })).toEqual([]);
    expect(suggestTags(catalog, 'follow up', { allowNew: false })).toEqual([]);
  });

  it('keeps to the limit, plus the new tag', () => {
    const options = suggestTags(catalog, 'a', { limit: 5 });
    expect(options).toHaveLength(6);
    expect(options.at(-1)?.isNew).toBe(true);
  });

  it('treats the typed text literally, not as a pattern', () => {
    expect(() => suggestTags(catalog, '(a+')).not.toThrow();
    expect(labels('(a+', { allowNew: false })).toEqual([]);
  });
});
