import { describe, expect, it } from 'vitest';
import { learnTopics } from '../../../main/tagging/learned-topics.ts';

const background = [
  'The council approved the budget for road repairs and a new library.',
  'Shares rose after the bank reported higher quarterly profit.',
  'The team won the match with a late goal from the striker.',
  'Heavy rain flooded streets and closed schools across the region.',
  'The film premiered at the festival to warm reviews from critics.',
];
const SCIENCE = 'medtop:13000000';

describe('learnTopics', () => {
  it('returns nothing to learn from without examples', () => {
    expect(learnTopics([], background)).toBeNull();
  });

  it('learns a topic from the reader’s examples and applies it to a similar article', () => {
    const examples = [
      'Quokka numbers on Rottnest island rose as researchers counted marsupials in the reserve.',
      'Researchers tracking quokka colonies found the marsupials thriving after the fires.',
      'A survey of quokka habitats counted marsupials across the island reserve.',
    ].map((text) => ({ qcode: SCIENCE, text, positive: true }));
    const learned = learnTopics(examples, background)!;
    const similar = learned.adjust(
      [],
      'Researchers say the quokka colony on the island reserve keeps growing.',
    );
    expect(similar.find((t) => t.qcode === SCIENCE)?.score ?? 0).toBeGreaterThan(0.5);
    const unrelated = learned.adjust([], 'The striker scored twice as the team won the cup final.');
    expect(unrelated.find((t) => t.qcode === SCIENCE)?.score ?? 0).toBe(0);
  });

  it('lowers a topic the reader keeps removing from similar articles', () => {
    const examples = [
      'Celebrity chef opens a restaurant serving seasonal dishes downtown.',
      'The celebrity chef restaurant menu changes with seasonal dishes.',
      'Seasonal dishes star at the celebrity chef restaurant opening.',
    ].map((text) => ({ qcode: SCIENCE, text, positive: false }));
    const learned = learnTopics(examples, background)!;
    const adjusted = learned.adjust(
      [{ qcode: SCIENCE, label: 'science and technology', score: 0.6 }],
      'A celebrity chef restaurant with seasonal dishes opened.',
    );
    expect(adjusted.find((t) => t.qcode === SCIENCE)!.score).toBeLessThan(0.3);
  });
});
