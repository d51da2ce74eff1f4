// Properties of the link normalisers over generated URLs: they never throw, applying one twice is
// applying it once, and tracking parameters neither survive nor make two links of one page.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { absoluteHttpUrl, safeUrl } from '../../../main/extract/urls.ts';
import { canonicalLink, cleanLink } from '../../../main/sync/canonical-link.ts';

const runs = { numRuns: 400 };

const TRACKING = [
  ...['utm_source', 'utm_medium', 'utm_campaign', 'UTM_Content', 'utm_term', 'fbclid', 'gclid'],
  ...['msclkid', 'igshid', 'mc_cid', 'mc_eid', '_ga', '_hsenc', 'mkt_tok', 'twclid', 'cmpid'],
];
const isTracking = (name: string) =>
  /^utm_/i.test(name) || TRACKING.some((tracking) => tracking.toLowerCase() === name.toLowerCase());

const paramName = fc.oneof(
  fc.constantFrom('id', 'page', 'q', 'lang', 'p', 'a b', 'é', 'x%20y', 'utm', 'ref'),
  fc.stringMatching(/^[a-z][a-z0-9_]{0,8}$/).filter((name) => !isTracking(name)),
);
const paramValue = fc.oneof(
  fc.constantFrom('', '1', 'a b', 'a+b', 'a%20b', 'é', '/path', '?', '=', '%', 'x&y'),
  fc.string({ maxLength: 8 }),
);
const params = fc.array(fc.tuple(paramName, paramValue), { maxLength: 5 });
const trackers = fc.array(fc.tuple(fc.constantFrom(...TRACKING), paramValue), {
  minLength: 1,
  maxLength: 4,
});

/** An http(s) article address: host, path, query and fragment as publishers write them. */
const link = fc
  .record({
    scheme: fc.constantFrom('http', 'https', 'HTTPS'),
    host: fc.constantFrom(
      'example.org',
      'News.Example.COM',
      'xn--mnchen-3ya.de',
      '127.0.0.1',
      'a.b',
    ),
    port: fc.constantFrom('', ':8080'),
    path: fc.webPath(),
    params,
    fragment: fc.option(fc.webFragments(), { nil: null }),
  })
  .map((parts) => ({ ...parts, query: new URLSearchParams(parts.params).toString() }));

const write = (
  l: { scheme: string; host: string; port: string; path: string; fragment: string | null },
  query: string,
) =>
  `${l.scheme}://${l.host}${l.port}${l.path || '/'}${query ? `?${query}` : ''}${l.fragment === null ? '' : `#${l.fragment}`}`;

/** Any text at all, and text close to a URL. */
const anyText = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.webUrl({ withQueryParameters: true, withFragments: true }),
  fc.constantFrom(
    'javascript:alert(1)',
    'jav\tascript:x',
    'data:image/png;base64,AA',
    'mailto:a@b',
  ),
  fc.constantFrom(
    '//example.org/a',
    '/relative',
    '?q=1',
    'http://',
    'https://[::1]/',
    ' http://a.b ',
  ),
);

describe('canonicalLink', () => {
  it('never throws, and gives null or a scheme-less http(s) address', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const key = canonicalLink(text);
        if (key === null) return;
        expect(key.startsWith('//')).toBe(true);
        expect(new URL(`https:${key}`).protocol).toBe('https:');
      }),
      runs,
    );
  });

  it('is idempotent (the key is scheme-less by design, so a scheme goes back on first)', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          anyText,
          link.map((l) => write(l, l.query)),
        ),
        (text) => {
          const key = canonicalLink(text);
          if (key !== null) expect(canonicalLink(`https:${key}`)).toBe(key);
        },
      ),
      runs,
    );
  });

  it('ignores tracking parameters, the scheme, the fragment and the order of parameters', () => {
    fc.assert(
      fc.property(link, trackers, fc.integer(), (l, tracked, seed) => {
        const mixed = [...l.params, ...tracked];
        // A stable shuffle: tracking parameters land anywhere among the others.
        const shuffled = mixed
          .map((entry, i) => ({ entry, key: Math.imul(seed ^ i, 2654435761) >>> 0 }))
          .sort((a, b) => a.key - b.key)
          .map(({ entry }) => entry);
        const plain = canonicalLink(write({ ...l, fragment: null }, l.query));
        const noisy = canonicalLink(
          write({ ...l, scheme: 'http' }, new URLSearchParams(shuffled).toString()),
        );
        // Parameters with the same name keep their relative order: their order can matter.
        const sameNames = new Set(l.params.map(([name]) => name)).size === l.params.length;
        if (sameNames) expect(noisy).toBe(plain);
        const kept = [...new URL(`https:${noisy}`).searchParams.keys()];
        expect(kept.filter(isTracking)).toEqual([]);
      }),
      runs,
    );
  });
});

describe('cleanLink', () => {
  it('never throws, and leaves what is not a URL alone', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const cleaned = cleanLink(text);
        expect(typeof cleaned).toBe('string');
        if (!URL.canParse(text)) expect(cleaned).toBe(text);
      }),
      runs,
    );
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          anyText,
          link.map((l) => write(l, l.query)),
        ),
        (text) => {
          expect(cleanLink(cleanLink(text))).toBe(cleanLink(text));
        },
      ),
      runs,
    );
  });

  it('removes every tracking parameter and keeps every other, in order', () => {
    fc.assert(
      fc.property(link, trackers, (l, tracked) => {
        const query = new URLSearchParams([...tracked, ...l.params, ...tracked]).toString();
        const cleaned = new URL(cleanLink(write(l, query)));
        expect([...cleaned.searchParams]).toEqual(l.params);
        expect(cleaned.hash).toBe(new URL(write(l, l.query)).hash);
        expect(cleaned.pathname).toBe(new URL(write(l, l.query)).pathname);
      }),
      runs,
    );
  });
});

describe('safeUrl and absoluteHttpUrl', () => {
  const policy = fc.record({
    base: fc.option(fc.constantFrom('https://example.org/news/', 'http://a.b/x?y#z'), {
      nil: undefined,
    }),
    allowDataImage: fc.boolean(),
    allowMailto: fc.boolean(),
  });

  it('never throw, and let through only the schemes the policy allows', () => {
    fc.assert(
      fc.property(anyText, policy, (text, p) => {
        const safe = safeUrl(text, p);
        if (safe === null) return;
        const allowed = ['http:', 'https:', ...(p.allowMailto ? ['mailto:'] : [])];
        if (p.allowDataImage && safe.startsWith('data:image/')) return;
        expect(allowed).toContain(new URL(safe).protocol);
        const absolute = absoluteHttpUrl(text, p.base);
        if (absolute !== null) expect(['http:', 'https:']).toContain(new URL(absolute).protocol);
      }),
      runs,
    );
  });

  it('are idempotent', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          anyText,
          link.map((l) => write(l, l.query)),
        ),
        policy,
        (text, p) => {
          const safe = safeUrl(text, p);
          if (safe !== null) expect(safeUrl(safe, p)).toBe(safe);
          const absolute = absoluteHttpUrl(text, p.base);
          if (absolute !== null) expect(absoluteHttpUrl(absolute, p.base)).toBe(absolute);
        },
      ),
      runs,
    );
  });
});
