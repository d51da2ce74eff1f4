// Finding search terms in text: a word that starts with a term, so "mission" also marks "missions".

/** A global, case-insensitive pattern for the terms, or null when there is nothing to mark. */
export function buildTermPattern(terms: readonly string[]): RegExp | null {
  const words = [...new Set(terms.map((term) => term.trim().toLowerCase()).filter(Boolean))]
    // Longest first, so "niger" does not win over "nigerien" at the same position.
    .sort((a, b) => b.length - a.length)
    .map((term) => term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  if (words.length === 0) return null;
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${words.join('|')})[\\p{L}\\p{N}]*`, 'giu');
}

/** [start, end) ranges of every match of the pattern in the text. */
export function findTermRanges(text: string, pattern: RegExp | null): Array<[number, number]> {
  if (!pattern) return [];
  const ranges: Array<[number, number]> = [];
  for (const match of text.matchAll(pattern)) {
    if (match[0].length > 0) ranges.push([match.index, match.index + match[0].length]);
  }
  return ranges;
}
