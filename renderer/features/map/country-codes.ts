// Countries on the map: world-atlas feature ids (ISO 3166-1 numeric) to alpha-2 codes, names, and
// the countries a region or grouping covers.
import { countryList } from '../../../shared/regions/countries.generated.ts';
import { countriesIn, countryByCode } from '../../../shared/regions/lookup.ts';
import type { TagKind } from '../../../shared/model.ts';

const alpha2ByNumeric = new Map(countryList.map((country) => [country.numeric, country.code]));

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
  return countryByCode.get(alpha2)?.name ?? alpha2;
}

/** The countries a tag covers on the map: a country itself, a region's or grouping's members. */
export function countriesOf(tag: { kind: TagKind; code: string }): Set<string> {
  if (tag.kind === 'country') return new Set([tag.code]);
  if (tag.kind !== 'region') return new Set();
  return new Set(countriesIn(tag.code));
}
