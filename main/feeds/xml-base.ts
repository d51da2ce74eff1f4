// Applies xml:base wherever it is declared, before parsing: feedsmith reports it on few elements only.
import { withBase } from './item-parts.ts';
import { tokenizeXml } from './xml-tokens.ts';

const ATTRIBUTE = /\s([\w.:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
// Attributes holding a URL (Atom links, RSS enclosures, media:content, images inside XHTML).
const URL_ATTRIBUTES = new Set(['href', 'src', 'url', 'uri']);
// Elements whose text is a URL (RSS <link>, image <url>, Atom <icon>/<logo>/<uri>, CDF).
const URL_ELEMENTS = new Set(['link', 'url', 'icon', 'logo', 'uri', 'comments', 'docs']);
// Elements feedsmith reports xml:base on, or whose base the normalisers read: they carry it explicitly.
const BASE_CARRIERS = new Set(['rss', 'feed', 'rdf', 'item', 'entry']);
const HAS_SCHEME = /^[a-z][a-z0-9+.-]*:/i;

function decodeXml(value: string): string {
  return value.replace(/&(?:amp|lt|gt|quot|apos|#(\d+)|#x([\da-f]+));/gi, (reference, dec, hex) => {
    if (dec) return String.fromCodePoint(Number(dec));
    if (hex) return String.fromCodePoint(parseInt(hex, 16));
    return { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&apos;': "'" }[
      reference.toLowerCase()
    ] as string;
  });
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

function localName(name: string): string {
  return name.slice(name.indexOf(':') + 1).toLowerCase();
}

/** A relative reference (XML-escaped) made absolute against `base` and escaped again; else null. */
function absolute(raw: string, base: string | null): string | null {
  const value = decodeXml(raw).trim();
  if (!base || !value || HAS_SCHEME.test(value) || value.startsWith('#')) return null;
  const resolved = withBase(base, value);
  return resolved ? escapeAttribute(resolved) : null;
}

/**
 * Rewrites a feed so that xml:base no longer needs to be understood: relative URLs in URL
 * attributes and URL elements inside an xml:base scope become absolute, and items, entries
 * and the root carry their absolute base (for the HTML inside them, resolved later). The
 * chain of bases starts at `documentUrl`. Returns the input unchanged when it declares no
 * xml:base or cannot be tokenised.
 */
export function applyXmlBase(xml: string, documentUrl: string | null): string {
  if (!xml.includes('xml:base')) return xml;
  const { tokens, end } = tokenizeXml(xml);
  if (end < xml.length) return xml;
  // Per open element: its base, and whether an xml:base (its own or an ancestor's) set it.
  const stack: Array<{ base: string | null; scoped: boolean }> = [];
  let out = '';
  // The base for the text of the element just opened, when that text is a URL.
  let urlTextBase: string | null = null;
  for (const token of tokens) {
    const parent = stack[stack.length - 1] ?? { base: documentUrl, scoped: false };
    if (token.kind === 'start') {
      const declared = /\sxml:base\s*=\s*(?:"([^"]*)"|'([^']*)')/.exec(token.attributes);
      const declaredBase = declared ? decodeXml(declared[1] ?? declared[2] ?? '') : null;
      const base = declaredBase === null ? parent.base : withBase(parent.base, declaredBase);
      const scoped = parent.scoped || declaredBase !== null;
      out += scoped
        ? rewriteStartTag(token.name, token.attributes, token.selfClosing, base)
        : token.text;
      if (!token.selfClosing) stack.push({ base, scoped });
      urlTextBase = scoped && URL_ELEMENTS.has(localName(token.name)) ? base : null;
    } else {
      if (token.kind === 'end') stack.pop();
      const isText = token.kind === 'other' && !token.text.startsWith('<');
      out += (isText && urlTextBase && absolute(token.text, urlTextBase)) || token.text;
      urlTextBase = null;
    }
  }
  return out;
}

function rewriteStartTag(
  name: string,
  attributes: string,
  selfClosing: boolean,
  base: string | null,
): string {
  let hasBase = false;
  const rewritten = attributes.replace(
    ATTRIBUTE,
    (attribute, attributeName: string, double, single) => {
      const value: string = double ?? single ?? '';
      if (attributeName === 'xml:base') {
        hasBase = true;
        return base ? ` xml:base="${escapeAttribute(base)}"` : attribute;
      }
      const resolved = URL_ATTRIBUTES.has(localName(attributeName)) ? absolute(value, base) : null;
      return resolved === null ? attribute : ` ${attributeName}="${resolved}"`;
    },
  );
  const carried =
    !hasBase && base && BASE_CARRIERS.has(localName(name))
      ? ` xml:base="${escapeAttribute(base)}"`
      : '';
  return `<${name}${rewritten}${carried}${selfClosing ? '/' : ''}>`;
}
