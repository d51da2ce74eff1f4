// Everything a reader can pick as a tag: countries, regions and IPTC topics, with display labels and search keys.
import { iptcTopics } from '../../../shared/iptc-topics.ts';
import type { TagKind } from '../../../shared/model.ts';
import { countryList, m49Regions } from '../../../shared/regions/countries.generated.ts';
import { groupings } from '../../../shared/regions/groupings.ts';
import { extraCountryNames } from '../../../shared/regions/place-names.ts';

export interface TagChoice {
  kind: TagKind;
  code: string;
  /** As shown: topics capitalised ("Politics"), places as named. */
  label: string;
  /** A second, quieter line: what kind of tag it is, and for a subtopic its parent. */
  hint: string;
  /** Other names that find it ("Ivory Coast" for Côte d'Ivoire). */
  aliases: readonly string[];
  /** Broad topics before their subtopics when both match equally. */
  depth: 0 | 1;
}

/** IPTC labels are lower case ("sport"); chips and lists start them with a capital. */
export function capitalize(label: string): string {
  return label.charAt(0).toLocaleUpperCase() + label.slice(1);
}

const topicLabels = new Map(iptcTopics.map((topic) => [topic.qcode, capitalize(topic.label)]));

/** The label to show for a stored tag: the catalogue's for topics, the stored one otherwise. */
export function displayLabel(tag: { kind: TagKind; code: string; label: string }): string {
  if (tag.kind === 'topic') return topicLabels.get(tag.code) ?? capitalize(tag.label);
  return tag.label;
}

/** Lower case without accents, so "cote" finds "Côte d'Ivoire" and "turkiye" finds "Türkiye". */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[’‘]/g, "'")
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

let cached: readonly TagChoice[] | null = null;

/** The full catalogue, built once: a few hundred entries. */
export function tagCatalog(): readonly TagChoice[] {
  if (cached) return cached;
  const countries: TagChoice[] = countryList.map((country) => ({
    kind: 'country',
    code: country.code,
    label: country.name,
    hint: 'Country',
    aliases: (extraCountryNames[country.code] ?? []).filter(
      (alias) => foldText(alias) !== foldText(country.name),
    ),
    depth: 0,
  }));
  const regions: TagChoice[] = [
    ...m49Regions.map((region) => ({ code: region.code, name: region.name })),
    ...groupings.map((grouping) => ({ code: grouping.code, name: grouping.name })),
  ].map((region) => ({
    kind: 'region',
    code: region.code,
    label: region.name,
    hint: 'Region',
    aliases: [],
    depth: 0,
  }));
  const topics: TagChoice[] = iptcTopics.map((topic) => ({
    kind: 'topic',
    code: topic.qcode,
    label: capitalize(topic.label),
    hint: topic.parent ? `Topic in ${topicLabels.get(topic.parent) ?? 'another topic'}` : 'Topic',
    aliases: [],
    depth: topic.parent ? 1 : 0,
  }));
  cached = [...countries, ...regions, ...topics];
  return cached;
}
