import { describe, expect, it } from 'vitest';
import { parseQuery } from '../../shared/query.ts';

function clauses(input: string) {
  const parsed = parseQuery(input);
  if (!parsed.ok) throw new Error(`unexpected problem: ${parsed.problem}`);
  return parsed.clauses;
}

function problem(input: string): string {
  const parsed = parseQuery(input);
  if (parsed.ok) throw new Error(`expected a problem for ${input}`);
  return parsed.problem;
}

describe('parseQuery', () => {
  it('ANDs plain words, lower-cased and accent-folded', () => {
    expect(clauses('Niger  Türkiye')).toEqual([
      { kind: 'word', text: 'niger', field: null, prefix: false, negated: false },
      { kind: 'word', text: 'turkiye', field: null, prefix: false, negated: false },
    ]);
  });

  it('reads phrases, exclusions, prefixes and fields', () => {
    expect(clauses('"G5 Sahel" -France yevk* title:russia')).toEqual([
      { kind: 'phrase', words: ['g5', 'sahel'], field: null, negated: false },
      { kind: 'word', text: 'france', field: null, prefix: false, negated: true },
      { kind: 'word', text: 'yevk', field: null, prefix: true, negated: false },
      { kind: 'word', text: 'russia', field: 'title', prefix: false, negated: false },
    ]);
  });

  it('accepts a field with a phrase', () => {
    expect(clauses('title:"security missions"')).toEqual([
      { kind: 'phrase', words: ['security', 'missions'], field: 'title', negated: false },
    ]);
  });

  it('treats an unclosed quote as a phrase running to the end', () => {
    expect(clauses('"unclosed quote')).toEqual([
      { kind: 'phrase', words: ['unclosed', 'quote'], field: null, negated: false },
    ]);
    expect(clauses('"unclosed')).toEqual([
      { kind: 'word', text: 'unclosed', field: null, prefix: false, negated: false },
    ]);
  });

  it('explains malformed queries instead of failing', () => {
    expect(problem('title:')).toMatch(/title:.*needs a word/);
    expect(problem('***')).toMatch(/at least one word/);
    expect(problem('colour:red')).toMatch(/not something Outpost can search by/);
    expect(problem('-niger')).toMatch(/besides the excluded/);
    expect(problem('a*')).toMatch(/too short/);
  });

  it('returns no clauses for an empty query', () => {
    expect(clauses('   ')).toEqual([]);
  });

  it('never throws on arbitrary input', () => {
    const samples = [
      '"',
      '""',
      '-',
      '--x',
      ':',
      'a:b:c',
      '"a" "b',
      '\u0000',
      'title:"',
      '*"*',
      '(',
      ')~^+',
    ];
    for (const sample of samples) expect(() => parseQuery(sample)).not.toThrow();
  });
});
