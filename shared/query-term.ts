// Turns one typed token into a term: its words as the index spells them, plus `*` and `~` modifiers.
import type { QueryTerm } from './query-ast.ts';
import type { ItemToken } from './query-lex.ts';
import { words } from './tokenize.ts';

/** `term: null` means the token holds no words (`*`, `--`, `""`) and is left out. */
export type TermResult = { term: QueryTerm | null } | { problem: string };

interface Modifiers {
  prefix: boolean;
  /** null: no `~` was typed. */
  fuzzy: number | null;
}

const MAX_FUZZY = 2;
const MIN_PREFIX_LENGTH = 2;

/**
 * Reads the words of a token that is not a filter. A token with several words (`G5-Sahel`,
 * `"burkina faso"`) is a phrase; `*` and `~` only make sense on a single word.
 */
export function readTerm(token: ItemToken): TermResult {
  const split = token.quoted
    ? { core: token.body, ...readTail(token.tail) }
    : splitModifiers(token.body);
  const found = words(split.core);
  const shown = quoteForMessage(token.raw);

  if (found.length === 0) return { term: null };
  if (split.prefix && split.fuzzy !== null) {
    return {
      problem: `Use either * or ~ on a word, not both, as in ${shown}: for example niger* or niger~1.`,
    };
  }
  if (found.length > 1) {
    if (split.prefix) {
      return {
        problem: `A * can only end a single word, so ${shown} can’t be a prefix search. Try one word, for example niger*.`,
      };
    }
    if (split.fuzzy !== null) {
      return {
        problem: `A ~ can only follow a single word, so ${shown} can’t be a fuzzy search. Try one word, for example niger~1.`,
      };
    }
    return { term: { kind: 'phrase', words: found } };
  }

  const text = found[0]!;
  if (split.prefix && [...text].length < MIN_PREFIX_LENGTH) {
    return {
      problem: `${shown} is too short for a prefix search: type at least two characters before the *, for example ni*.`,
    };
  }
  // Distances above 2 match almost anything, so they are read as 2 rather than refused.
  const fuzzy = Math.min(split.fuzzy ?? 0, MAX_FUZZY) as 0 | 1 | 2;
  return { term: { kind: 'word', text, prefix: split.prefix, fuzzy } };
}

/**
 * Peels `*` and `~N` off the end of an unquoted token (`sahel*`, `niger~`, `niger~2`).
 * Scans backwards over plain characters, so long inputs cannot make it slow.
 */
function splitModifiers(body: string): Modifiers & { core: string } {
  let end = body.length;
  let prefix = false;
  let fuzzy: number | null = null;
  for (;;) {
    let digits = end;
    while (digits > 0 && isDigit(body[digits - 1]!)) digits--;
    if (digits > 0 && body[digits - 1] === '~') {
      fuzzy = readDistance(body.slice(digits, end));
      end = digits - 1;
    } else if (digits === end && end > 0 && body[end - 1] === '*') {
      prefix = true;
      end--;
    } else {
      break;
    }
  }
  return { core: body.slice(0, end), prefix, fuzzy };
}

/** Reads the `*` / `~N` run the lexer kept after a closing quote. */
function readTail(tail: string): Modifiers {
  let prefix = false;
  let fuzzy: number | null = null;
  let i = 0;
  while (i < tail.length) {
    if (tail[i] === '*') {
      prefix = true;
      i++;
    } else if (tail[i] === '~') {
      const from = ++i;
      while (i < tail.length && isDigit(tail[i]!)) i++;
      fuzzy = readDistance(tail.slice(from, i));
    } else {
      i++; // the lexer only keeps * and ~N here; skipping anything else keeps this total
    }
  }
  return { prefix, fuzzy };
}

/** `~` alone means 1; any longer digit run is over the maximum anyway. */
function readDistance(digits: string): number {
  if (digits === '') return 1;
  return digits.length > 2 ? MAX_FUZZY + 1 : Number(digits);
}

function isDigit(ch: string): boolean {
  return ch >= '0' && ch <= '9';
}

/** The reader's own text in curly quotes, shortened so a message stays one line. */
export function quoteForMessage(raw: string): string {
  const chars = [...raw];
  return chars.length > 40 ? `“${chars.slice(0, 39).join('')}…”` : `“${raw}”`;
}
