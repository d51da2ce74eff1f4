// Large plain-text articles for timing imports: deterministic, distinct per seed, any size.

const VOCABULARY = [
  ...['the', 'minister', 'said', 'on', 'Monday', 'that', 'talks', 'would', 'resume', 'in'],
  ...['Niamey', 'according', 'to', 'state', 'media', 'and', 'herders', 'were', 'short', 'of'],
  ...['pasture', 'after', 'a', 'third', 'dry', 'season', 'while', 'prices', 'of', 'millet'],
  ...['rose', 'sharply', 'across', 'the', 'Sahel', 'region', 'officials', 'long-term', 'aid'],
];

/**
 * How the text is laid out. `lines`: one paragraph per line and no blank line anywhere, so the
 * whole body is a single block (text saved from many editors looks like this). `wrapped`:
 * paragraphs hard-wrapped at 72 characters, a blank line between them, some words broken after
 * a hyphen.
 */
export type TextShape = 'lines' | 'wrapped';

/** A small seeded generator (mulberry32), so every run writes the same text. */
function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A headline, then about `bytes` of paragraphs; `seed` makes the text differ from any other seed's. */
export function makeLongArticle(bytes: number, seed: number, shape: TextShape = 'lines'): string {
  const random = createRandom(seed);
  const pick = () => VOCABULARY[Math.floor(random() * VOCABULARY.length)]!;
  const parts = [`Report ${seed} on the season across the Sahel\n\n`];
  let size = parts[0]!.length;
  let paragraph = 0;
  while (size < bytes) {
    const words = [`(${seed}.${paragraph++})`];
    const length = 400 + Math.floor(random() * 500);
    for (let chars = 0; chars < length; chars += 6) words.push(pick());
    const text = `${words.join(' ')}.`;
    const laid = shape === 'lines' ? `${text}\n` : `${wrap(text, 72)}\n\n`;
    parts.push(laid);
    size += laid.length;
  }
  return parts.join('');
}

function wrap(text: string, width: number): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    const hyphen = word.indexOf('-');
    if (!line) line = word;
    else if (line.length + word.length + 1 <= width) line = `${line} ${word}`;
    else if (hyphen > 0 && line.length + hyphen + 2 <= width) {
      lines.push(`${line} ${word.slice(0, hyphen + 1)}`);
      line = word.slice(hyphen + 1);
    } else {
      lines.push(line);
      line = word;
    }
  }
  lines.push(line);
  return lines.join('\n');
}
