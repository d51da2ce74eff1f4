// Makes feed XML safe and simple for the XML parser: no DOCTYPE (its entities expanded within a budget).
import { FeedError } from './feed-error.ts';
import { rewriteLegacyMarkup } from './legacy-xml.ts';
import { applyXmlBase } from './xml-base.ts';
import { declaredEntities, expandEntities } from './xml-entities.ts';

export interface PreparedXml {
  xml: string;
  /** Lower-cased name of the root element (without prefix), or null when there is none. */
  root: string | null;
}

/** Index just after the end of a markup construct starting at `start`, or -1 when unterminated. */
function endOf(text: string, start: number, terminator: string): number {
  const end = text.indexOf(terminator, start);
  return end < 0 ? -1 : end + terminator.length;
}

interface Doctype {
  start: number;
  end: number;
  /** The internal subset (between `[` and `]`), where entities are declared. */
  subset: string;
}

/**
 * Reads the DOCTYPE starting at `start`: its extent and internal subset. Quoted strings and
 * comments inside the subset may contain `]` and `>`.
 */
function readDoctype(xml: string, start: number): Doctype {
  let quote: string | null = null;
  let subsetStart = -1;
  let subsetEnd = -1;
  for (let i = start + 9; i < xml.length; i++) {
    const char = xml[i];
    if (quote) {
      if (char === quote) quote = null;
    } else if (char === '"' || char === "'") quote = char;
    else if (xml.startsWith('<!--', i)) {
      i = endOf(xml, i, '-->') - 1;
      if (i < 0) break;
    } else if (char === '[' && subsetStart < 0) subsetStart = i + 1;
    else if (char === ']' && subsetStart >= 0 && subsetEnd < 0) subsetEnd = i;
    else if (char === '>' && (subsetStart < 0 || subsetEnd >= 0)) {
      const subset = subsetStart >= 0 ? xml.slice(subsetStart, subsetEnd) : '';
      return { start, end: i + 1, subset };
    }
  }
  throw new FeedError('malformed', 'The feed is not well-formed XML: its DOCTYPE never ends.');
}

/**
 * Walks the prolog (declaration, comments, processing instructions, DOCTYPE) with plain index
 * searches; a regular expression over it can backtrack exponentially on hostile input.
 */
function scanProlog(xml: string): { doctype: Doctype | null; rootStart: number } {
  let doctype: Doctype | null = null;
  let index = 0;
  for (;;) {
    index = xml.indexOf('<', index);
    if (index < 0) return { doctype, rootStart: -1 };
    if (xml.startsWith('<?', index)) index = endOf(xml, index, '?>');
    else if (xml.startsWith('<!--', index)) index = endOf(xml, index, '-->');
    else if (/^<!doctype/i.test(xml.slice(index, index + 9))) {
      doctype = readDoctype(xml, index);
      index = doctype.end;
    } else return { doctype, rootStart: index };
    if (index < 0) return { doctype, rootStart: -1 };
  }
}

/** The qualified name of the root element as written (`rss`, `rdf:RDF`, `atom:feed`), or null. */
function rootElement(xml: string): string | null {
  const { rootStart } = scanProlog(xml);
  if (rootStart < 0) return null;
  return /^<([\w.:-]+)/.exec(xml.slice(rootStart, rootStart + 256))?.[1] ?? null;
}

/**
 * Strips the DOCTYPE (the XML parser would otherwise read the DTD) after expanding the
 * internal entities it declares, and any junk before the first `<`; applies xml:base against
 * `documentUrl`, and rewrites old markup feedsmith does not read.
 */
export function prepareXml(text: string, documentUrl: string | null = null): PreparedXml {
  let xml = text.replace(/^[\s\ufeff]+/, '');
  // Some servers prepend whitespace or a stray byte before the declaration; parsers then fail.
  const firstTag = xml.indexOf('<');
  if (firstTag > 0 && !xml.slice(0, firstTag).includes('>')) xml = xml.slice(firstTag);
  const { doctype } = scanProlog(xml);
  if (doctype) {
    const entities = declaredEntities(doctype.subset);
    xml = xml.slice(0, doctype.start) + expandEntities(xml.slice(doctype.end), entities);
  }
  xml = applyXmlBase(xml, documentUrl);
  const qualified = rootElement(xml);
  const root = qualified ? qualified.slice(qualified.indexOf(':') + 1).toLowerCase() : null;
  return { xml: rewriteLegacyMarkup(xml, root, qualified), root };
}
