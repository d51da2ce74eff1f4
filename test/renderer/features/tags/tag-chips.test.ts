// Chips for an article's tags: order, labels, suggestions, who put them there, and broad regions folded away.
import { describe, expect, it } from 'vitest';
import type { TagRef } from '../../../../shared/model.ts';
import {
  describeOrigin,
  groupChips,
  isSuggestion,
  removalEdits,
} from '../../../../renderer/features/tags/tag-chips.ts';
import { capitalize, displayLabel } from '../../../../renderer/features/tags/tag-catalog.ts';

const ref = (tag: Partial<TagRef> & Pick<TagRef, 'kind' | 'code' | 'label'>): TagRef => ({
  source: 'auto',
  score: 0.9,
  ...tag,
});

describe('describeOrigin', () => {
  it('says who put a tag on, with the tagger’s confidence', () => {
    expect(describeOrigin({ source: 'auto', score: 0.823 })).toBe('Found by Outpost (82%)');
    expect(describeOrigin({ source: 'feed', score: 1 })).toBe('From the feed');
    expect(describeOrigin({ source: 'rule', score: 1 })).toBe('From a rule');
    expect(describeOrigin({ source: 'user', score: 1 })).toBe('Added by you');
  });
});

describe('isSuggestion', () => {
  it('is an automatic tag below 0.5 only', () => {
    expect(isSuggestion({ source: 'auto', score: 0.49 })).toBe(true);
    expect(isSuggestion({ source: 'auto', score: 0.5 })).toBe(false);
    expect(isSuggestion({ source: 'feed', score: 0.2 })).toBe(false);
    expect(isSuggestion({ source: 'rule', score: 0.2 })).toBe(false);
  });
});

describe('labels', () => {
  it('capitalises IPTC labels and keeps place and free tag names as they are', () => {
    expect(capitalize('sport')).toBe('Sport');
    expect(displayLabel({ kind: 'topic', code: 'medtop:11000000', label: 'politics' })).toBe(
      'Politics',
    );
    expect(displayLabel({ kind: 'tag', code: 'follow up', label: 'follow up' })).toBe('follow up');
    expect(displayLabel({ kind: 'country', code: 'NE', label: 'Niger' })).toBe('Niger');
  });
});

describe('groupChips', () => {
  const article = {
    regions: [
      ref({ kind: 'region', code: '002', label: 'Africa', score: 0.95 }),
      ref({ kind: 'region', code: 'sahel', label: 'Sahel', score: 0.9 }),
      ref({ kind: 'region', code: '011', label: 'Western Africa', score: 0.95 }),
      ref({ kind: 'country', code: 'ML', label: 'Mali', score: 0.3 }),
      ref({ kind: 'country', code: 'RU', label: 'Russia', score: 0.7 }),
      ref({ kind: 'country', code: 'NE', label: 'Niger', score: 0.95 }),
      ref({ kind: 'region', code: '150', label: 'Europe', score: 0.7 }),
      ref({ kind: 'region', code: '151', label: 'Eastern Europe', score: 0.7 }),
      ref({ kind: 'region', code: '145', label: 'Western Asia', score: 0.2 }),
    ],
    topics: [
      ref({ kind: 'topic', code: 'medtop:20000070', label: "coup d'etat", score: 0.6 }),
      ref({ kind: 'topic', code: 'medtop:11000000', label: 'politics', score: 0.8 }),
      ref({ kind: 'topic', code: 'medtop:15000000', label: 'sport', score: 0.3 }),
    ],
    tags: [
      ref({ kind: 'tag', code: 'later', label: 'later', source: 'user', score: 1 }),
      ref({ kind: 'tag', code: 'follow up', label: 'follow up', source: 'user', score: 1 }),
    ],
  };
  const groups = groupChips(article);
  const labels = (chips: Array<{ label: string }>) => chips.map((chip) => chip.label);

  it('shows countries (surest first, suggestions last), then regions not implied by them', () => {
    expect(labels(groups.places)).toEqual(['Niger', 'Russia', 'Mali', 'Sahel', 'Western Asia']);
    expect(groups.places.find((chip) => chip.label === 'Mali')?.suggestion).toBe(true);
    expect(groups.places.find((chip) => chip.label === 'Western Asia')?.suggestion).toBe(true);
  });

  it('folds away the broad regions a shown country already says', () => {
    expect(labels(groups.impliedPlaces)).toEqual([
      'Africa',
      'Western Africa',
      'Eastern Europe',
      'Europe',
    ]);
  });

  it('orders topics by confidence with suggestions last, and free tags by name', () => {
    expect(labels(groups.topics)).toEqual(['Politics', "Coup d'etat", 'Sport']);
    expect(labels(groups.tags)).toEqual(['follow up', 'later']);
  });

  it('keys chips by kind and code and keeps the tooltip text', () => {
    expect(groups.places[0]).toMatchObject({ key: 'country:NE', origin: 'Found by Outpost (95%)' });
    expect(groups.tags[0]?.origin).toBe('Added by you');
  });

  it('shows a region once its country is gone', () => {
    const withoutRussia = groupChips({
      ...article,
      regions: article.regions.filter((tag) => tag.code !== 'RU'),
    });
    expect(labels(withoutRussia.places)).toContain('Europe');
    expect(labels(withoutRussia.impliedPlaces)).not.toContain('Europe');
  });
});

describe('removalEdits', () => {
  const regions = [
    ref({ kind: 'country', code: 'NE', label: 'Niger' }),
    ref({ kind: 'country', code: 'RU', label: 'Russia' }),
    ref({ kind: 'country', code: 'UA', label: 'Ukraine' }),
    ref({ kind: 'region', code: '151', label: 'Eastern Europe' }),
    ref({ kind: 'region', code: '150', label: 'Europe', source: 'user', score: 1 }),
    ref({ kind: 'region', code: '011', label: 'Western Africa' }),
    ref({ kind: 'region', code: 'sahel', label: 'Sahel' }),
  ];

  it('removes a region, topic or free tag alone', () => {
    expect(removalEdits({ regions }, { kind: 'region', code: 'sahel', label: 'Sahel' })).toEqual([
      { action: 'remove', kind: 'region', code: 'sahel', label: 'Sahel' },
    ]);
    expect(removalEdits({ regions }, { kind: 'tag', code: 'later', label: 'later' })).toHaveLength(
      1,
    );
  });

  it('takes off the automatic regions only that country implied', () => {
    expect(removalEdits({ regions }, { kind: 'country', code: 'NE', label: 'Niger' })).toEqual([
      { action: 'remove', kind: 'country', code: 'NE', label: 'Niger' },
      { action: 'remove', kind: 'region', code: '011', label: 'Western Africa' },
    ]);
  });

  it('keeps regions another country still implies, and those the reader put on', () => {
    // Ukraine is in Eastern Europe too; Europe was added by the reader.
    expect(removalEdits({ regions }, { kind: 'country', code: 'RU', label: 'Russia' })).toEqual([
      { action: 'remove', kind: 'country', code: 'RU', label: 'Russia' },
    ]);
  });
});
