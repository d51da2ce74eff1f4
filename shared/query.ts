// Parses what the reader types into the search box into clauses, or a message saying what to fix.
import { words } from './tokenize.ts';

export const searchFields = ['title', 'author', 'source'] as const;
export type SearchField = (typeof searchFields)[number];

export type QueryClause =
  | { kind: 'word'; text: string; field: SearchField | null; prefix: boolean; negated: boolean }
  | { kind: 'phrase'; words: string[]; field: SearchField | null; negated: boolean };

export type ParsedQuery = { ok: true; clauses: QueryClause[] } | { ok: false; problem: string };

const MAX_CLAUSES = 32;

/**
 * Words are ANDed; `"a phrase"`, `-word`, `prefix*` and `field:word` are understood.
 * Never throws: anything it cannot make sense of becomes a `problem` the UI shows as is.
 */
export function parseQuery(input: string): ParsedQuery {
  const clauses: QueryClause[] = [];
  let rest = input.trim();
  while (rest.length > 0) {
    const token = readToken(rest);
    rest = rest.slice(token.length).trimStart();
    const result = parseToken(token);
    if ('problem' in result) return { ok: false, problem: result.problem };
    if (result.clause) clauses.push(result.clause);
  }
  if (clauses.length > MAX_CLAUSES) {
    return {
      ok: false,
      problem: `That query has ${clauses.length} parts; use at most ${MAX_CLAUSES}.`,
    };
  }
  if (clauses.length > 0 && clauses.every((clause) => clause.negated)) {
    return { ok: false, problem: 'Add at least one word to look for besides the excluded ones.' };
  }
  if (clauses.length === 0 && /[^\s]/.test(input)) {
    return { ok: false, problem: 'Type at least one word to search for.' };
  }
  return { ok: true, clauses };
}

/** A token runs to the next space, except that a quote runs to its closing quote (or the end). */
function readToken(text: string): string {
  const quote = text.search(/"/);
  const space = text.search(/\s/);
  if (quote !== -1 && (space === -1 || quote < space)) {
    const close = text.indexOf('"', quote + 1);
    if (close === -1) return text;
    const after = text.slice(close + 1).search(/\s/);
    return after === -1 ? text : text.slice(0, close + 1 + after);
  }
  return space === -1 ? text : text.slice(0, space);
}

type TokenResult = { clause: QueryClause | null } | { problem: string };

function parseToken(raw: string): TokenResult {
  let token = raw;
  let negated = false;
  if (token.startsWith('-') && token.length > 1) {
    negated = true;
    token = token.slice(1);
  }
  let field: SearchField | null = null;
  const fieldMatch = /^([A-Za-z]+):(.*)$/s.exec(token);
  if (fieldMatch) {
    const name = fieldMatch[1]!.toLowerCase();
    if (!(searchFields as readonly string[]).includes(name)) {
      return {
        problem: `“${name}:” is not something Outpost can search by. Try ${searchFields.map((f) => `${f}:`).join(', ')}.`,
      };
    }
    field = name as SearchField;
    token = fieldMatch[2]!;
    if (words(token).length === 0) {
      return { problem: `“${name}:” needs a word right after it, for example ${name}:niger.` };
    }
  }
  if (token.startsWith('"')) {
    const inner = token.replace(/^"/, '').replace(/"[^"]*$/, '');
    const phraseWords = words(inner);
    if (phraseWords.length === 0) return { clause: null };
    if (phraseWords.length === 1) {
      return { clause: { kind: 'word', text: phraseWords[0]!, field, prefix: false, negated } };
    }
    return { clause: { kind: 'phrase', words: phraseWords, field, negated } };
  }
  const prefix = /\*+$/.test(token);
  const parts = words(token);
  if (parts.length === 0) return { clause: null };
  if (parts.length > 1) {
    // "G5-Sahel" or "e.g." style tokens: treat the pieces as a phrase.
    return { clause: { kind: 'phrase', words: parts, field, negated } };
  }
  const text = parts[0]!;
  if (prefix && text.length < 2) {
    return {
      problem: `“${raw}” is too short for a prefix search: type at least two letters before *.`,
    };
  }
  return { clause: { kind: 'word', text, field, prefix, negated } };
}
