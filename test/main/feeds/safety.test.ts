// Hostile or broken input: active content, XML bombs, HTML pages, malformed and truncated XML, odd shapes.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FeedError, parseFeedBytes, type ParsedFeed } from '../../../main/feeds/parse-feed.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);
const fixture = (name: string) =>
  readFileSync(new URL(`../../fixtures/feeds/${name}`, import.meta.url));

function feedError(run: () => unknown): FeedError {
  try {
    run();
  } catch (error) {
    if (error instanceof FeedError) return error;
    throw error;
  }
  throw new Error('expected a FeedError');
}

function allHtml(feed: ParsedFeed): string {
  return feed.items.map((item) => `${item.summary ?? ''}\n${item.content ?? ''}`).join('\n');
}

describe('active content', () => {
  const rss = `<rss version="2.0"><channel><title>x</title><item><title>t</title>
    <description><![CDATA[<p onclick="a()">one</p><script>alert(1)</script><img src="x.png" onerror="b()">]]></description>
    <content:encoded xmlns:content="http://purl.org/rss/1.0/modules/content/">&lt;a href="javascript:alert(1)"&gt;two&lt;/a&gt;&lt;a href=" jav&amp;#x09;ascript:c()"&gt;three&lt;/a&gt;&lt;iframe src="https://evil.example/"&gt;&lt;/iframe&gt;</content:encoded>
    </item></channel></rss>`;
  const atom = `<feed xmlns="http://www.w3.org/2005/Atom"><title>x</title><entry><id>1</id><title>t</title>
    <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><a href="javascript:x()" onmouseover="y()">four</a><svg onload="z()"/></div></content>
    <summary type="html">&lt;body onload="w()"&gt;five&lt;/body&gt;</summary></entry></feed>`;
  const json = JSON.stringify({
    version: 'https://jsonfeed.org/version/1.1',
    title: 'x',
    items: [{ id: '1', content_html: '<p onfocus="v()">six</p><script>u()</script>' }],
  });

  it.each([
    ['RSS', rss],
    ['Atom', atom],
    ['JSON Feed', json],
  ])('removes scripts, on* handlers and javascript: URLs from %s', (_format, source) => {
    const html = allHtml(parseFeedBytes(utf8(source), { url: 'https://site.example/feed' }));
    expect(html).not.toMatch(/<script|\son[a-z]+\s*=|javascript:|<iframe|<svg/i);
    expect(html).toMatch(/one|four|six/);
  });

  it('keeps the harmless text around the removed parts', () => {
    const feed = parseFeedBytes(utf8(rss), { url: 'https://site.example/feed' });
    expect(feed.items[0]?.summary).toBe('<p>one</p><img src="https://site.example/x.png" />');
    expect(feed.items[0]?.content).toBe('<a>two</a><a>three</a>');
  });
});

describe('XML entity attacks', () => {
  it('refuses a billion laughs quickly and clearly, without expanding it', () => {
    const started = performance.now();
    const error = feedError(() => parseFeedBytes(fixture('billion-laughs.xml')));
    expect(performance.now() - started).toBeLessThan(500);
    expect(error.code).toBe('malformed');
    expect(error.message).toMatch(/XML bomb/);
  });

  it('refuses a quadratic blow-up (one big entity used many times)', () => {
    const doc = `<!DOCTYPE rss [<!ENTITY a "${'x'.repeat(10_000)}">]><rss version="2.0"><channel><title>q</title><item><title>${'&a;'.repeat(1000)}</title></item></channel></rss>`;
    expect(feedError(() => parseFeedBytes(utf8(doc))).code).toBe('malformed');
  });

  it('refuses entities that refer to each other in a circle', () => {
    const doc = `<!DOCTYPE rss [<!ENTITY a "&b;"><!ENTITY b "&a;">]><rss version="2.0"><channel><title>&a;</title></channel></rss>`;
    expect(feedError(() => parseFeedBytes(utf8(doc))).code).toBe('malformed');
  });

  it('expands small internal entities, and never reads external ones', () => {
    const doc = `<!DOCTYPE rss [<!ENTITY id "tag:example.com,"><!ENTITY secret SYSTEM "file:///etc/passwd">]>
      <rss version="2.0"><channel><title>x &secret;</title><item><guid isPermaLink="false">&id;2006:/blog/</guid></item></channel></rss>`;
    const feed = parseFeedBytes(utf8(doc));
    expect(feed.items[0]?.guid).toBe('tag:example.com,2006:/blog/');
    expect(feed.title).not.toMatch(/root:/);
  });
});

describe('not a feed', () => {
  it('recognises an HTML page and lists the feeds it links to, absolute', () => {
    const error = feedError(() =>
      parseFeedBytes(fixture('page-with-alternates.html'), { url: 'https://sahel.example/blog/' }),
    );
    expect(error.code).toBe('not-a-feed');
    expect(error.message).toMatch(/^This is an HTML page, not a feed/);
    expect(error.alternates).toEqual([
      'https://sahel.example/feed.xml',
      'https://sahel.example/atom.xml',
      'https://sahel.example/blog/feed.json',
    ]);
  });

  it('says an HTML page may link to a feed even when it lists none', () => {
    const error = feedError(() => parseFeedBytes(utf8('<html><body><p>Hi</p></body></html>')));
    expect(error.message).toBe('This is an HTML page, not a feed (it may link to one).');
    expect(error.alternates).toEqual([]);
  });

  it('explains malformed XML with its position', () => {
    const error = feedError(() => parseFeedBytes(fixture('malformed.xml')));
    expect(error.code).toBe('malformed');
    expect(error.message).toMatch(/^The feed is not well-formed XML \(line 5, column \d+\): /);
  });

  it('rejects invalid JSON, JSON that is not a feed, other XML, and empty files', () => {
    expect(feedError(() => parseFeedBytes(utf8('{"title": '))).code).toBe('malformed');
    expect(feedError(() => parseFeedBytes(utf8('{"name": "package"}'))).code).toBe('not-a-feed');
    expect(feedError(() => parseFeedBytes(utf8('<svg xmlns="x"><g/></svg>'))).code).toBe(
      'not-a-feed',
    );
    expect(feedError(() => parseFeedBytes(utf8('  \n'))).code).toBe('empty');
    expect(feedError(() => parseFeedBytes(utf8('<?xml version="1.0"?><!-- -->'))).code).toBe(
      'empty',
    );
  });

  it('rejects a document that is only guessed to be a feed and holds nothing of one', () => {
    const error = feedError(() => parseFeedBytes(utf8('<data><rss version="2.0"/></data>')));
    expect(error.message).toBe('No items and no title: this does not look like a feed.');
  });

  it('accepts a recognised feed that is still empty', () => {
    expect(parseFeedBytes(utf8('<rss version="2.0"><channel></channel></rss>')).items).toEqual([]);
  });
});

describe('damaged feeds', () => {
  it('keeps the complete items of a truncated download and drops the cut one', () => {
    const feed = parseFeedBytes(fixture('truncated.xml'));
    expect(feed.title).toBe('Cut short');
    expect(feed.items.map((item) => item.title)).toEqual(['Complete item']);
  });

  it('turns fields of the wrong type into nothing instead of failing', () => {
    const json = JSON.stringify({
      version: 'https://jsonfeed.org/version/1.1',
      title: ['not', 'a', 'string'],
      home_page_url: 42,
      authors: 'nobody',
      items: [
        {
          id: { weird: true },
          title: 'kept',
          tags: 'x',
          attachments: [{ url: 7 }],
          date_published: false,
        },
        'not an item',
      ],
    });
    const feed = parseFeedBytes(utf8(json));
    expect(feed).toMatchObject({ title: null, link: null });
    expect(feed.items).toHaveLength(1);
    expect(feed.items[0]).toMatchObject({
      title: 'kept',
      guid: null,
      categories: [],
      enclosures: [],
    });
    expect(feed.items[0]?.id).toMatch(/^sha256:[0-9a-f]{32}$/);
  });

  it('answers a feed or a FeedError for any damage, never another exception', () => {
    const sources = ['rss2.xml', 'atom10.xml', 'atom03.xml', 'rdf.xml', 'jsonfeed-1.1.json'];
    let attempts = 0;
    for (const name of sources) {
      const original = fixture(name);
      for (let offset = 1; offset < original.length; offset += 23) {
        const truncated = original.subarray(0, offset);
        const flipped = Buffer.from(original);
        flipped[offset] = (flipped[offset] ?? 0) ^ 0x3c; // turns characters into "<", ">" and worse
        for (const bytes of [truncated, flipped]) {
          attempts++;
          try {
            parseFeedBytes(bytes, { url: 'https://site.example/feed' });
          } catch (error) {
            expect(error).toBeInstanceOf(FeedError);
          }
        }
      }
    }
    expect(attempts).toBeGreaterThan(200);
  });

  it('gives an item without guid or link a stable id from its title and content', () => {
    const doc = (title: string) =>
      utf8(`<rss version="2.0"><channel><item><title>${title}</title></item></channel></rss>`);
    const first = parseFeedBytes(doc('Same')).items[0]?.id;
    expect(parseFeedBytes(doc('Same')).items[0]?.id).toBe(first);
    expect(parseFeedBytes(doc('Other')).items[0]?.id).not.toBe(first);
  });
});
