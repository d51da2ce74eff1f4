// Bytes to text for pages and feeds: BOM, HTTP charset, declared charset, UTF-8, windows-1252.
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import {
  charsetFromContentType,
  decodeDocument,
  decodeText,
  normalizeCharset,
} from '../../../main/extract/decode.ts';

const CURLY = 'Le café « Zinc » – “ouvert”';

function xml(encoding: string | null, body: string): string {
  const declaration = encoding ? ` encoding="${encoding}"` : '';
  return `<?xml version="1.0"${declaration}?><rss><channel><title>${body}</title></channel></rss>`;
}

describe('charsetFromContentType', () => {
  it.each([
    ['application/rss+xml; charset=utf-8', 'utf-8'],
    ['text/xml;charset= "us-ascii"', 'us-ascii'],
    ["application/atom+xml;charset='gb2312'", 'gb2312'],
    ['text/xml; qs=0.9; charset=windows-1252', 'windows-1252'],
    ['text/xml', null],
    ['text/xml; charset:iso-8859-1', null], // not a parameter
    [undefined, null],
  ])('reads %j', (header, expected) => {
    expect(charsetFromContentType(header)).toBe(expected);
  });
});

describe('normalizeCharset', () => {
  it('maps Latin-1 and ASCII labels to windows-1252, as browsers do', () => {
    expect(normalizeCharset('ISO-8859-1')).toBe('windows-1252');
    expect(normalizeCharset('us-ascii')).toBe('windows-1252');
  });
  it('reads GB2312 as its superset GB18030', () => {
    expect(normalizeCharset('gb2312')).toBe('gb18030');
  });
  it('knows nothing of made-up labels', () => {
    expect(normalizeCharset('x-klingon')).toBeNull();
  });
});

describe('decodeText', () => {
  it('decodes UTF-8 with a BOM and drops the BOM', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(xml(null, CURLY))]);
    expect(decodeText(bytes, { sniffXml: true })).toBe(xml(null, CURLY));
  });

  it('decodes windows-1252 without any declaration (not valid UTF-8)', () => {
    const bytes = iconv.encode(xml(null, CURLY), 'windows-1252');
    expect(decodeText(bytes, { sniffXml: true })).toBe(xml(null, CURLY));
  });

  it('follows an ISO-8859-1 declaration, reading 0x80–0x9F as windows-1252', () => {
    const bytes = iconv.encode(xml('ISO-8859-1', CURLY), 'windows-1252');
    expect(decodeText(bytes, { sniffXml: true })).toContain(CURLY);
  });

  it('follows a KOI8-R declaration', () => {
    const russian = 'Съешь же ещё этих мягких французских булок';
    const bytes = iconv.encode(xml('koi8-r', russian), 'koi8-r');
    expect(decodeText(bytes, { sniffXml: true })).toContain(russian);
  });

  it('lets the HTTP charset override the XML declaration', () => {
    const greek = 'Καλημέρα κόσμε';
    const bytes = iconv.encode(xml('iso-8859-1', greek), 'iso-8859-7');
    expect(decodeText(bytes, { sniffXml: true, httpCharset: 'iso-8859-7' })).toContain(greek);
    expect(decodeText(bytes, { sniffXml: true })).not.toContain(greek);
  });

  it('prefers valid UTF-8 over a declaration that claims a legacy charset', () => {
    const bytes = Buffer.from(xml('iso-8859-1', CURLY), 'utf8');
    expect(decodeText(bytes, { sniffXml: true })).toContain(CURLY);
  });

  it('falls back to windows-1252 when the declared UTF-8 is not UTF-8', () => {
    const bytes = iconv.encode(xml('utf-8', CURLY), 'windows-1252');
    expect(decodeText(bytes, { sniffXml: true })).toContain(CURLY);
  });

  it('recognises UTF-16 without a BOM by its zero bytes', () => {
    const text = xml('utf-16', 'Ça va 😎');
    expect(decodeText(iconv.encode(text, 'utf-16le'), { sniffXml: true })).toBe(text);
    expect(decodeText(iconv.encode(text, 'utf-16be'), { sniffXml: true })).toBe(text);
  });

  it('keeps the bytes windows-1252 leaves undefined as C1 controls, like browsers', () => {
    expect(decodeText(Uint8Array.of(0x61, 0x81, 0x9d, 0x80))).toBe('a\u0081\u009d€');
  });

  it('ignores a declaration unless asked to look for one', () => {
    const bytes = iconv.encode(xml('koi8-r', 'Съешь'), 'koi8-r');
    expect(decodeText(bytes)).not.toContain('Съешь');
  });
});

describe('decodeDocument (saved files)', () => {
  it('keeps its behaviour: HTML <meta charset> only for HTML', () => {
    const page = '<html><head><meta charset="koi8-r"><title>Съешь</title></head></html>';
    const bytes = iconv.encode(page, 'koi8-r');
    expect(decodeDocument(bytes, { html: true })).toBe(page);
    expect(decodeDocument(bytes)).not.toBe(page);
  });
});
