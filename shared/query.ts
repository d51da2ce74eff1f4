// Parses what the reader types into the search box into a SearchQuery, or a message saying what to fix.
import {
  searchFields,
  type FieldTerm,
  type ParsedQuery,
  type QueryClause,
  type QueryFilters,
  type SearchField,
} from './query-ast.ts';
import { applyFilter, checkDateRange, isFilterName, noFilters } from './query-filters.ts';
import { lexQuery, type ItemToken, type OrToken } from './query-lex.ts';
import { quoteForMessage, readTerm } from './query-term.ts';

export {
  searchFields,
  type FieldTerm,
  type ParsedQuery,
  type QueryClause,
  type QueryFilters,
  type QueryTerm,
  type SearchField,
  type SearchQuery,
} from './query-ast.ts';

/** Longer input is refused rather than read, so a pasted article cannot stall the search box. */
export const maxQueryLength = 2000;
/** Clauses plus OR alternatives: each one costs the index a lookup. */
export const maxQueryParts = 32;

type Element =
  | { kind: 'term'; negated: boolean; fieldTerm: FieldTerm; raw: string }
  | { kind: 'filter'; raw: string }
  | OrToken;

type Failure = { problem: string };

/**
 * Words are ANDed; `"a phrase"`, `-word`, `prefix*`, `word~1`, `field:word`, `a OR b`,
 * `after:`/`before:` dates and `is:` filters are understood (see query.test.ts for the table).
 * Never throws: anything it cannot make sense of becomes a `problem` the UI shows as is.
 */
export function parseQuery(input: string): ParsedQuery {
  // The type says string, but this also guards the IPC boundary, where anything can arrive.
  if (typeof input !== 'string') return fail('Type words to search for, for example niger.');
  if (input.length > maxQueryLength) {
    return fail(
      `That search is ${input.length} characters long; Outpost reads up to ${maxQueryLength}. Keep the most telling words, for example niger coup.`,
    );
  }

  const filters = noFilters();
  const elements: Element[] = [];
  for (const token of lexQuery(input)) {
    if (token.kind === 'or') {
      elements.push(token);
      continue;
    }
    const read = readElement(token, filters);
    if ('problem' in read) return fail(read.problem);
    if (read.element) elements.push(read.element);
  }
  const rangeProblem = checkDateRange(filters);
  if (rangeProblem !== null) return fail(rangeProblem);

  const grouped = groupAlternatives(elements);
  if ('problem' in grouped) return fail(grouped.problem);
  const clauses = grouped.clauses;

  const parts = clauses.reduce(
    (sum, clause) => sum + (clause.type === 'any' ? clause.alternatives.length : 1),
    0,
  );
  if (parts > maxQueryParts) {
    return fail(
      `That search has ${parts} parts; Outpost looks for at most ${maxQueryParts} at once. Remove some words, for example the most common ones.`,
    );
  }
  // With a filter, exclusions alone still make sense: `is:starred -france`.
  const hasFilters = Object.values(filters).some((value) => value !== null);
  if (
    !hasFilters &&
    clauses.length > 0 &&
    clauses.every((clause) => clause.type === 'term' && clause.negated)
  ) {
    return fail(
      'Add at least one word to look for besides the excluded ones, for example niger -france.',
    );
  }
  if (!hasFilters && clauses.length === 0 && input.trim() !== '') {
    return fail('Type at least one word to search for, for example niger.');
  }
  return { ok: true, clauses, filters };
}

function fail(problem: string): ParsedQuery {
  return { ok: false, problem };
}

/** One token becomes a term, a filter (applied to `filters` on the spot), or nothing. */
function readElement(
  token: ItemToken,
  filters: QueryFilters,
): { element: Element | null } | Failure {
  const name = token.name?.toLowerCase() ?? null;
  if (name !== null && isFilterName(name)) {
    const value = token.quoted ? token.body.trim() + token.tail : token.body;
    const problem = applyFilter(filters, name, value, token.negated);
    return problem === null ? { element: { kind: 'filter', raw: token.raw } } : { problem };
  }

  let field: SearchField | null = null;
  if (name !== null) {
    if (isSearchField(name)) {
      field = name;
    } else if (!token.quoted && token.body === '') {
      // "Breaking:" pasted from a headline: a colon with nothing after it is punctuation.
      return readElement({ ...token, name: null, body: name }, filters);
    } else {
      return { problem: unknownFieldProblem(name, token.raw) };
    }
  }

  const read = readTerm(token);
  if ('problem' in read) return read;
  if (read.term === null) {
    if (field === null) return { element: null };
    return { problem: `“${field}:” needs a word right after it, for example ${field}:niger.` };
  }
  return {
    element: {
      kind: 'term',
      negated: token.negated,
      fieldTerm: { term: read.term, field },
      raw: token.raw,
    },
  };
}

function isSearchField(name: string): name is SearchField {
  return (searchFields as readonly string[]).includes(name);
}

function unknownFieldProblem(name: string, raw: string): string {
  const valid = searchFields.map((field) => `${field}:`);
  const list = `${valid.slice(0, -1).join(', ')} or ${valid.at(-1) ?? ''}`;
  const plain = raw.startsWith('-') ? raw.slice(1) : raw;
  return `Outpost can’t search by “${name}:”. Use ${list}, for example title:niger; or put the text in quotes to look for it as written: "${plain}".`;
}

/**
 * Joins terms linked by OR into `any` clauses. Each OR needs a plain term on both sides:
 * not another OR, not a filter, and not an exclusion, which an OR cannot offer as a choice.
 */
function groupAlternatives(elements: readonly Element[]): { clauses: QueryClause[] } | Failure {
  for (let i = 0; i < elements.length; i++) {
    const element = elements[i]!;
    if (element.kind !== 'or') continue;
    const problem =
      checkOrSide(element, elements[i - 1], 'before') ??
      checkOrSide(element, elements[i + 1], 'after');
    if (problem !== null) return { problem };
  }

  const clauses: QueryClause[] = [];
  let i = 0;
  while (i < elements.length) {
    const element = elements[i]!;
    i++;
    if (element.kind !== 'term') continue;
    const alternatives = [element.fieldTerm];
    for (;;) {
      const or = elements[i];
      const next = elements[i + 1];
      if (or?.kind !== 'or' || next?.kind !== 'term') break;
      alternatives.push(next.fieldTerm);
      i += 2;
    }
    clauses.push(
      alternatives.length === 1
        ? { type: 'term', negated: element.negated, ...element.fieldTerm }
        : { type: 'any', alternatives },
    );
  }
  return { clauses };
}

function checkOrSide(
  or: OrToken,
  side: Element | undefined,
  where: 'before' | 'after',
): string | null {
  const shown = quoteForMessage(or.raw);
  if (side === undefined) {
    return `Put a word ${where} ${shown}, for example mali OR niger.`;
  }
  if (side.kind === 'or') {
    return `Write ${shown} only once between two words, for example mali OR niger.`;
  }
  if (side.kind === 'filter') {
    return `${shown} joins words, not filters like ${quoteForMessage(side.raw)}. Keep filters outside it, for example mali OR niger is:unread.`;
  }
  if (side.negated) {
    return `An excluded word like ${quoteForMessage(side.raw)} can’t be one of the choices of ${shown}. Keep exclusions outside it, for example mali OR niger -france.`;
  }
  return null;
}
