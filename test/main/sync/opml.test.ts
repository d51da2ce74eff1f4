// OPML written and read back, including the list of someone who follows nothing yet.
import { parseOpml } from 'feedsmith';
import { describe, expect, it } from 'vitest';
import { readOpml, writeOpml } from '../../../main/sync/opml.ts';

const now = new Date('2026-03-04T05:06:07Z');

describe('OPML', () => {
  it('writes an empty subscription list as a valid OPML 2.0 document', () => {
    const opml = writeOpml([], [], now);
    expect(opml).toMatch(/^<\?xml version="1\.0" encoding="utf-8"\?>\n<opml version="2\.0">/);
    expect(opml).toMatch(/<body\/>\n<\/opml>\n$/);
    expect(opml).not.toMatch(/<outline/);
    const { head } = parseOpml(opml);
    expect(head?.title).toBe('Outpost subscriptions');
    expect(new Date(String(head?.dateCreated)).toISOString()).toBe(now.toISOString());
  });

  it('reads an empty list back as no feeds and no folders', () => {
    const empty = { name: '', feeds: [], folders: [] };
    expect(readOpml(writeOpml([], [], now))).toEqual(empty);
    expect(
      readOpml('<opml version="2.0"><head><title>Mine</title></head><body></body></opml>'),
    ).toEqual(empty);
  });

  it('still refuses a document without a body', () => {
    for (const text of [
      '<opml version="2.0"><head><title>Mine</title></head></opml>',
      '<opml version="2.0"><head><title>Mine</title></head><!-- <body/> --></opml>',
    ]) {
      expect(() => readOpml(text)).toThrow(/not an OPML subscription list: it has no <body>/);
    }
    expect(() => readOpml('<html><body>a page</body></html>')).toThrow(
      /not an OPML subscription list/,
    );
  });

  it('reads feeds in nested folders', () => {
    const tree = readOpml(`<opml version="2.0"><head/><body>
      <outline text="News"><outline text="Coast" type="rss" xmlUrl="https://coast.example/feed"
        htmlUrl="https://coast.example/"/></outline>
      <outline title="Loose" type="rss" xmlUrl="https://loose.example/feed"/>
    </body></opml>`);
    expect(tree).toEqual({
      name: '',
      feeds: [{ url: 'https://loose.example/feed', title: 'Loose', siteUrl: null }],
      folders: [
        {
          name: 'News',
          feeds: [
            {
              url: 'https://coast.example/feed',
              title: 'Coast',
              siteUrl: 'https://coast.example/',
            },
          ],
          folders: [],
        },
      ],
    });
  });
});
