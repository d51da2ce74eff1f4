// Each feed format, read from small fixture files into the contract's shape.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseFeedBytes } from '../../../main/feeds/parse-feed.ts';

const FETCHED = new Date('2024-06-01T00:00:00Z');

function parseFixture(name: string, url?: string) {
  const bytes = readFileSync(new URL(`../../fixtures/feeds/${name}`, import.meta.url));
  return parseFeedBytes(bytes, { url, fetchedAt: FETCHED });
}

describe('RSS 2.0', () => {
  const feed = parseFixture('rss2.xml', 'https://sahel.example/feed.xml');
  const [first, second] = feed.items;

  it('reads the channel as plain text with absolute links', () => {
    expect(feed).toMatchObject({
      format: 'rss',
      title: 'Sahel Dispatch & Notes',
      link: 'https://sahel.example/',
      description: 'Field notes from the Sahel',
      image: 'https://sahel.example/logo.png',
    });
  });

  it('decodes entities in titles, XML and HTML ones alike', () => {
    expect(first?.title).toBe('AT&T & Orange: café “talks”');
  });

  it('keeps the guid raw and uses it as the id', () => {
    expect(first).toMatchObject({ id: 'sahel-2024-0042', guid: 'sahel-2024-0042' });
    expect(first?.link).toBe('https://sahel.example/2024/03/talks.html');
  });

  it('reads the date, author, categories (once each), picture and enclosure', () => {
    expect(first).toMatchObject({
      published: '2024-03-05T13:00:00.000Z',
      updated: '2024-03-05T13:00:00.000Z',
      author: 'Aïssata Traoré',
      categories: ['Niger', 'Telecoms'],
      image: 'https://sahel.example/img/thumb.jpg',
      enclosures: [
        { url: 'https://sahel.example/audio/talks.mp3', type: 'audio/mpeg', length: 123456 },
      ],
    });
  });

  it('gives the description as summary and content:encoded as content, both sanitised', () => {
    expect(first?.summary).toBe('<p>Short <a>summary</a>.</p>');
    expect(first?.content).toBe(
      '<p>Full <a href="https://sahel.example/more.html">story</a> with <img src="https://sahel.example/img/map.png" alt="map" />.</p>',
    );
  });

  it('takes a permalink guid as the link, and escapes plain-text descriptions', () => {
    expect(second).toMatchObject({
      id: 'https://sahel.example/2024/03/second.html',
      link: 'https://sahel.example/2024/03/second.html',
      summary: 'Plain text, 2 &lt; 3.',
      published: null,
      updated: null,
    });
  });
});

describe('RSS 0.91 and RSS 1.0 (RDF)', () => {
  it('reads RSS 0.91 despite its DOCTYPE, with the link as the id', () => {
    const feed = parseFixture('rss091.xml');
    expect(feed).toMatchObject({ format: 'rss', title: 'Old School Wire' });
    expect(feed.items[0]).toMatchObject({
      id: 'http://oldschool.example/modems.html',
      guid: null,
      title: 'Modem speeds double',
      summary: '56k is here.',
    });
  });

  it('reads RSS 1.0 with Dublin Core dates, subjects and creators', () => {
    const feed = parseFixture('rdf.xml');
    expect(feed).toMatchObject({ format: 'rdf', title: 'RDF Site Summary' });
    expect(feed.items[0]).toMatchObject({
      id: 'http://rdf.example/one',
      link: 'http://rdf.example/one',
      published: '2004-07-09T04:56:58.000Z',
      author: 'Tim',
      categories: ['Semantics'],
    });
  });
});

describe('Atom 1.0', () => {
  const feed = parseFixture('atom10.xml');
  const [first, second] = feed.items;

  it('takes a title declared type="text" literally, and converts html and xhtml to text', () => {
    expect(feed.title).toBe('Less <than> & more');
    expect(feed.description).toBe('A fine blog');
    expect(first?.title).toBe('Entities & bold title');
    expect(second?.title).toBe('An XHTML title');
  });

  it('reads both dates, the alternate link, categories and enclosures', () => {
    expect(first).toMatchObject({
      id: 'tag:atom.example,2024:1',
      published: '2024-03-04T07:00:00.000Z',
      updated: '2024-03-05T09:00:00.000Z',
      categories: ['mali'],
      image: 'https://atom.example/blog/2024/photo.jpg',
    });
    expect(first?.enclosures).toEqual([
      { url: 'https://atom.example/blog/2024/photo.jpg', type: 'image/jpeg', length: 2048 },
    ]);
  });

  it('lets entries inherit the feed author, and keeps their own', () => {
    expect(first?.author).toBe('Feed Author');
    expect(second?.author).toBe('Guest');
  });

  it('escapes a text summary and sanitises content', () => {
    expect(first?.summary).toBe('Use &lt;script&gt; with care');
    expect(first?.content).not.toMatch(/onmouseover/);
    expect(second?.content).toBe(
      '<p>Escaped <a href="https://atom.example/root.html">HTML</a></p>',
    );
  });

  it('falls back from published to updated', () => {
    expect(second).toMatchObject({
      published: '2024-03-06T12:00:00.000Z',
      updated: '2024-03-06T12:00:00.000Z',
    });
  });
});

describe('Atom 0.3', () => {
  const feed = parseFixture('atom03.xml');

  it('reads escaped titles, taglines and issued/modified dates', () => {
    expect(feed).toMatchObject({
      format: 'atom',
      title: 'Atom 0.3 feed',
      description: 'Still out there',
    });
    expect(feed.items[0]).toMatchObject({
      published: '2004-01-01T02:14:55.000Z',
      updated: '2004-01-01T02:14:55.000Z',
    });
  });

  it('decodes base64 content', () => {
    expect(feed.items[0]?.summary).toBe('<p>Decoded <b>HTML</b></p>');
  });
});

describe('JSON Feed', () => {
  it('reads version 1.0 with its single author and numeric id', () => {
    const feed = parseFixture('jsonfeed-1.0.json');
    expect(feed).toMatchObject({
      format: 'json',
      title: 'JSON One',
      link: 'https://json1.example/',
    });
    expect(feed.items[0]).toMatchObject({
      id: '101',
      // JSON Feed titles are plain text by spec: angle brackets are characters, not markup.
      title: 'A <b>literal</b> title',
      author: 'Solo Writer',
      content: '<p>Hello world</p>',
      published: '2023-12-05T08:30:00.000Z',
      categories: ['one', 'two'],
    });
  });

  it('reads version 1.1 with authors, attachments and URLs relative to the feed', () => {
    const feed = parseFixture('jsonfeed-1.1.json', 'https://json11.example/feed.json');
    expect(feed).toMatchObject({
      image: 'https://json11.example/icon.png',
      icon: 'https://json11.example/favicon.ico',
    });
    const [first, second] = feed.items;
    expect(first).toMatchObject({
      id: 'post-1',
      link: 'https://json11.example/posts/1',
      author: 'Ana, Ben',
      summary: 'Text summary with &lt;angle&gt; brackets',
      content: 'Line one\n\nLine two',
      image: 'https://json11.example/images/1.jpg',
      updated: '2024-01-02T03:04:05.000Z',
      published: '2024-01-02T03:04:05.000Z',
      enclosures: [{ url: 'https://json11.example/a.mp3', type: 'audio/mpeg', length: 1000 }],
    });
    // A title of the wrong type is dropped, not turned into "42"; external_url stands in for url.
    expect(second).toMatchObject({ title: null, link: 'https://other.example/x' });
  });
});
