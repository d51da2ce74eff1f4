import { describe, expect, it } from 'vitest';
import type {
  FieldTerm,
  QueryClause,
  QueryFilters,
  QueryTerm,
  SearchField,
} from '../../shared/query-ast.ts';
import { maxQueryLength, maxQueryParts, parseQuery, searchFields } from '../../shared/query.ts';

function word(text: string, options: { prefix?: boolean; fuzzy?: 0 | 1 | 2 } = {}): QueryTerm {
  return { kind: 'word', text, prefix: options.prefix ?? false, fuzzy: options.fuzzy ?? 0 };
}

function phrase(...words: string[]): QueryTerm {
  return { kind: 'phrase', words };
}

function term(
  queryTerm: QueryTerm,
  options: { field?: SearchField; negated?: boolean } = {},
): QueryClause {
  return {
    type: 'term',
    term: queryTerm,
    field: options.field ?? null,
    negated: options.negated ?? false,
  };
}

function alt(queryTerm: QueryTerm, field: SearchField | null = null): FieldTerm {
  return { term: queryTerm, field };
}

function any(...alternatives: FieldTerm[]): QueryClause {
  return { type: 'any', alternatives };
}

const noFilters: QueryFilters = { after: null, before: null, read: null, starred: null };

function problem(input: string): string {
  const parsed = parseQuery(input);
  if (parsed.ok) throw new Error(`expected a problem for ${JSON.stringify(input)}`);
  return parsed.problem;
}

type Row = [input: string, clauses: QueryClause[], filters?: Partial<QueryFilters>];

const accepted: Row[] = [
  // Words are ANDed, normalised like the index (tokenize.ts).
  ['', []],
  ['   \t\n ', []],
  ['niger russia', [term(word('niger')), term(word('russia'))]],
  ['Niger  Türkiye', [term(word('niger')), term(word('turkiye'))]],
  ['Niger’s army', [term(word('niger')), term(word('army'))]],
  ['Москва 東京', [term(word('москва')), term(word('東京'))]],
  ['or', [term(word('or'))]],
  ['mali or niger', [term(word('mali')), term(word('or')), term(word('niger'))]],
  // Punctuation inside a token makes a phrase; a token without words is left out.
  ['G5-Sahel', [term(phrase('g5', 'sahel'))]],
  ['U.S.', [term(phrase('u', 's'))]],
  ['mali & -- ... niger', [term(word('mali')), term(word('niger'))]],
  ['(mali)', [term(word('mali'))]],
  // Quotes.
  ['"burkina faso"', [term(phrase('burkina', 'faso'))]],
  ['"Mali"', [term(word('mali'))]],
  [
    '“burkina faso” «coup d’état»',
    [term(phrase('burkina', 'faso')), term(phrase('coup', 'detat'))],
  ],
  ['"unclosed quote', [term(phrase('unclosed', 'quote'))]],
  ['niger "unclosed', [term(word('niger')), term(word('unclosed'))]],
  ['"" niger', [term(word('niger'))]],
  ['mali"burkina faso"', [term(word('mali')), term(phrase('burkina', 'faso'))]],
  ['"OR"', [term(word('or'))]],
  // Exclusions.
  ['niger -france', [term(word('niger')), term(word('france'), { negated: true })]],
  [
    'niger -"wagner group"',
    [term(word('niger')), term(phrase('wagner', 'group'), { negated: true })],
  ],
  [
    'niger -title:opinion',
    [term(word('niger')), term(word('opinion'), { field: 'title', negated: true })],
  ],
  ['niger - france', [term(word('niger')), term(word('france'))]],
  ['niger -niam*', [term(word('niger')), term(word('niam', { prefix: true }), { negated: true })]],
  // OR, upper-case or |, fields allowed inside.
  [
    'mali OR niger OR "burkina faso"',
    [any(alt(word('mali')), alt(word('niger')), alt(phrase('burkina', 'faso')))],
  ],
  [
    'title:mali OR source:reuters',
    [any(alt(word('mali'), 'title'), alt(word('reuters'), 'source'))],
  ],
  ['mali | niger', [any(alt(word('mali')), alt(word('niger')))]],
  ['mali|niger', [any(alt(word('mali')), alt(word('niger')))]],
  ['mali || niger', [any(alt(word('mali')), alt(word('niger')))]],
  [
    'coup mali OR niger -france',
    [
      term(word('coup')),
      any(alt(word('mali')), alt(word('niger'))),
      term(word('france'), { negated: true }),
    ],
  ],
  ['a OR b c OR d', [any(alt(word('a')), alt(word('b'))), any(alt(word('c')), alt(word('d')))]],
  ['mali OR * niger', [any(alt(word('mali')), alt(word('niger')))]],
  // Prefixes.
  ['sahel*', [term(word('sahel', { prefix: true }))]],
  ['ni*', [term(word('ni', { prefix: true }))]],
  ['sahel***', [term(word('sahel', { prefix: true }))]],
  ['"sahel"*', [term(word('sahel', { prefix: true }))]],
  ['*niger', [term(word('niger'))]],
  ['niger *', [term(word('niger'))]],
  // Fuzzy: ~ alone is 1; above 2 is read as 2.
  ['niger~1', [term(word('niger', { fuzzy: 1 }))]],
  ['niger~2', [term(word('niger', { fuzzy: 2 }))]],
  ['niger~', [term(word('niger', { fuzzy: 1 }))]],
  ['niger~0', [term(word('niger'))]],
  ['niger~3', [term(word('niger', { fuzzy: 2 }))]],
  ['niger~999999999999999999999', [term(word('niger', { fuzzy: 2 }))]],
  ['"niger"~1', [term(word('niger', { fuzzy: 1 }))]],
  ['covid19', [term(word('covid19'))]],
  ['a~b', [term(phrase('a', 'b'))]],
  // Fields.
  ['title:niger', [term(word('niger'), { field: 'title' })]],
  ['Title:Niger', [term(word('niger'), { field: 'title' })]],
  ['author:"Ana Lopez"', [term(phrase('ana', 'lopez'), { field: 'author' })]],
  [
    'source:reuters region:sahel topic:security tag:later',
    [
      term(word('reuters'), { field: 'source' }),
      term(word('sahel'), { field: 'region' }),
      term(word('security'), { field: 'topic' }),
      term(word('later'), { field: 'tag' }),
    ],
  ],
  ['title:sah*', [term(word('sah', { prefix: true }), { field: 'title' })]],
  ['title:G5-Sahel', [term(phrase('g5', 'sahel'), { field: 'title' })]],
  ['title:"mali', [term(word('mali'), { field: 'title' })]],
  // Colons that are not fields.
  ['10:30', [term(phrase('10', '30'))]],
  ['https://example.com/news', [term(phrase('https', 'example', 'com', 'news'))]],
  ['g5:sahel', [term(phrase('g5', 'sahel'))]],
  ['Breaking: niger', [term(word('breaking')), term(word('niger'))]],
  ['"colour:red"', [term(phrase('colour', 'red'))]],
  // Filters, with or without terms.
  ['niger after:2024-01-01', [term(word('niger'))], { after: '2024-01-01' }],
  ['before:2024-06-30', [], { before: '2024-06-30' }],
  ['after:2024', [], { after: '2024-01-01' }],
  ['after:2024-03', [], { after: '2024-03-01' }],
  ['before:2024', [], { before: '2024-01-01' }],
  ['after:2024-3-5', [], { after: '2024-03-05' }],
  ['after:2024/03/05', [], { after: '2024-03-05' }],
  ['after:"2024-03-05"', [], { after: '2024-03-05' }],
  ['after:2024-02-29', [], { after: '2024-02-29' }],
  ['after:2000-02-29', [], { after: '2000-02-29' }],
  ['AFTER:2024', [], { after: '2024-01-01' }],
  ['after:2024-01-01 before:2024-06-30', [], { after: '2024-01-01', before: '2024-06-30' }],
  ['after:2023 after:2024-05', [], { after: '2024-05-01' }],
  ['before:2024 before:2023-05', [], { before: '2023-05-01' }],
  ['-after:2024', [], { before: '2024-01-01' }],
  ['-before:2024', [], { after: '2024-01-01' }],
  ['is:unread', [], { read: false }],
  ['is:read', [], { read: true }],
  ['is:starred', [], { starred: true }],
  ['is:unstarred', [], { starred: false }],
  ['IS:Starred', [], { starred: true }],
  ['is:starred after:2024-01-01', [], { starred: true, after: '2024-01-01' }],
  ['is:unread is:starred', [], { read: false, starred: true }],
  ['is:read is:read', [], { read: true }],
  ['-is:read', [], { read: false }],
  ['-is:unstarred', [], { starred: true }],
  ['is:starred -france', [term(word('france'), { negated: true })], { starred: true }],
  ['is:starred *', [], { starred: true }],
];

describe('parseQuery accepts', () => {
  it.each(accepted)('%j', (input, clauses, filters = {}) => {
    expect(parseQuery(input)).toEqual({ ok: true, clauses, filters: { ...noFilters, ...filters } });
  });
});

const refused: Array<[input: string, keyWords: RegExp]> = [
  // Only exclusions, or nothing to look for.
  ['-niger', /at least one word to look for besides the excluded ones/],
  ['-niger -"wagner group" -title:x', /besides the excluded ones/],
  ['*', /Type at least one word to search for/],
  ['***', /Type at least one word to search for/],
  ['""', /Type at least one word to search for/],
  ['- ~ &', /Type at least one word to search for/],
  ['~ ~2', /Type at least one word to search for/],
  // OR in the wrong places.
  ['OR niger', /Put a word before “OR”.*mali OR niger/],
  ['mali OR', /Put a word after “OR”/],
  ['| mali', /Put a word before “\|”/],
  ['a OR OR b', /only once between two words/],
  ['a OR | b', /only once between two words/],
  ['OR', /Put a word before “OR”/],
  ['mali OR -niger', /excluded word like “-niger”.*choices of “OR”/],
  ['-mali OR niger', /excluded word like “-mali”/],
  ['mali OR is:read', /joins words, not filters like “is:read”/],
  ['after:2024 OR mali', /not filters like “after:2024”/],
  // Prefix and fuzzy.
  ['a*', /“a\*” is too short for a prefix search.*two characters/],
  ['title:n*', /too short/],
  ['G5-Sah*', /single word.*niger\*/],
  ['"burkina fa"*', /single word/],
  ['"burkina faso"~1', /single word.*niger~1/],
  ['G5-Sahel~2', /single word.*fuzzy/],
  ['niger~1*', /either \* or ~/],
  ['niger*~1', /either \* or ~/],
  // Fields.
  ['title:', /^“title:” needs a word right after it, for example title:niger\.$/],
  ['title: niger', /“title:” needs a word right after it/],
  ['-source:', /“source:” needs a word/],
  ['tag:""', /“tag:” needs a word/],
  ['author:***', /“author:” needs a word/],
  ['colour:red', /can’t search by “colour:”.*title:, author:, source:, region:, topic: or tag:/],
  ['colour:red', /"colour:red"/],
  ['-Colour:"red"', /“colour:”/],
  // Filters.
  ['after:2024-13-45', /“after:2024-13-45” isn’t a date.*after:2024-01-31/],
  ['after:yesterday', /“after:yesterday” isn’t a date.*year-month-day/],
  ['before:2023-02-29', /isn’t a date.*before:2024-01-31/],
  ['after:2024-00', /isn’t a date/],
  ['after:1900-02-29', /isn’t a date/],
  ['after:2024-04-31', /isn’t a date/],
  ['after:24-01-01', /isn’t a date/],
  ['after:2024-01-01-01', /isn’t a date/],
  ['after:', /“after:” needs a date.*after:2024-01-31/],
  ['before: 2024', /“before:” needs a date/],
  ['after:2024-06-30 before:2024-01-01', /after:2024-01-01 before:2024-06-30/],
  ['after:2024 before:2024', /on or after 2024-01-01 and also before 2024-01-01/],
  ['after:2024 -after:2024', /earlier one/],
  ['is:new', /“is:new”.*is:unread, is:read, is:starred or is:unstarred/],
  ['is:', /“is:” needs a word.*is:unread/],
  ['is:read is:unread', /both read and unread/],
  ['is:unread -is:unread', /both read and unread/],
  ['is:starred is:unstarred', /both starred and unstarred/],
];

describe('parseQuery explains', () => {
  it.each(refused)('%j', (input, keyWords) => {
    expect(problem(input)).toMatch(keyWords);
  });

  it('reports the first problem in reading order', () => {
    expect(problem('colour:red a*')).toMatch(/colour/);
    expect(problem('a* colour:red')).toMatch(/too short/);
  });

  it('allows 32 parts, counting OR alternatives, and refuses 33', () => {
    const words = Array.from({ length: maxQueryParts + 1 }, (_, i) => `w${i}`);
    expect(parseQuery(words.slice(0, maxQueryParts).join(' ')).ok).toBe(true);
    expect(problem(words.join(' '))).toMatch(/33 parts.*at most 32/);
    expect(problem(words.join(' OR '))).toMatch(/33 parts/);
    const mixed = `${words.slice(0, 20).join(' OR ')} ${words.slice(20).join(' ')}`;
    expect(problem(mixed)).toMatch(/33 parts/);
    // A phrase is one part however long.
    expect(parseQuery(`"${words.join(' ')}"`).ok).toBe(true);
  });

  it(`reads up to ${maxQueryLength} characters and refuses more`, () => {
    // One unclosed phrase, so the length is the only thing that can be refused.
    const long = `"${'niger '.repeat(maxQueryLength)}`.slice(0, maxQueryLength);
    expect(() => parseQuery(long)).not.toThrow();
    expect(parseQuery(long).ok).toBe(true);
    expect(problem(`${long}x`)).toMatch(/2001 characters.*up to 2000/);
  });

  it('does not throw on a 2000-character input of syntax', () => {
    const syntax = '"-:*~()|OR title:'.repeat(200).slice(0, maxQueryLength);
    const unclosed = `"${'a '.repeat(maxQueryLength)}`.slice(0, maxQueryLength);
    for (const input of [syntax, unclosed, '-'.repeat(2000), '*'.repeat(2000), ':'.repeat(2000)]) {
      expect(() => parseQuery(input)).not.toThrow();
    }
  });

  it('names every search field in the unknown-field message', () => {
    const message = problem('colour:red');
    for (const field of searchFields) expect(message).toContain(`${field}:`);
  });

  it('survives input that is not a string, as can arrive over IPC', () => {
    expect(parseQuery(undefined as unknown as string).ok).toBe(false);
  });
});

/** A small seeded generator, so a failing fuzz case can be replayed. */
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

const fuzzPieces = [
  '"',
  '“',
  '”',
  '«',
  '»',
  ':',
  '-',
  '*',
  '~',
  '~1',
  '~9',
  '(',
  ')',
  '|',
  ' ',
  ' ',
  ' ',
  '\t',
  'OR',
  'or',
  'a',
  'ni',
  'niger',
  'Türkiye',
  'Москва',
  '東京',
  '𠀀',
  '😀',
  '\u0301',
  '\u0000',
  "'",
  '’s',
  '.',
  '/',
  '\\',
  'title',
  'colour',
  'is',
  'after',
  'before',
  'read',
  'unread',
  'starred',
  '2024',
  '2024-13-45',
  '-01',
  '10',
  'https',
  '//',
  '\ud800',
  '\udc00',
  '\u3000',
];

function randomQuery(random: () => number): string {
  const length = Math.floor(random() * 24);
  let query = '';
  for (let i = 0; i < length; i++) {
    query += fuzzPieces[Math.floor(random() * fuzzPieces.length)];
  }
  return query;
}

function expectWellFormedTerm(queryTerm: QueryTerm): void {
  if (queryTerm.kind === 'word') {
    expect(queryTerm.text).not.toBe('');
    expect([0, 1, 2]).toContain(queryTerm.fuzzy);
    if (queryTerm.prefix) expect([...queryTerm.text].length).toBeGreaterThanOrEqual(2);
  } else {
    expect(queryTerm.words.length).toBeGreaterThanOrEqual(2);
    for (const w of queryTerm.words) expect(w).not.toBe('');
  }
}

describe('parseQuery fuzzing', () => {
  it('never throws and always returns a well-formed answer for 2000 random inputs', () => {
    const random = createRandom(20240601);
    for (let i = 0; i < 2000; i++) {
      const input = randomQuery(random);
      let parsed: ReturnType<typeof parseQuery> | undefined;
      expect(() => (parsed = parseQuery(input)), JSON.stringify(input)).not.toThrow();
      if (!parsed!.ok) {
        expect(parsed!.problem.length, JSON.stringify(input)).toBeGreaterThan(0);
        continue;
      }
      let parts = 0;
      for (const clause of parsed!.clauses) {
        if (clause.type === 'term') {
          parts++;
          expectWellFormedTerm(clause.term);
        } else {
          parts += clause.alternatives.length;
          expect(clause.alternatives.length).toBeGreaterThanOrEqual(2);
          for (const alternative of clause.alternatives) expectWellFormedTerm(alternative.term);
        }
      }
      expect(parts).toBeLessThanOrEqual(maxQueryParts);
    }
  });

  it('never throws on 2000 random strings of arbitrary characters', () => {
    const random = createRandom(7);
    for (let i = 0; i < 2000; i++) {
      const length = Math.floor(random() * 40);
      const input = String.fromCharCode(
        ...Array.from({ length }, () => Math.floor(random() * 0x3000)),
      );
      expect(() => parseQuery(input), JSON.stringify(input)).not.toThrow();
    }
  });
});
