// Where a tag sits in the sidebar's trees: a country under its subregion, a region under its
// continent, a topic under its broad topic; free tags stand alone.
import { iptcTopics } from './iptc-topics.ts';
import type { TagKind } from './api-inputs.ts';
import { countryByCode, regionParent } from './regions/lookup.ts';

const topicParent = new Map(iptcTopics.map((topic) => [topic.qcode, topic.parent]));

export function tagParent(kind: TagKind, code: string): string | null {
  if (kind === 'region') {
    const parent = regionParent.get(code);
    // The world (001) is the root of every tree, not a row.
    return parent && parent !== '001' ? parent : null;
  }
  if (kind === 'country') return countryByCode.get(code)?.parents[0] ?? null;
  if (kind === 'topic') return topicParent.get(code) ?? null;
  return null;
}
