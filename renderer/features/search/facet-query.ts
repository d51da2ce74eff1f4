// Facet chips as parts of the query text: `source:"World Desk"`, `region:"Brazil"` and a year's after:/before: pair, found, added and removed.
import { readDate } from '../../../shared/query-filters.ts';
import { lexQuery, type QueryToken } from '../../../shared/query-lex.ts';

interface Span {
  token: QueryToken;
  start: number;
  end: number;
}

const quotes = /["“”„«»]/g;

/** The query part that narrows to one source: a quoted field phrase, so names with spaces work. */
export function sourcePart(name: string): string {
  return fieldPart('source', name);
}

/** The query part that narrows to one country or region (a map click while searching). */
export function regionPart(name: string): string {
  return fieldPart('region', name);
}

function fieldPart(field: 'source' | 'region', name: string): string {
  // A quote inside the name would end the phrase early; the words are what the index matches.
  return `${field}:"${name.replace(quotes, ' ').replace(/\s+/g, ' ').trim()}"`;
}

/** The query part that narrows to one calendar year of publication. */
export function yearPart(year: number): string {
  return `after:${year}-01-01 before:${year + 1}-01-01`;
}

/** Whether two names stand for the same source in a query (case, spacing and quotes aside). */
export function sameSourceName(a: string, b: string): boolean {
  return normalize(a) === normalize(b);
}

/** Whether the text narrows to this source with a part a chip can take out again. */
export function hasSource(text: string, name: string): boolean {
  return fieldSpans(locate(text), 'source', name).length > 0;
}

export function hasRegion(text: string, name: string): boolean {
  return fieldSpans(locate(text), 'region', name).length > 0;
}

export function hasYear(text: string, year: number): boolean {
  return yearSpans(locate(text), year) !== null;
}

/** Sources the text narrows to, as typed: a chip stays visible (and removable) with no results. */
export function sourcesIn(text: string): string[] {
  const spans = locate(text);
  return spans.flatMap((_, index) => {
    const name = chipBody(spans, index, 'source');
    return name === null ? [] : [name];
  });
}

/** Years the text narrows to with a whole-year after:/before: pair. */
export function yearsIn(text: string): number[] {
  const spans = locate(text);
  const years: number[] = [];
  for (let index = 0; index < spans.length; index++) {
    const date = chipDate(spans, index, 'after');
    const year = date?.endsWith('-01-01') ? Number(date.slice(0, 4)) : null;
    if (year !== null && yearSpans(spans, year)) years.push(year);
  }
  return [...new Set(years)];
}

/** Adds the source's part to the text, or takes it out when it is there. */
export function toggleSource(text: string, name: string): string {
  const spans = locate(text);
  const found = fieldSpans(spans, 'source', name);
  return found.length > 0 ? removeSpans(text, found) : append(text, sourcePart(name));
}

/** Adds the country's or region's part to the text, or takes it out when it is there. */
export function toggleRegion(text: string, name: string): string {
  const found = fieldSpans(locate(text), 'region', name);
  return found.length > 0 ? removeSpans(text, found) : append(text, regionPart(name));
}

/** Adds the year's pair to the text, or takes it out when it is there. */
export function toggleYear(text: string, year: number): string {
  const found = yearSpans(locate(text), year);
  return found ? removeSpans(text, found) : append(text, yearPart(year));
}

/** Tokens with where they sit: a token starts at the first non-space after the previous one. */
function locate(text: string): Span[] {
  const spans: Span[] = [];
  let cursor = 0;
  for (const token of lexQuery(text)) {
    const start = text.indexOf(token.raw, cursor);
    if (start < 0) break;
    spans.push({ token, start, end: start + token.raw.length });
    cursor = start + token.raw.length;
  }
  return spans;
}

/**
 * The value of a plain `name:value` clause at `index`, or null. A negated part, or one that is
 * a choice of an OR, is not what a chip adds, and taking it out would change the query's meaning.
 */
function chipBody(spans: readonly Span[], index: number, name: string): string | null {
  const token = spans[index]?.token;
  if (!token || token.kind !== 'item' || token.negated || token.tail !== '') return null;
  if (token.name?.toLowerCase() !== name) return null;
  if (spans[index - 1]?.token.kind === 'or' || spans[index + 1]?.token.kind === 'or') return null;
  return token.body;
}

function chipDate(spans: readonly Span[], index: number, name: 'after' | 'before'): string | null {
  const body = chipBody(spans, index, name);
  return body === null ? null : readDate(body.trim());
}

function fieldSpans(spans: readonly Span[], field: 'source' | 'region', name: string): Span[] {
  const wanted = normalize(name);
  return spans.filter((_, index) => {
    const body = chipBody(spans, index, field);
    return body !== null && normalize(body) === wanted;
  });
}

function yearSpans(spans: readonly Span[], year: number): Span[] | null {
  const after = spans.find((_, index) => chipDate(spans, index, 'after') === `${year}-01-01`);
  const before = spans.find((_, index) => chipDate(spans, index, 'before') === `${year + 1}-01-01`);
  return after && before ? [after, before] : null;
}

function normalize(value: string): string {
  return value.replace(quotes, ' ').replace(/\s+/g, ' ').trim().toLocaleLowerCase();
}

function append(text: string, part: string): string {
  const base = text.trim();
  return base ? `${base} ${part}` : part;
}

/** Cuts the spans out, leaving one space where a part sat between two others. */
function removeSpans(text: string, spans: readonly Span[]): string {
  let result = text;
  for (const span of [...spans].sort((a, b) => b.start - a.start)) {
    const before = result.slice(0, span.start).trimEnd();
    const after = result.slice(span.end).trimStart();
    result = before && after ? `${before} ${after}` : before || after;
  }
  return result.trim();
}
