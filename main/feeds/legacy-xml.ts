// Rewrites old feed markup feedsmith does not read into the equivalent markup it does read.

/** Gets the match and its capture groups, in order (unmatched groups are undefined). */
type Replacer = (match: string, ...groups: Array<string | undefined>) => string;

const CDATA_START = '<![CDATA[';
const CDATA_END = ']]>';

/** `text.replace(pattern, replace)`, except inside CDATA sections (their content is not markup). */
export function replaceOutsideCdata(text: string, pattern: RegExp, replace: Replacer): string {
  let out = '';
  let index = 0;
  while (index < text.length) {
    const start = text.indexOf(CDATA_START, index);
    const end = start < 0 ? -1 : text.indexOf(CDATA_END, start + CDATA_START.length);
    // No (complete) CDATA section left: the rest is markup and text.
    if (end < 0) return out + text.slice(index).replace(pattern, replace);
    out += text.slice(index, start).replace(pattern, replace);
    out += text.slice(start, end + CDATA_END.length);
    index = end + CDATA_END.length;
  }
  return out;
}

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** [start, end) of each complete CDATA section, in document order. */
function cdataRanges(xml: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  for (let start = xml.indexOf(CDATA_START); start >= 0;) {
    const end = xml.indexOf(CDATA_END, start + CDATA_START.length);
    if (end < 0) break;
    ranges.push([start, end + CDATA_END.length]);
    start = xml.indexOf(CDATA_START, end + CDATA_END.length);
  }
  return ranges;
}

/**
 * Rewrites each `<name …>inner</name>` outside CDATA (any prefix, case-insensitive) with
 * `rewrite`, which returns null to keep the original. Elements of that name must not nest.
 * It searches forward only (no lazy `[\s\S]*?` patterns), so hostile input stays linear.
 */
function rewriteElements(
  xml: string,
  name: string,
  rewrite: (qualifiedName: string, attributes: string, inner: string) => string | null,
): string {
  const open = new RegExp(`<((?:[\\w.-]+:)?${name})(\\s[^<>]*)?>`, 'gi');
  const cdata = cdataRanges(xml);
  let inCdata = 0;
  let out = '';
  let index = 0;
  for (let match = open.exec(xml); match; match = open.exec(xml)) {
    const [tag, qualified = '', attributes = ''] = match;
    while (cdata[inCdata] && (cdata[inCdata]?.[1] ?? 0) <= match.index) inCdata++;
    if (tag.endsWith('/>') || (cdata[inCdata]?.[0] ?? Infinity) <= match.index) continue;
    const close = new RegExp(`</${qualified.replace(/\./g, '\\.')}\\s*>`, 'gi');
    close.lastIndex = open.lastIndex;
    const end = close.exec(xml);
    if (!end) break; // never closed: nor is any later one
    const replacement = rewrite(qualified, attributes, xml.slice(open.lastIndex, end.index));
    if (replacement !== null) {
      out += xml.slice(index, match.index) + replacement;
      index = close.lastIndex;
    }
    open.lastIndex = close.lastIndex;
  }
  return out + xml.slice(index);
}

/** True when Atom says the element's text is base64: 0.3's mode="base64", or a binary MIME type in 1.0. */
function isBase64(attributes: string): boolean {
  if (/\smode\s*=\s*["']\s*base64\s*["']/i.test(attributes)) return true;
  const type = /\stype\s*=\s*["']\s*([^"']*?)\s*["']/i.exec(attributes)?.[1]?.toLowerCase();
  return !!type && type.includes('/') && !type.startsWith('text/') && !/[+/]xml$/.test(type);
}

const ATOM_TEXT_ELEMENTS = ['title', 'subtitle', 'tagline', 'summary', 'content'];
const ATOM_FEED_TEXT_ELEMENTS = ['rights', 'copyright', 'info'];

/**
 * Decodes Atom's base64 text in place (feedsmith hands it over still encoded), leaving the
 * decoded text escaped and its type undeclared, so it is read as HTML only if it has markup.
 */
function decodeBase64Text(xml: string): string {
  let out = xml;
  for (const name of [...ATOM_TEXT_ELEMENTS, ...ATOM_FEED_TEXT_ELEMENTS]) {
    out = rewriteElements(out, name, (qualified, attributes, inner) => {
      const encoded = inner.replace(/\s+/g, '');
      if (!isBase64(attributes) || !/^[A-Za-z0-9+/]*={0,2}$/.test(encoded)) return null;
      const decoded = Buffer.from(encoded, 'base64').toString('utf8');
      const kept = attributes.replace(/\s(?:mode|type)\s*=\s*(?:"[^"]*"|'[^']*')/gi, '');
      return `<${qualified}${kept}>${escapeText(decoded)}</${qualified}>`;
    });
  }
  return out;
}

/**
 * Full text in an RSS item's `<xhtml:body>` (inline XHTML, the RSS 2.0 XHTML module) or
 * `<fullitem>` (escaped HTML) becomes `<content:encoded>`, where full text lives today.
 */
function modernizeFullText(xml: string): string {
  const withBody = rewriteElements(xml, 'body', (_name, _attributes, inner) => {
    const html = inner.replace(/(<\/?)[\w.-]+:/g, '$1').replace(/]]>/g, ']]]]><![CDATA[>');
    return `<content:encoded><![CDATA[${html}]]></content:encoded>`;
  });
  return rewriteElements(withBody, 'fullitem', (_name, _attributes, inner) => {
    return `<content:encoded>${inner}</content:encoded>`;
  });
}

/** RSS 2.0 put in a namespace (`<r:rss xmlns:r="http://backend.userland.com/rss2">`): the prefix goes. */
function unprefixElements(xml: string, prefix: string): string {
  return xml.replace(new RegExp(`(</?)${prefix.replace(/\./g, '\\.')}:`, 'g'), '$1');
}

/** Applies the rewrites that concern a document with this root element (local and qualified name). */
export function rewriteLegacyMarkup(
  xml: string,
  root: string | null,
  qualifiedRoot: string | null,
): string {
  if (root === 'feed') return decodeBase64Text(xml);
  if (root === 'rss') {
    const prefix = qualifiedRoot?.includes(':') ? qualifiedRoot.split(':')[0] : null;
    return modernizeFullText(prefix ? unprefixElements(xml, prefix) : xml);
  }
  if (root === 'rdf') return modernizeFullText(xml);
  return xml;
}
