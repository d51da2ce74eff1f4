// Cuts a search query into tokens (quotes, a leading `-`, a `name:` prefix, OR) before any words are read.

export type QueryToken = OrToken | ItemToken;

export interface OrToken {
  kind: 'or';
  /** What the reader typed: `OR`, `|` or `||`. */
  raw: string;
}

export interface ItemToken {
  kind: 'item';
  /** The whole token as typed, for messages. */
  raw: string;
  negated: boolean;
  /** The letters before a colon (`title` in `title:mali`), as typed; null without one. */
  name: string | null;
  quoted: boolean;
  /** The text after any `-` and `name:`; inside the quotes when quoted. */
  body: string;
  /** A `*` / `~2` run straight after a closing quote (`"mali"~1`); empty otherwise. */
  tail: string;
}

// Straight, curly and low quotes and guillemets all open and close a phrase: pasted text and
// smart-quote substitution produce them, and a reader means the same thing by each.
const QUOTES = new Set(['"', '“', '”', '„', '«', '»']);

/**
 * Reads the query in one pass, character by character, so that no input can make it slow.
 * Tokens end at white space, at a quote, or at `|`; a quote runs to the next quote or the end.
 */
export function lexQuery(input: string): QueryToken[] {
  const tokens: QueryToken[] = [];
  const n = input.length;
  let i = 0;
  while (i < n) {
    const ch = input[i]!;
    if (isSpace(ch)) {
      i++;
      continue;
    }
    const start = i;
    if (ch === '|') {
      while (i < n && input[i] === '|') i++;
      tokens.push({ kind: 'or', raw: input.slice(start, i) });
      continue;
    }

    let negated = false;
    if (ch === '-' && i + 1 < n && !isSpace(input[i + 1]!)) {
      negated = true;
      i++;
    }

    let name: string | null = null;
    let letters = i;
    while (letters < n && isAsciiLetter(input[letters]!)) letters++;
    // `https://…` is a link to look for, not a field called "https".
    if (letters > i && input[letters] === ':' && input[letters + 1] !== '/') {
      name = input.slice(i, letters);
      i = letters + 1;
    }

    let quoted = false;
    let body: string;
    let tail = '';
    if (i < n && QUOTES.has(input[i]!)) {
      quoted = true;
      let close = i + 1;
      while (close < n && !QUOTES.has(input[close]!)) close++;
      body = input.slice(i + 1, close);
      i = Math.min(close + 1, n);
      const tailStart = i;
      for (;;) {
        if (input[i] === '*') i++;
        else if (input[i] === '~') {
          i++;
          while (i < n && isDigit(input[i]!)) i++;
        } else break;
      }
      tail = input.slice(tailStart, i);
    } else {
      const bodyStart = i;
      while (i < n && !isSpace(input[i]!) && !QUOTES.has(input[i]!) && input[i] !== '|') i++;
      body = input.slice(bodyStart, i);
    }

    const raw = input.slice(start, i);
    // Only upper-case OR is the operator: a lower-case "or" is a word like any other.
    if (raw === 'OR') tokens.push({ kind: 'or', raw });
    else tokens.push({ kind: 'item', raw, negated, name, quoted, body, tail });
  }
  return tokens;
}

function isSpace(ch: string): boolean {
  return /\s/u.test(ch);
}

function isAsciiLetter(ch: string): boolean {
  return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z');
}

function isDigit(ch: string): boolean {
  return ch >= '0' && ch <= '9';
}
