// Lookups over the region data (UN M49 tree, groupings, countries) that the tagger, the store and
// the UI all need, built once.
import { countryList, m49Regions, type CountryInfo } from './countries.generated.ts';
import { groupings } from './groupings.ts';

export const countryByCode: ReadonlyMap<string, CountryInfo> = new Map(
  countryList.map((country) => [country.code, country]),
);

/** Names of M49 regions and groupings by code. */
export const regionName: ReadonlyMap<string, string> = new Map([
  ...m49Regions.map((region) => [region.code, region.name] as const),
  ...groupings.map((grouping) => [grouping.code, grouping.name] as const),
]);

/** The region enclosing an M49 region or a grouping (`001` = World). */
export const regionParent: ReadonlyMap<string, string> = new Map([
  ...m49Regions.map((region) => [region.code, region.parent] as const),
  ...groupings.map((grouping) => [grouping.code, grouping.parent] as const),
]);

/** M49 regions and groupings by their lower-cased name ("west africa" is not one: "western africa"). */
export const regionByName: ReadonlyMap<string, { code: string; name: string }> = new Map([
  ...m49Regions.map((region) => [region.name.toLowerCase(), region] as const),
  ...groupings.map((grouping) => [grouping.name.toLowerCase(), grouping] as const),
]);

const groupingsOf = new Map<string, string[]>();
for (const grouping of groupings) {
  // Alliances (NATO, the EU…) are tagged only when named, never because a member is.
  if (grouping.mentionOnly) continue;
  for (const member of grouping.members)
    groupingsOf.set(member, [...(groupingsOf.get(member) ?? []), grouping.code]);
}

/** The regions a country lies in: its M49 regions (nearest first) and its groupings. */
export function regionsOf(country: string): string[] {
  return [...(countryByCode.get(country)?.parents ?? []), ...(groupingsOf.get(country) ?? [])];
}

/** The countries inside an M49 region or a grouping. */
export function countriesIn(region: string): string[] {
  const grouping = groupings.find((candidate) => candidate.code === region);
  if (grouping) return [...grouping.members];
  return countryList.filter((country) => country.parents.includes(region)).map((c) => c.code);
}
