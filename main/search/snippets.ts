// Cuts a short passage around the densest cluster of matches and reports where the matches are in it.

export interface Snippet {
  snippet: string;
  highlights: Array<[number, number]>;
}

const ELLIPSIS = '…';

/**
 * `ranges` are [start, end) match positions in `text`, sorted. The window is placed where it
 * covers the most matches; without matches, the snippet is the opening of the text.
 */
export function makeSnippet(
  text: string,
  ranges: ReadonlyArray<[number, number]>,
  maxLength = 220,
): Snippet {
  const flat = text.replace(/\s+/g, ' ');
  // Collapsing whitespace shifts offsets: map match positions through a table.
  const offsets = buildOffsetMap(text);
  const mapped = ranges.map(
    ([start, end]) => [offsets[start] ?? 0, offsets[end] ?? flat.length] as [number, number],
  );

  let windowStart = 0;
  if (mapped.length > 0) {
    let best = 0;
    let bestCount = 0;
    for (let i = 0; i < mapped.length; i++) {
      let count = 0;
      for (let j = i; j < mapped.length && mapped[j]![1] - mapped[i]![0] <= maxLength; j++) count++;
      if (count > bestCount) {
        bestCount = count;
        best = i;
      }
    }
    // Leave some context before the first match of the cluster.
    windowStart = Math.max(0, mapped[best]![0] - Math.floor(maxLength / 4));
  }
  let start = windowStart === 0 ? 0 : nextWordStart(flat, windowStart);
  let end = Math.min(flat.length, start + maxLength);
  if (end < flat.length) end = previousWordEnd(flat, end, start);
  if (end - start < maxLength / 2 && start > 0) start = Math.max(0, end - maxLength);

  const prefix = start > 0 ? ELLIPSIS : '';
  const suffix = end < flat.length ? ELLIPSIS : '';
  const body = flat.slice(start, end).trim();
  const lead = flat.slice(start, end).length - flat.slice(start, end).trimStart().length;
  const highlights = mapped
    .filter(([s, e]) => s >= start + lead && e <= start + lead + body.length)
    .map(
      ([s, e]) =>
        [s - start - lead + prefix.length, e - start - lead + prefix.length] as [number, number],
    );
  return { snippet: prefix + body + suffix, highlights };
}

/** For each offset in the original text, its offset after collapsing whitespace runs. */
function buildOffsetMap(text: string): number[] {
  const map = new Array<number>(text.length + 1);
  let out = 0;
  let inSpace = false;
  for (let i = 0; i < text.length; i++) {
    map[i] = out;
    const space = /\s/.test(text[i]!);
    if (!space || !inSpace) out++;
    inSpace = space;
  }
  map[text.length] = out;
  return map;
}

function nextWordStart(text: string, from: number): number {
  const space = text.indexOf(' ', from);
  return space === -1 || space - from > 30 ? from : space + 1;
}

function previousWordEnd(text: string, from: number, floor: number): number {
  const space = text.lastIndexOf(' ', from);
  return space <= floor || from - space > 30 ? from : space;
}
