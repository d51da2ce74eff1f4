// Properties of the search box's parser over generated input: it never throws, every refusal is a
// sentence the reader can act on, and a query written out from its meaning reads back to that meaning.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { FieldTerm, QueryClause, QueryFilters, QueryTerm } from '../../shared/query-ast.ts';
import { maxQueryLength, maxQueryParts, parseQuery, searchFields } from '../../shared/query.ts';

/** Pieces of queries people type (and paste), so generated input reaches every branch. */
const piece = fc.oneof(
  fc.constantFrom(
    ...[' ', '  ', '\t', '\u00a0', '"', '“', '”', '«', '»', '„', '-', '--', '*', '~', '~1', '~9'],
    ...['|', '||', 'OR', 'or', ':', 'title:', 'author:', 'region:', 'topic:', 'tag:', 'source:'],
    ...['after:', 'before:', 'is:', 'is:read', 'is:unread', 'is:starred', 'after:2024-01-31'],
    ...['before:2023-02-30', 'https://example.org/a?b=c', 'Breaking:', 'niger', 'Mali', 'G5-Sahel'],
    ...['Niger’s', 'Türkiye', 'Москва', '東京', "l'armée", '2024', 'x'],
  ),
  fc.string({ maxLength: 6 }),
  fc.string({ unit: 'grapheme', maxLength: 6 }),
);
const typed = fc.array(piece, { maxLength: 24 }).map((parts) => parts.join(''));

const runs = { numRuns: 500 };

describe('parseQuery on any input', () => {
  it('never throws, and answers either a query or a problem', () => {
    fc.assert(
      fc.property(fc.oneof(typed, fc.string({ unit: 'binary', maxLength: 200 })), (input) => {
        const parsed = parseQuery(input);
        if (parsed.ok) {
          expect(Array.isArray(parsed.clauses)).toBe(true);
          expect(Object.keys(parsed.filters).sort()).toEqual([
            'after',
            'before',
            'read',
            'starred',
          ]);
        } else expect(typeof parsed.problem).toBe('string');
      }),
      runs,
    );
  });

  it('says what is wrong in a sentence: capital or quote first, full stop last', () => {
    fc.assert(
      fc.property(typed, (input) => {
        const parsed = parseQuery(input);
        if (parsed.ok) return;
        expect(parsed.problem).toMatch(/^[\p{Lu}“"]/u);
        expect(parsed.problem).toMatch(/[.!?]$/u);
        expect(parsed.problem.length).toBeGreaterThan(20);
      }),
      runs,
    );
  });

  it('refuses what is not a string (a call over IPC can carry anything)', () => {
    fc.assert(
      fc.property(
        fc.anything().filter((value) => typeof value !== 'string'),
        (value) => {
          const parsed = parseQuery(value as string);
          expect(parsed.ok).toBe(false);
        },
      ),
      { numRuns: 100 },
    );
  });

  it('refuses input past the length limit, naming both lengths', () => {
    fc.assert(
      fc.property(fc.integer({ min: maxQueryLength + 1, max: maxQueryLength * 3 }), (length) => {
        const parsed = parseQuery('niger '.repeat(length).slice(0, length));
        expect(parsed).toMatchObject({ ok: false });
        if (!parsed.ok) expect(parsed.problem).toContain(String(length));
      }),
      { numRuns: 50 },
    );
  });

  it('gives each clause its words as the index spells them: lower case, no accents', () => {
    fc.assert(
      fc.property(typed, (input) => {
        const parsed = parseQuery(input);
        if (!parsed.ok) return;
        const terms = parsed.clauses.flatMap((clause) =>
          clause.type === 'any' ? clause.alternatives.map((a) => a.term) : [clause.term],
        );
        for (const term of terms) {
          for (const text of term.kind === 'word' ? [term.text] : term.words) {
            expect(text).toBe(
              text
                .normalize('NFKD')
                .replace(/\p{M}+/gu, '')
                .toLowerCase(),
            );
            expect(text).not.toBe('');
          }
        }
      }),
      runs,
    );
  });
});

// Queries generated from their meaning, written out as a reader would type them.
const plainWord = fc.stringMatching(/^[a-z][a-z0-9]{1,9}$/);
const wordTerm: fc.Arbitrary<QueryTerm> = fc.oneof(
  plainWord.map((text) => ({ kind: 'word' as const, text, prefix: false, fuzzy: 0 as const })),
  plainWord.map((text) => ({ kind: 'word' as const, text, prefix: true, fuzzy: 0 as const })),
  fc
    .tuple(plainWord, fc.constantFrom(1 as const, 2 as const))
    .map(([text, fuzzy]) => ({ kind: 'word' as const, text, prefix: false, fuzzy })),
);
const phraseTerm: fc.Arbitrary<QueryTerm> = fc
  .array(plainWord, { minLength: 2, maxLength: 4 })
  .map((words) => ({ kind: 'phrase' as const, words }));
const fieldTerm: fc.Arbitrary<FieldTerm> = fc.record({
  term: fc.oneof(wordTerm, phraseTerm),
  field: fc.option(fc.constantFrom(...searchFields), { nil: null }),
});
const clause: fc.Arbitrary<QueryClause> = fc.oneof(
  fc
    .tuple(fieldTerm, fc.boolean())
    .map(([term, negated]) => ({ type: 'term' as const, negated, ...term })),
  fc
    .array(fieldTerm, { minLength: 2, maxLength: 3 })
    .map((alternatives) => ({ type: 'any' as const, alternatives })),
);
const isoDate = fc
  .date({
    min: new Date('2000-01-01T00:00:00Z'),
    max: new Date('2030-12-31T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((date) => date.toISOString().slice(0, 10));
const filters: fc.Arbitrary<QueryFilters> = fc
  .record({
    dates: fc.tuple(fc.option(isoDate, { nil: null }), fc.option(isoDate, { nil: null })),
    read: fc.option(fc.boolean(), { nil: null }),
    starred: fc.option(fc.boolean(), { nil: null }),
  })
  .map(({ dates: [a, b], read, starred }) => {
    // after: must come before before:, or no article could match (a problem, not a query).
    const [after, before] = a !== null && b !== null && a >= b ? [null, a] : [a, b];
    return { after, before, read, starred };
  });

function writeTerm({ term, field }: FieldTerm): string {
  const prefix = field ? `${field}:` : '';
  if (term.kind === 'phrase') return `${prefix}"${term.words.join(' ')}"`;
  const modifier = term.prefix ? '*' : term.fuzzy > 0 ? `~${term.fuzzy}` : '';
  return `${prefix}${term.text}${modifier}`;
}

function writeQuery(clauses: QueryClause[], f: QueryFilters): string {
  const parts = clauses.map((c) =>
    c.type === 'any'
      ? c.alternatives.map(writeTerm).join(' OR ')
      : `${c.negated ? '-' : ''}${writeTerm(c)}`,
  );
  if (f.after) parts.push(`after:${f.after}`);
  if (f.before) parts.push(`before:${f.before}`);
  if (f.read !== null) parts.push(f.read ? 'is:read' : 'is:unread');
  if (f.starred !== null) parts.push(f.starred ? 'is:starred' : 'is:unstarred');
  return parts.join(' ');
}

describe('parseQuery on queries written out from their meaning', () => {
  const meaning = fc
    .record({ clauses: fc.array(clause, { maxLength: 8 }), filters })
    .filter(({ clauses, filters: f }) => {
      const hasFilters = Object.values(f).some((value) => value !== null);
      const positive = clauses.some((c) => c.type === 'any' || !c.negated);
      const parts = clauses.reduce((n, c) => n + (c.type === 'any' ? c.alternatives.length : 1), 0);
      // The parser refuses, with reason, exclusions alone and queries with nothing to look for.
      return parts <= maxQueryParts && (hasFilters || positive);
    });

  it('reads back the clauses and filters it was written from', () => {
    fc.assert(
      fc.property(meaning, ({ clauses, filters: f }) => {
        expect(parseQuery(writeQuery(clauses, f))).toEqual({ ok: true, clauses, filters: f });
      }),
      runs,
    );
  });

  it('reads the same whatever blank space separates the parts', () => {
    const space = fc.constantFrom(' ', '  ', '\t', '\n', '\u00a0', '\u3000');
    fc.assert(
      fc.property(meaning, space, ({ clauses, filters: f }, gap) => {
        const written = writeQuery(clauses, f);
        expect(
          parseQuery(` ${written.replace(/ (?=[^"]*(?:"[^"]*"[^"]*)*$)/g, gap)}${gap}`),
        ).toEqual(parseQuery(written));
      }),
      runs,
    );
  });
});
