import { describe, expect, it } from 'vitest';
import { computeTags, ruleMatches, tagText } from '../../../main/tagging/tagger.ts';

const CRIME = 'medtop:02000000';
const ECONOMY = 'medtop:04000000';

describe('tagText topics', () => {
  it('lets a plain crime story lead with crime', () => {
    const { topics } = tagText({
      title: 'Man charged with murder after stabbing',
      text: 'Police arrested a man and charged him with murder after a stabbing outside a bar. Detectives said the suspect will appear in court on Monday, and officers appealed for witnesses.',
    });
    expect(topics[0]!.qcode).toBe(CRIME);
  });

  it('files a bank’s fraud trial under the economy, with crime beside it', () => {
    const { topics } = tagText({
      title: 'Bank chief guilty of accounting fraud',
      text: 'The former chief executive of the bank was found guilty of fraud for hiding losses from shareholders. Shares in the bank fell 4% as investors weighed the fine, the quarterly results and the cost to profits. The court will sentence him next month.',
    });
    const codes = topics.map((t) => t.qcode);
    expect(codes[0]).toBe(ECONOMY);
    expect(codes).toContain(CRIME);
  });
});

describe('computeTags', () => {
  const article = {
    id: 1,
    title: 'Quarterly results beat forecasts',
    text: 'The company said profits rose and shares gained in early trading.',
    sourceId: 4,
    categories: ['Politics', 'Brazil', 'misc'],
  };

  it('turns the feed’s categories into tags from the feed', () => {
    const tags = computeTags(article, { rules: [], learned: null });
    expect(tags).toContainEqual(
      expect.objectContaining({ kind: 'topic', code: 'medtop:11000000', source: 'feed', score: 1 }),
    );
    expect(tags).toContainEqual(
      expect.objectContaining({ kind: 'country', code: 'BR', label: 'Brazil', source: 'feed' }),
    );
    expect(tags.some((t) => t.label === 'misc')).toBe(false);
  });

  it('applies rules by source and by words in the title', () => {
    const bySource = {
      id: 1,
      field: 'source' as const,
      sourceId: 4,
      pattern: null,
      kind: 'topic' as const,
      code: 'medtop:15000000',
      label: 'sport',
    };
    const byTitle = {
      id: 2,
      field: 'title' as const,
      sourceId: null,
      pattern: 'Results beat',
      kind: 'tag' as const,
      code: 'earnings',
      label: 'Earnings',
    };
    const other = { ...byTitle, id: 3, pattern: 'results missed' };
    expect(ruleMatches(bySource, article)).toBe(true);
    expect(ruleMatches(byTitle, article)).toBe(true);
    expect(ruleMatches(other, article)).toBe(false);
    const tags = computeTags(article, { rules: [bySource, byTitle, other], learned: null });
    expect(tags).toContainEqual(
      expect.objectContaining({ kind: 'topic', code: 'medtop:15000000', source: 'rule' }),
    );
    expect(tags).toContainEqual(
      expect.objectContaining({ kind: 'tag', code: 'earnings', source: 'rule' }),
    );
  });
});
