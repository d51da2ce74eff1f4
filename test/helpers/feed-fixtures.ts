// Real-shaped feeds, article pages and images, generated for tests and benchmarks.
import { deflateSync } from 'node:zlib';

export interface FixtureItem {
  guid: string;
  title: string;
  link: string;
  /** Short teaser; the feed carries only this unless `content` is given. */
  description: string;
  content?: string;
  published?: Date;
}

export function rssFeed(feed: { title: string; link: string; items: FixtureItem[] }): string {
  const items = feed.items
    .map(
      (item) => `    <item>
      <guid isPermaLink="false">${escapeXml(item.guid)}</guid>
      <title>${escapeXml(item.title)}</title>
      <link>${escapeXml(item.link)}</link>
      <description>${escapeXml(item.description)}</description>${
        item.content ? `\n      <content:encoded><![CDATA[${item.content}]]></content:encoded>` : ''
      }
      <pubDate>${(item.published ?? new Date('2026-11-20T08:00:00Z')).toUTCString()}</pubDate>
    </item>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
  <channel>
    <title>${escapeXml(feed.title)}</title>
    <link>${escapeXml(feed.link)}</link>
    <description>News from ${escapeXml(feed.title)}</description>
${items}
  </channel>
</rss>
`;
}

export function articlePage(page: { title: string; paragraphs: string[]; image?: string }): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeXml(page.title)} | Example News</title>
<meta property="article:published_time" content="2026-11-20T08:00:00Z"></head>
<body>
<header><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>
<div class="cookie-banner" id="cookie-consent">We use cookies. <button>Accept</button></div>
<main><article>
<h1>${escapeXml(page.title)}</h1>
<p class="byline">By Amina Diallo</p>
${page.image ? `<figure><img src="${escapeXml(page.image)}" alt="A harbour at dawn"><figcaption>The harbour.</figcaption></figure>\n` : ''}${page.paragraphs.map((text) => `<p>${escapeXml(text)}</p>`).join('\n')}
</article></main>
<aside class="share-bar">Share this: Facebook Twitter</aside>
<footer>© Example News</footer>
</body></html>
`;
}

/** A site's home page that links to its feed, as discovery expects. */
export function sitePage(feedHref: string): string {
  return `<!doctype html><html><head><title>Example News</title>
<link rel="alternate" type="application/rss+xml" title="World" href="${escapeXml(feedHref)}">
</head><body><h1>Example News</h1><p>Welcome.</p></body></html>`;
}

const WORDS =
  `harbour council river ministry election drought harvest railway border school hospital market
  fishermen coast storm bridge province village teachers farmers minister parliament court treaty
  mission security delegation region capital festival museum workers union port shipping grain price`
    .split(/\s+/)
    .filter(Boolean);

/** Deterministic sentences: the same seed gives the same text in every run. */
export function paragraphs(seed: number, count: number, wordsEach = 60): string[] {
  let state = seed * 2654435761 || 1;
  const next = () => {
    state = (state ^ (state << 13)) >>> 0;
    state = (state ^ (state >>> 17)) >>> 0;
    state = (state ^ (state << 5)) >>> 0;
    return state;
  };
  return Array.from({ length: count }, () => {
    const words = Array.from({ length: wordsEach }, () => WORDS[next() % WORDS.length]!);
    return `${words[0]![0]!.toUpperCase()}${words.join(' ').slice(1)}.`;
  });
}

/** A valid PNG of the given width × height, grey, so image caching has real bytes to keep. */
export function pngImage(width = 4, height = 4, shade = 128): Uint8Array {
  const row = Buffer.alloc(1 + width * 3, shade);
  row[0] = 0;
  const raw = Buffer.concat(Array.from({ length: height }, () => row));
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8;
  header[9] = 2;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function crc32(bytes: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let bit = 0; bit < 8; bit++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}
