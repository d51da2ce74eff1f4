// Turns a document's bytes into text: BOM, then the HTTP charset, then the charset the document
// declares (XML declaration, HTML <meta>), then UTF-8, else windows-1252. Pages and feeds share it.
import iconv from 'iconv-lite';

const UTF8 = 'utf-8';
const WINDOWS_1252 = 'windows-1252';

// As in the WHATWG Encoding standard, Latin-1 and ASCII labels mean windows-1252: pages that
// declare them routinely use its curly quotes and dashes in 0x80–0x9F.
const WINDOWS_1252_LABELS = new Set([
  ...['ascii', 'us-ascii', 'iso-8859-1', 'iso8859-1', 'iso_8859-1', 'latin1', 'l1'],
  ...['cp1252', 'windows-1252', 'x-cp1252', 'cp819', 'ibm819', 'iso-ir-100', 'iso-8859-1:1987'],
]);
// GB2312 and GBK text is GB18030 text (a superset); decoding as GB18030 loses nothing.
const GB18030_LABELS = new Set([
  'gb2312',
  'gbk',
  'cp936',
  'x-gbk',
  'euc-cn',
  'csgb2312',
  'chinese',
]);

export interface DecodeOptions {
  /** The charset of the HTTP Content-Type header, if any (see `charsetFromContentType`). */
  httpCharset?: string | null;
  /** Honour the encoding of an XML declaration (`<?xml … encoding="…"?>`). */
  sniffXml?: boolean;
  /** Honour an HTML page's `<meta charset>` or `http-equiv="Content-Type"`. */
  sniffHtml?: boolean;
}

interface Sniffed {
  encoding: string;
  /** Bytes to skip (a byte order mark). */
  skip: number;
}

function bomEncoding(bytes: Uint8Array): Sniffed | null {
  const [b0, b1, b2, b3] = bytes;
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) return { encoding: UTF8, skip: 3 };
  if (b0 === 0x00 && b1 === 0x00 && b2 === 0xfe && b3 === 0xff)
    return { encoding: 'utf-32be', skip: 4 };
  if (b0 === 0xff && b1 === 0xfe && b2 === 0x00 && b3 === 0x00)
    return { encoding: 'utf-32le', skip: 4 };
  if (b0 === 0xfe && b1 === 0xff) return { encoding: 'utf-16be', skip: 2 };
  if (b0 === 0xff && b1 === 0xfe) return { encoding: 'utf-16le', skip: 2 };
  return null;
}

/**
 * UTF-16/32 without a BOM, recognised by how `<` is laid out (XML 1.0 appendix F). A document
 * that starts with markup shows its code-unit width in its first four bytes.
 */
function wideEncodingOfMarkup(bytes: Uint8Array): Sniffed | null {
  const [b0, b1, b2, b3] = bytes;
  if (b0 === 0x00 && b1 === 0x00 && b2 === 0x00 && b3 === 0x3c)
    return { encoding: 'utf-32be', skip: 0 };
  if (b0 === 0x3c && b1 === 0x00 && b2 === 0x00 && b3 === 0x00)
    return { encoding: 'utf-32le', skip: 0 };
  if (b0 === 0x00 && b1 === 0x3c && b2 === 0x00 && b3 !== 0x00)
    return { encoding: 'utf-16be', skip: 0 };
  if (b0 === 0x3c && b1 === 0x00 && b2 !== 0x00 && b3 === 0x00)
    return { encoding: 'utf-16le', skip: 0 };
  return null;
}

/**
 * The decoder for a charset label, or null when we do not know it. A UTF-16/32 label on a
 * document we could read as ASCII is a lie (a real UTF-16 document would have a BOM or zero
 * bytes), so those labels mean UTF-8 here; `wideEncodingOfMarkup` handles the real thing.
 */
export function normalizeCharset(label: string | null | undefined): string | null {
  const name = label
    ?.trim()
    .toLowerCase()
    .replace(/^["']|["']$/g, '');
  if (!name) return null;
  if (WINDOWS_1252_LABELS.has(name)) return WINDOWS_1252;
  if (GB18030_LABELS.has(name)) return 'gb18030';
  if (name === 'utf8' || name === UTF8 || /^(utf|ucs)-?(16|32|2|4)/.test(name)) return UTF8;
  if (name === 'x-sjis' || name === 'sjis' || name === 'ms_kanji') return 'shift_jis';
  if (name === 'tis-620' || name === 'iso-8859-11') return 'windows-874';
  return iconv.encodingExists(name) ? name : null;
}

/** The `charset=` parameter of a Content-Type header value, or null when it has none. */
export function charsetFromContentType(contentType: string | null | undefined): string | null {
  if (!contentType) return null;
  const match = /;\s*charset\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s;]+))/i.exec(contentType);
  const label = (match?.[1] ?? match?.[2] ?? match?.[3])?.trim();
  return label ? label : null;
}

/** The charset a document declares in its first bytes (XML declaration, HTML <meta>). */
function declaredEncoding(bytes: Uint8Array, options: DecodeOptions): string | null {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  const xml = options.sniffXml ? /<\?xml[^>]+encoding\s*=\s*["']\s*([\w.:-]+)/i.exec(head) : null;
  const meta = options.sniffHtml ? /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head) : null;
  // An HTML page's <meta> is what browsers follow, even when the page also has an XML declaration.
  return normalizeCharset((meta ?? xml)?.[1]);
}

// Node's TextDecoder treats windows-1252 as Latin-1 and loses curly quotes; iconv-lite maps the
// five bytes windows-1252 leaves undefined to U+FFFD, where browsers keep them as C1 controls.
let windows1252Table: string[] | null = null;
function windows1252Chars(): string[] {
  windows1252Table ??= Array.from({ length: 256 }, (_, byte) => {
    const char = iconv.decode(Buffer.of(byte), WINDOWS_1252);
    return char === '\ufffd' ? String.fromCharCode(byte) : char;
  });
  return windows1252Table;
}

function decodeWindows1252(bytes: Uint8Array): string {
  const table = windows1252Chars();
  const parts: string[] = [];
  for (let start = 0; start < bytes.length; start += 8192) {
    let chunk = '';
    for (const byte of bytes.subarray(start, start + 8192)) chunk += table[byte];
    parts.push(chunk);
  }
  return parts.join('');
}

let windows1252Codes: Map<string, number> | null = null;
/**
 * The windows-1252 bytes of `text` (the inverse of decoding it), or null when a character has
 * none. Used to undo text that was decoded as windows-1252 by mistake.
 */
export function encodeWindows1252(text: string): Uint8Array | null {
  windows1252Codes ??= new Map(windows1252Chars().map((char, byte) => [char, byte]));
  const codes = windows1252Codes;
  const bytes = new Uint8Array(text.length);
  for (let index = 0; index < text.length; index++) {
    const byte = codes.get(text[index] ?? '');
    if (byte === undefined) return null;
    bytes[index] = byte;
  }
  return bytes;
}

function decodeAs(bytes: Uint8Array, encoding: string): string {
  if (encoding === WINDOWS_1252) return decodeWindows1252(bytes);
  return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), encoding, {
    stripBOM: true,
  });
}

function strictUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(UTF8, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** The bytes as UTF-8 when they are valid UTF-8 and not plain ASCII; otherwise null. */
function multibyteUtf8(bytes: Uint8Array): string | null {
  return bytes.some((byte) => byte >= 0x80) ? strictUtf8(bytes) : null;
}

/**
 * Decodes a document: a BOM wins; then UTF-16/32 recognised by its zero bytes; then the HTTP
 * charset; then (when enabled) the charset the document declares; then UTF-8 when the bytes
 * are valid UTF-8, else windows-1252 (the usual encoding of undeclared legacy text).
 */
export function decodeText(bytes: Uint8Array, options: DecodeOptions = {}): string {
  const bom = bomEncoding(bytes);
  if (bom) return decodeAs(bytes.subarray(bom.skip), bom.encoding);
  const wide = options.sniffXml || options.sniffHtml ? wideEncodingOfMarkup(bytes) : null;
  if (wide) return decodeAs(bytes, wide.encoding);
  const declared =
    normalizeCharset(options.httpCharset) ??
    (options.sniffXml || options.sniffHtml ? declaredEncoding(bytes, options) : null);
  if (declared && declared !== UTF8) {
    // Documents are often re-encoded as UTF-8 with the old label left in place (servers default
    // to ISO-8859-1, saved pages keep their <meta>); text in a legacy encoding is almost never
    // valid multi-byte UTF-8 by accident, so valid UTF-8 wins.
    return multibyteUtf8(bytes) ?? decodeAs(bytes, declared);
  }
  return strictUtf8(bytes) ?? decodeWindows1252(bytes);
}

/** Decodes a saved file. `html` enables the charset declared inside the page. */
export function decodeDocument(bytes: Uint8Array, options: { html?: boolean } = {}): string {
  return decodeText(bytes, { sniffHtml: options.html, sniffXml: options.html });
}
