// Feeds in the encodings they really arrive in, declared rightly, wrongly or not at all.
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { parseFeedBytes } from '../../../main/feeds/parse-feed.ts';

const FRENCH = 'Iñtërnâtiônàlizætiøn café – “quotes”';

function rss(title: string, encoding: string | null): string {
  const declaration = encoding ? ` encoding="${encoding}"` : '';
  return `<?xml version="1.0"${declaration}?>
<rss version="2.0"><channel><title>${title}</title>
<item><title>${title}</title><description>&lt;p&gt;${title}&lt;/p&gt;</description></item>
</channel></rss>`;
}

function titles(bytes: Uint8Array, contentType?: string) {
  const feed = parseFeedBytes(bytes, { contentType });
  return [feed.title, feed.items[0]?.title, feed.items[0]?.summary];
}

describe('feed charsets', () => {
  it('reads windows-1252 without any declaration', () => {
    const bytes = iconv.encode(rss(FRENCH, null), 'windows-1252');
    expect(titles(bytes)).toEqual([FRENCH, FRENCH, `<p>${FRENCH}</p>`]);
  });

  it('reads a declared ISO-8859-1 feed', () => {
    const latin = 'Ça va très bien, Zürich Ærø ½';
    const bytes = iconv.encode(rss(latin, 'ISO-8859-1'), 'latin1');
    expect(titles(bytes)[0]).toBe(latin);
  });

  it('reads UTF-8 with a BOM', () => {
    const text = 'Emoji 😎🌴 ok';
    const bytes = Buffer.concat([Buffer.of(0xef, 0xbb, 0xbf), Buffer.from(rss(text, 'utf-8'))]);
    expect(titles(bytes)[0]).toBe(text);
  });

  it('reads UTF-16 with a BOM', () => {
    const text = 'Emoji 😎🌴 ok';
    const bytes = Buffer.concat([
      Buffer.of(0xff, 0xfe),
      iconv.encode(rss(text, 'utf-16'), 'utf-16le'),
    ]);
    expect(titles(bytes)[0]).toBe(text);
  });

  it('lets the HTTP charset override the XML declaration', () => {
    const russian = 'Съешь же ещё этих мягких французских булок';
    const bytes = iconv.encode(rss(russian, 'iso-8859-1'), 'koi8-r');
    expect(titles(bytes, 'application/rss+xml; charset=KOI8-R')[0]).toBe(russian);
  });

  it('reads multi-byte legacy charsets the declaration names', () => {
    const japanese = '日本語のニュース「速報」';
    expect(titles(iconv.encode(rss(japanese, 'shift_jis'), 'shift_jis'))[0]).toBe(japanese);
    const chinese = '中文新闻：你好，世界';
    expect(titles(iconv.encode(rss(chinese, 'gb2312'), 'gb18030'))[0]).toBe(chinese);
  });

  it('survives a declared charset that is wrong: UTF-8 bytes labelled ISO-8859-1', () => {
    const bytes = Buffer.from(rss(FRENCH, 'ISO-8859-1'), 'utf8');
    expect(titles(bytes)[0]).toBe(FRENCH);
  });

  it('survives a declared charset that is wrong: windows-1252 bytes labelled UTF-8', () => {
    const bytes = iconv.encode(rss(FRENCH, 'utf-8'), 'windows-1252');
    expect(titles(bytes)[0]).toBe(FRENCH);
  });

  it('repairs windows-1252 punctuation that arrived as C1 control characters', () => {
    const bytes = Buffer.from(rss('don\u0092t', 'utf-8'), 'utf8');
    expect(titles(bytes)[0]).toBe('don’t');
  });

  it('repairs UTF-8 that was decoded as windows-1252 before it reached the feed', () => {
    const bytes = Buffer.from(rss('CafÃ© â€œcrÃ¨meâ€\u009d', 'utf-8'), 'utf8');
    expect(titles(bytes)[0]).toBe('Café “crème”');
  });
});
