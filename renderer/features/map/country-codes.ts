// Countries on the map: world-atlas feature ids (ISO 3166-1 numeric) to alpha-2 codes, names, and
// the countries a region or grouping covers.
import { countryList } from '../../../shared/regions/countries.generated.ts';
import { groupings } from '../../../shared/regions/groupings.ts';
import type { TagKind } from '../../../shared/model.ts';

const alpha2ByNumeric = new Map(countryList.map((country) => [country.numeric, country.code]));
const nameByAlpha2 = new Map(countryList.map((country) => [country.code, country.name]));

/** Natural Earth draws a few places without an ISO number; each belongs to a country we tag. */
const alpha2ByShapeName: Record<string, string> = {
  Kosovo: 'XK',
  'N. Cyprus': 'CY',
  Somaliland: 'SO',
};

/** The alpha-2 code of a world-atlas country shape, or null for one we cannot place. */
export function alpha2ForShape(id: string | number | undefined, name?: string): string | null {
  if (id !== undefined) {
    const code = alpha2ByNumeric.get(String(id).padStart(3, '0'));
    if (code) return code;
  }
  return (name && alpha2ByShapeName[name]) || null;
}

export function countryName(alpha2: string): string {
  return nameByAlpha2.get(alpha2) ?? alpha2;
}

/** The countries a tag covers on the map: a country itself, a region's or grouping's members. */
export function countriesOf(tag: { kind: TagKind; code: string }): Set<string> {
  if (tag.kind === 'country') return new Set([tag.code]);
  if (tag.kind !== 'region') return new Set();
  const grouping = groupings.find((candidate) => candidate.code === tag.code);
  if (grouping) return new Set(grouping.members);
  return new Set(
    countryList.filter((country) => country.parents.includes(tag.code)).map((c) => c.code),
  );
}
