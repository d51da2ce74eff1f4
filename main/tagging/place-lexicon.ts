// The place lexicon: every name, demonym, city and grouping mention, compiled once into a map from
// folded token sequences to what they name. Built lazily: the first tagging call pays ~20 ms.
import { groupings } from '../../shared/regions/groupings.ts';
import {
  extraCountryNames,
  extraDemonyms,
  notPlaces,
  placesOfCountry,
} from '../../shared/regions/place-names.ts';
import { countryList, m49Regions } from '../../shared/regions/countries.generated.ts';
import {
  countryNames,
  datelineCityNames,
  demonymNames,
  textCityNames,
} from './places.generated.ts';
import { tokenizeForPlaces } from './place-tokens.ts';
import type { PlaceToken } from './place-tokens.ts';

/** What a mention is: the country's own name counts most, a city or institution least. */
export type MentionKind = 'name' | 'demonym' | 'place' | 'city' | 'region' | 'none';

export interface PlaceTarget {
  /** ISO alpha-2 country code, or a region code (M49 or grouping) when `kind` is `region`. */
  code: string;
  kind: MentionKind;
  /** How the words must be written: `acronym` = all capitals, `capital` = capitalised words. */
  casing: 'acronym' | 'capital' | 'any';
}

export interface PlaceLexicon {
  phrases: Map<string, PlaceTarget[]>;
  maxWords: number;
  /** The longest phrase starting with each first word: most words start none and are skipped. */
  longestFrom: Map<string, number>;
  datelineTowns: Map<string, string>;
  /** Any name of a country or sub-national place, folded: for the second part of a dateline. */
  placeByFoldedName: Map<string, string>;
}

const M49_MENTIONS: Record<string, readonly string[]> = {
  '002': ['Africa', 'African'],
  '150': ['Europe', 'European'],
  '142': ['Asia', 'Asian'],
  '019': ['the Americas'],
  '009': ['Oceania'],
  '202': ['Sub-Saharan Africa', 'sub-Saharan Africa', 'sub-Saharan'],
  '011': ['West Africa', 'West African', 'Western Africa'],
  '014': ['East Africa', 'East African', 'Eastern Africa'],
  '017': ['Central Africa', 'Central African region'],
  '018': ['Southern Africa'],
  '015': ['North Africa', 'North African', 'Northern Africa'],
  '035': ['Southeast Asia', 'South-East Asia', 'Southeast Asian', 'South-eastern Asia'],
  '030': ['East Asia', 'East Asian', 'Eastern Asia'],
  '034': ['South Asia', 'South Asian', 'Southern Asia'],
  '143': ['Central Asia', 'Central Asian'],
  '145': ['Western Asia'],
  '151': ['Eastern Europe', 'Eastern European', 'Central and Eastern Europe'],
  '155': ['Western Europe', 'Western European'],
  '154': ['Northern Europe'],
  '039': ['Southern Europe'],
  '029': ['Caribbean'],
  '013': ['Central America', 'Central American'],
  '005': ['South America', 'South American'],
  '021': ['North America', 'North American'],
  '419': ['Latin America', 'Latin American'],
  '053': ['Australasia'],
  '054': ['Melanesia'],
  '061': ['Polynesia'],
};

let cached: PlaceLexicon | null = null;

export function placeLexicon(): PlaceLexicon {
  cached ??= buildLexicon();
  return cached;
}

function buildLexicon(): PlaceLexicon {
  const phrases = new Map<string, PlaceTarget[]>();
  let maxWords = 1;
  const longestFrom = new Map<string, number>();
  const placeByFoldedName = new Map<string, string>();
  const known = new Set(countryList.map((c) => c.code));
  const regionCodes = new Set([...m49Regions.map((r) => r.code), ...groupings.map((g) => g.code)]);

  const add = (name: string, code: string, kind: MentionKind, folded = false) => {
    if (kind === 'region' ? !regionCodes.has(code) : kind !== 'none' && !known.has(code)) return;
    const tokens = tokenizeForPlaces(name);
    if (!tokens.length) return;
    const key = phraseKey(tokens, name.endsWith('.'));
    const letters = name.replace(/[^\p{L}]/gu, '');
    const casing: PlaceTarget['casing'] = folded
      ? 'capital'
      : letters.length <= 5 && letters === letters.toUpperCase()
        ? 'acronym'
        : /^\p{Ll}/u.test(name)
          ? 'any'
          : 'capital';
    const list = phrases.get(key) ?? [];
    if (!list.some((t) => t.code === code && t.kind === kind)) list.push({ code, kind, casing });
    phrases.set(key, list);
    maxWords = Math.max(maxWords, tokens.length);
    const first = tokens[0]!.key;
    longestFrom.set(first, Math.max(longestFrom.get(first) ?? 0, tokens.length));
    if (kind !== 'region' && kind !== 'none') placeByFoldedName.set(key, code);
  };

  for (const [name, code] of pairs(countryNames)) add(name, code, 'name');
  for (const [code, list] of Object.entries(extraCountryNames))
    for (const name of list) add(name, code, 'name');
  for (const [name, code] of pairs(demonymNames)) add(name, code, 'demonym');
  for (const [code, list] of Object.entries(extraDemonyms))
    for (const name of list) add(name, code, 'demonym');
  for (const [code, list] of Object.entries(placesOfCountry))
    for (const name of list) add(name, code, 'place');
  for (const [name, code] of pairs(textCityNames))
    if (name.length >= 4) add(name, code, 'city', true);
  for (const [code, list] of Object.entries(M49_MENTIONS))
    for (const name of list) add(name, code, 'region');
  for (const grouping of groupings)
    for (const name of grouping.mentions) add(name, grouping.code, 'region');
  for (const name of notPlaces) add(name, '', 'none');

  // "Congo" alone names two countries; today it almost always means the larger one.
  const congo = phrases.get('congo');
  if (congo)
    phrases.set(
      'congo',
      congo.filter((t) => t.code !== 'CG'),
    );

  const datelineTowns = new Map<string, string>();
  for (const [name, code] of pairs(datelineCityNames))
    datelineTowns.set(phraseKey(tokenizeForPlaces(name), false), code);
  return { phrases, maxWords, longestFrom, datelineTowns, placeByFoldedName };
}

/** Lookup key of a run of tokens; a trailing full stop belongs to abbreviations ("Calif."). */
export function phraseKey(tokens: readonly PlaceToken[], dotted: boolean): string {
  const key = tokens.map((t) => t.key).join(' ');
  return dotted && !tokens.at(-1)!.text.endsWith('.') ? `${key}.` : key;
}

function* pairs(lines: string): Generator<[string, string]> {
  for (const line of lines.split('\n')) {
    const bar = line.lastIndexOf('|');
    if (bar > 0) yield [line.slice(0, bar), line.slice(bar + 1)];
  }
}
