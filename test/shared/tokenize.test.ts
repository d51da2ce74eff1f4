import { describe, expect, it } from 'vitest';
import { tokenize, words } from '../../shared/tokenize.ts';

describe('tokenize', () => {
  it('keeps offsets into the original text', () => {
    const text = 'Niger’s army, in Niamey.';
    const tokens = tokenize(text);
    expect(tokens.map((token) => token.term)).toEqual(['niger', 'army', 'in', 'niamey']);
    expect(text.slice(tokens[3]!.start, tokens[3]!.end)).toBe('Niamey');
  });

  it('folds accents and handles non-Latin scripts', () => {
    expect(words('Türkiye Café Москва 東京')).toEqual(['turkiye', 'cafe', 'москва', '東京']);
  });

  it('splits hyphenated words', () => {
    expect(words('Yunus-Bek Yevkurov, G5-Sahel')).toEqual([
      'yunus',
      'bek',
      'yevkurov',
      'g5',
      'sahel',
    ]);
  });
});
