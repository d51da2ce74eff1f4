// OPML written and read back, including the list of someone who follows nothing yet.
import { parseOpml } from 'feedsmith';
import { afterEach, describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '../../../main/backend.ts';
import { MAX_OPML_FEEDS, readOpml, writeOpml } from '../../../main/sync/opml.ts';
import { makeTempDir } from '../../helpers/temp-dir.ts';

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

/** An OPML list of `count` feeds, spread over folders of 500 as exported lists often are. */
function bigOpml(count: number): string {
  const outlines: string[] = [];
  for (let start = 0; start < count; start += 500) {
    const feeds = Array.from(
      { length: Math.min(500, count - start) },
      (_, i) =>
        `<outline text="Feed ${start + i}" type="rss" xmlUrl="https://feed${start + i}.example/rss"/>`,
    );
    outlines.push(`<outline text="Folder ${start / 500}">${feeds.join('')}</outline>`);
  }
  return `<?xml version="1.0"?><opml version="2.0"><head><title>Big</title></head><body>${outlines.join('')}</body></opml>`;
}

describe('the size of one OPML import', () => {
  let backend: Backend | null = null;
  afterEach(async () => {
    await backend?.close();
    backend = null;
  });

  it('is capped at 5,000 feeds', () => {
    expect(MAX_OPML_FEEDS).toBe(5000);
    expect(readOpml(bigOpml(MAX_OPML_FEEDS)).folders).toHaveLength(10);
    expect(() => readOpml(bigOpml(MAX_OPML_FEEDS + 1))).toThrow(
      'This subscription list has 5,001 feeds; Outpost imports at most 5,000 from one OPML file.',
    );
  });

  it('refuses a list of 20,000 feeds whole, before subscribing to any', async () => {
    backend = await createBackend({ dataDir: makeTempDir() });
    await expect(backend.importOpml(bigOpml(20_000))).rejects.toMatchObject({
      code: 'invalid',
      message: expect.stringMatching(
        /^This subscription list has 20,000 feeds; Outpost imports at most 5,000 from one OPML file\. Nothing was imported/,
      ),
    });
    expect(await backend.listFeeds()).toEqual([]);
    expect(await backend.listFolders()).toEqual([]);

    // A list at the cap imports in full.
    const report = await backend.importOpml(bigOpml(MAX_OPML_FEEDS));
    expect(report).toMatchObject({ added: MAX_OPML_FEEDS, existing: 0, folders: 10, failed: [] });
  }, 60_000);
});
