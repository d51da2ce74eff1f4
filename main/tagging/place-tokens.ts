// Words of a text with their case and what separates them, for matching place names.

export interface PlaceToken {
  /** Lower-cased, accents removed, curly apostrophes straightened: the lookup key. */
  key: string;
  /** As written. */
  text: string;
  start: number;
  end: number;
  /** First letter upper-case. */
  capital: boolean;
  /** Every letter upper-case. */
  upper: boolean;
  /** A full stop directly follows (sentence end or abbreviation: "Calif."). */
  dot: boolean;
}

// Dotted acronyms ("U.S.", "N.Y.") first, then words with inner apostrophes ("N'Djamena", "Côte d'Ivoire").
const WORD = /(?:\p{Lu}\.){2,}|[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}]+)*/gu;

export function foldWord(word: string): string {
  return word.normalize('NFKD').replace(/\p{M}/gu, '').replace(/’/g, "'").toLowerCase();
}

export function tokenizeForPlaces(text: string): PlaceToken[] {
  const tokens: PlaceToken[] = [];
  for (const match of text.matchAll(WORD)) {
    // "Niger's" names Niger: the possessive is not part of the name.
    const word = match[0].replace(/['’]s$/u, '');
    const start = match.index;
    const end = start + word.length;
    const first = word.charAt(0);
    tokens.push({
      key: foldWord(word),
      text: word,
      start,
      end,
      capital: first !== first.toLowerCase(),
      upper: word === word.toUpperCase() && word !== word.toLowerCase(),
      dot: text.charCodeAt(end) === 46 && !word.endsWith('.'),
    });
  }
  return tokens;
}

/** A text's folded words joined by single spaces: "Côte d’Ivoire's" → "cote d'ivoire". */
export function foldedWords(text: string): string {
  return tokenizeForPlaces(text)
    .map((token) => token.key)
    .join(' ');
}
