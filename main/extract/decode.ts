// Turns a document's bytes into text: BOM, then (HTML) the declared charset, then UTF-8, else windows-1252.
import iconv from 'iconv-lite';

const UTF8 = 'utf-8';
const WINDOWS_1252 = 'windows-1252';

// As in the WHATWG Encoding standard, Latin-1 and ASCII labels mean windows-1252: pages that
// declare them routinely use its curly quotes and dashes in 0x80–0x9F.
const WINDOWS_1252_LABELS = new Set([
  ...['ascii', 'us-ascii', 'iso-8859-1', 'iso8859-1', 'iso_8859-1', 'latin1', 'l1'],
  ...['cp1252', 'windows-1252', 'x-cp1252', 'cp819', 'ibm819', 'iso-ir-100'],
]);

function bomEncoding(bytes: Uint8Array): { encoding: string; length: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return { encoding: UTF8, length: 3 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  return null;
}

/** The charset a page declares in its first bytes (<meta charset>, http-equiv, XML declaration). */
function declaredEncoding(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  const match =
    /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head) ??
    /<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)/i.exec(head);
  const label = match?.[1]?.toLowerCase();
  if (!label) return null;
  if (WINDOWS_1252_LABELS.has(label)) return WINDOWS_1252;
  // A page that really were UTF-16 would have started with a BOM; the label is a lie.
  if (label === 'utf8' || label === UTF8 || label.startsWith('utf-16')) return UTF8;
  return iconv.encodingExists(label) ? label : null;
}

function decodeUtf8OrWindows1252(bytes: Uint8Array): string {
  try {
    return new TextDecoder(UTF8, { fatal: true }).decode(bytes);
  } catch {
    // Node's TextDecoder treats windows-1252 as Latin-1 and loses curly quotes; iconv-lite does not.
    return iconv.decode(bytes, WINDOWS_1252);
  }
}

/** The bytes as UTF-8 when they are valid UTF-8 and not plain ASCII; otherwise null. */
function multibyteUtf8(bytes: Uint8Array): string | null {
  if (!bytes.some((byte) => byte >= 0x80)) return null;
  try {
    return new TextDecoder(UTF8, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** Decodes a document. `html` enables the charset declared inside the page. */
export function decodeDocument(bytes: Uint8Array, options: { html?: boolean } = {}): string {
  const bom = bomEncoding(bytes);
  if (bom) return iconv.decode(bytes.subarray(bom.length), bom.encoding);
  const declared = options.html ? declaredEncoding(bytes) : null;
  if (declared && declared !== UTF8) {
    const utf8 = multibyteUtf8(bytes);
    // Saved pages are often re-encoded as UTF-8 with the old declaration left in place; text in a
    // legacy encoding is almost never valid UTF-8 by accident, so valid UTF-8 wins.
    return utf8 ?? iconv.decode(bytes, declared);
  }
  return decodeUtf8OrWindows1252(bytes);
}
