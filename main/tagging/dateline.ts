// The dateline a wire story opens with ("NIAMEY, Niger (Reuters) —", "CLEVELAND, Feb 26 -"):
// where the story was filed, the strongest single clue to the country it is about.
import { phraseKey } from './place-lexicon.ts';
import type { PlaceLexicon } from './place-lexicon.ts';
import { tokenizeForPlaces } from './place-tokens.ts';

export interface Dateline {
  /** Characters of the text the dateline takes, dash included. */
  length: number;
  /** The country it names, or null when the place is unknown. */
  country: string | null;
}

// Month names in any case ("March", "MARCH", "MArch"), then the day.
const MONTH = `(?:${[
  'jan',
  'feb',
  'mar',
  'apr',
  'may',
  'jun',
  'jul',
  'aug',
  'sep',
  'oct',
  'nov',
  'dec',
]
  .map((m) => [...m].map((c) => `[${c}${c.toUpperCase()}]`).join(''))
  .join('|')})[a-zA-Z]*\\.?\\s+\\d{1,2}`;
const DATELINE = new RegExp(
  String.raw`^\s*([A-Z][A-Z.'’\- ]{1,40}?|[A-Z][\p{L}.'’\-]+(?: [A-Z][\p{L}.'’\-]+){0,3})` +
    String.raw`((?:,\s*[\p{Lu}][\p{L}.'’\- ]{1,30}?){0,2})` +
    String.raw`(,?\s+${MONTH}(?:,?\s+\d{4})?)?\s*(\([^)\n]{1,40}\))?\s*[-–—:]\s`,
  'u',
);

export function parseDateline(text: string, lexicon: PlaceLexicon): Dateline | null {
  const match = DATELINE.exec(text.slice(0, 200));
  if (!match) return null;
  const [whole, city = '', rest = '', date, agency] = match;
  const parts = rest
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean);
  const cityIsCapitals = city === city.toUpperCase();
  // Mixed-case openings are datelines only with a date, an agency or a known place after them.
  const lookup = (name: string) => {
    const tokens = tokenizeForPlaces(name);
    if (!tokens.length) return null;
    return (
      lexicon.placeByFoldedName.get(phraseKey(tokens, name.endsWith('.'))) ??
      lexicon.placeByFoldedName.get(phraseKey(tokens, false)) ??
      null
    );
  };
  for (const part of parts) {
    const country = lookup(part);
    if (country) return { length: whole.length, country };
  }
  if (!cityIsCapitals && !date && !agency) return null;
  const tokens = tokenizeForPlaces(city);
  if (!tokens.length) return null;
  const country = lexicon.datelineTowns.get(phraseKey(tokens, false)) ?? lookup(city);
  return { length: whole.length, country };
}
