// Which countries and regions an article is about: place names found in the headline, the lede,
// the body and the dateline, weighed by where and how they are named, then lifted to the UN M49
// regions and the groupings (Sahel, Middle East…) the countries belong to.
import {
  georgiaCountryClues,
  georgiaUsClues,
  personLikeNames,
  placeHeads,
} from '../../shared/regions/place-names.ts';
import { countryByCode, regionName, regionParent, regionsOf } from '../../shared/regions/lookup.ts';
import { parseDateline } from './dateline.ts';
import { phraseKey, placeLexicon } from './place-lexicon.ts';
import type { MentionKind, PlaceTarget } from './place-lexicon.ts';
import { foldedWords, foldWord, tokenizeForPlaces } from './place-tokens.ts';
import type { PlaceToken } from './place-tokens.ts';

export interface PlaceScore {
  code: string;
  name: string;
  /** 0..1: how strongly the article is about this place. */
  score: number;
}

export interface PlaceTags {
  countries: PlaceScore[];
  regions: PlaceScore[];
}

export interface PlaceInput {
  title: string;
  text: string;
}

/** Tuning, measured on a development split of labelled news (see test/eval). */
export const PLACE_WEIGHTS = {
  zone: { title: 3, lede: 1.5, body: 1 },
  kind: { name: 1, demonym: 0.7, place: 0.5, city: 0.8, region: 1, none: 0 } satisfies Record<
    MentionKind,
    number
  >,
  dateline: 4,
  /** Words of the body that count as its lede. */
  ledeWords: 60,
  /** A country sharing the main country's M49 subregion is likely part of the story. */
  neighbourBoost: 2,
  /** Kept when its evidence reaches this much… */
  minimum: 1.5,
  /** …and this share of the main country's. */
  relative: 0.25,
};

/** The main place needs only this much: one plain mention in the lede, a city, a landmark. */
const TOP_MINIMUM = 0.7;

type Zone = keyof typeof PLACE_WEIGHTS.zone;

const personLike = new Set(personLikeNames.map(foldWord));
const heads = new Set(placeHeads.map(foldWord));
const FUNCTION_WORDS = new Set(
  [
    'in',
    'the',
    'to',
    'from',
    'for',
    'of',
    'and',
    'with',
    'by',
    'on',
    'at',
    'as',
    'like',
    'said',
    'but',
    'while',
    'after',
    'before',
    'across',
    'into',
    'than',
    'if',
    'when',
    'where',
    'both',
    'neighbouring',
    'neighboring',
    'rival',
    'nearby',
    'northern',
    'southern',
    'eastern',
    'western',
    'central',
    'war-torn',
  ].map(foldWord),
);
const LOWER_OK = new Set([
  'of',
  'the',
  'and',
  'de',
  'du',
  'la',
  'le',
  "d'ivoire",
  'and',
  'da',
  'es',
  'el',
]);
const georgiaUs = new Set(georgiaUsClues.map(foldedWords));
const georgiaCountry = new Set(georgiaCountryClues.map(foldedWords));

interface Mention {
  target: PlaceTarget;
  zone: Zone;
  /** Folded words of the match, for clue checks. */
  key: string;
}

/** A country's display name ("Niger"), or the code when unknown. */
export function countryName(code: string): string {
  return countryByCode.get(code)?.name ?? code;
}

export function tagPlaces(input: PlaceInput): PlaceTags {
  const lexicon = placeLexicon();
  const dateline = parseDateline(input.text, lexicon);
  const body = dateline ? input.text.slice(dateline.length) : input.text;
  const mentions: Mention[] = [];
  scan(input.title, 'title', mentions);
  scan(body, 'lede', mentions);

  // Georgia: the US state when the story has American clues, the country otherwise.
  const georgia = mentions.some((m) => m.key === 'georgia');
  const words = georgia ? ` ${foldedWords(`${input.title}\n${input.text}`)} ` : '';
  const said = (clues: Set<string>) => [...clues].some((clue) => words.includes(` ${clue} `));
  const americanStory = dateline?.country === 'US' || mentions.some((m) => m.target.code === 'US');
  const usState = georgia && (said(georgiaUs) || americanStory) && !said(georgiaCountry);
  if (usState)
    for (const m of mentions)
      if (m.key === 'georgia') m.target = { ...m.target, code: 'US', kind: 'place' };

  // Evidence per place and zone, with diminishing returns for repeats inside a zone.
  const byZone = new Map<string, Map<Zone, number>>();
  for (const m of mentions) {
    const zones = byZone.get(m.target.code) ?? new Map<Zone, number>();
    zones.set(m.zone, (zones.get(m.zone) ?? 0) + PLACE_WEIGHTS.kind[m.target.kind]);
    byZone.set(m.target.code, zones);
  }
  const raw = new Map<string, number>();
  for (const [code, zones] of byZone) {
    let total = 0;
    for (const [zone, weight] of zones) total += PLACE_WEIGHTS.zone[zone] * damp(weight);
    raw.set(code, total);
  }
  if (dateline?.country)
    raw.set(dateline.country, (raw.get(dateline.country) ?? 0) + PLACE_WEIGHTS.dateline);

  const countryRaw = [...raw].filter(([code]) => countryByCode.has(code));
  const countries = selectCountries(countryRaw);
  const regionRaw = [...raw].filter(([code]) => regionName.has(code));
  return { countries, regions: liftRegions(countries, regionRaw) };
}

function damp(weight: number): number {
  return weight <= 1 ? weight : 1 + Math.log(weight);
}

function scan(text: string, firstZone: Zone, out: Mention[]): void {
  if (!text) return;
  const { phrases, longestFrom } = placeLexicon();
  // Ticker symbols in angle brackets ("<UK>") are not places.
  const tokens = tokenizeForPlaces(text.replace(/<[^<>\n]{1,12}>/g, (s) => ' '.repeat(s.length)));
  // A headline or dateline in capitals says nothing about case.
  const shouting = text === text.toUpperCase();
  for (let i = 0; i < tokens.length;) {
    let matched = 0;
    const longest = longestFrom.get(tokens[i]!.key) ?? 0;
    for (let n = Math.min(longest, tokens.length - i); n >= 1 && !matched; n--) {
      const run = tokens.slice(i, i + n);
      const last = run.at(-1)!;
      const candidates = [
        ...(last.dot ? (phrases.get(phraseKey(run, true)) ?? []) : []),
        ...(phrases.get(phraseKey(run, false)) ?? []),
      ].filter((target) => casingFits(target, run, shouting));
      if (!candidates.length || !adjacent(text, run)) continue;
      matched = n;
      if (candidates.some((t) => t.kind === 'none')) break;
      if (n === 1 && personLike.has(run[0]!.key) && !shouting && looksLikePerson(text, tokens, i))
        break;
      const zone: Zone = firstZone === 'lede' && i >= PLACE_WEIGHTS.ledeWords ? 'body' : firstZone;
      const key = run.map((t) => t.key).join(' ');
      // An ambiguous name counts once, for the most specific reading (a country over a region).
      const target = candidates.find((t) => t.kind !== 'region') ?? candidates[0]!;
      out.push({ target, zone, key });
    }
    i += matched || 1;
  }
}

function casingFits(target: PlaceTarget, run: readonly PlaceToken[], shouting: boolean): boolean {
  if (target.casing === 'any') return true;
  if (target.casing === 'acronym')
    return (
      run.every((t) => t.upper) &&
      (!shouting || run.length > 1 || run[0]!.key.length > 2 || run[0]!.text.includes('.'))
    );
  if (shouting) return true;
  return run.every((t, index) => t.capital || (index > 0 && LOWER_OK.has(t.key)));
}

/** The words of a phrase must follow each other with only spaces or hyphens between them. */
function adjacent(text: string, run: readonly PlaceToken[]): boolean {
  for (let k = 1; k < run.length; k++) {
    const gap = text.slice(run[k - 1]!.end, run[k]!.start);
    if (!/^[\s\-–]*\.?[\s\-–]*$/.test(gap) || gap.includes('\n\n')) return false;
  }
  return true;
}

/** "Michael Jordan", "Chad Smith": a capitalised neighbour joined by a space makes it a name. */
function looksLikePerson(text: string, tokens: readonly PlaceToken[], i: number): boolean {
  const token = tokens[i]!;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  const joined = (a: PlaceToken, b: PlaceToken) => /^ $/.test(text.slice(a.end, b.start));
  if (
    prev &&
    prev.capital &&
    !prev.upper &&
    joined(prev, token) &&
    !FUNCTION_WORDS.has(prev.key) &&
    !placeLexicon().phrases.has(prev.key)
  )
    return true;
  if (
    next &&
    next.capital &&
    joined(token, next) &&
    !heads.has(next.key) &&
    !placeLexicon().phrases.has(next.key)
  )
    return true;
  return false;
}

function selectCountries(entries: Array<[string, number]>): PlaceScore[] {
  if (!entries.length) return [];
  entries.sort((a, b) => b[1] - a[1]);
  const [topCode, topRaw] = entries[0]!;
  const near = new Set(countryByCode.get(topCode)?.parents.slice(0, 1));
  const kept: PlaceScore[] = [];
  for (const [code, value] of entries) {
    const country = countryByCode.get(code)!;
    const boosted =
      code !== topCode && country.parents.some((p) => near.has(p))
        ? value * PLACE_WEIGHTS.neighbourBoost
        : value;
    // The main place needs only one clear mention; the others must also hold their own beside it.
    const enough =
      code === topCode
        ? value >= TOP_MINIMUM
        : boosted >= PLACE_WEIGHTS.minimum && boosted >= PLACE_WEIGHTS.relative * topRaw;
    if (!enough) continue;
    kept.push({ code, name: country.name, score: toScore(boosted) });
  }
  return kept.sort((a, b) => b.score - a.score || a.code.localeCompare(b.code));
}

function liftRegions(
  countries: readonly PlaceScore[],
  mentioned: Array<[string, number]>,
): PlaceScore[] {
  const scores = new Map<string, number>();
  const raise = (code: string, score: number) => {
    for (let c: string | undefined = code; c && c !== '001'; c = regionParent.get(c))
      scores.set(c, Math.max(scores.get(c) ?? 0, score));
  };
  for (const country of countries)
    for (const region of regionsOf(country.code)) raise(region, country.score);
  for (const [code, value] of mentioned)
    if (value >= PLACE_WEIGHTS.minimum) raise(code, toScore(value));
  return [...scores]
    .map(([code, score]) => ({ code, name: regionName.get(code) ?? code, score }))
    .sort((a, b) => b.score - a.score || a.code.localeCompare(b.code));
}

function toScore(raw: number): number {
  return Math.round((1 - Math.exp(-raw / 3)) * 1000) / 1000;
}
