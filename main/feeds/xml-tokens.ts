// A forgiving XML tokenizer for the passes we make before parsing (truncation repair, xml:base).

// One token: comment, CDATA, processing instruction or declaration, end tag, start tag, text.
// Names and attributes exclude "<", so a stray "<" can never make the pattern backtrack far.
const TOKEN =
  /<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<[?!][^<>]*>|<\/([^\s<>]+)\s*>|<([^\s/<>!?]+)((?:[^<>"']|"[^"]*"|'[^']*')*)>|[^<]+/y;

export type XmlToken =
  | {
      kind: 'start';
      name: string;
      attributes: string;
      selfClosing: boolean;
      start: number;
      text: string;
    }
  | { kind: 'end'; name: string; start: number; text: string }
  | { kind: 'other'; start: number; text: string };

/**
 * The tokens of `xml` in order. Stops at the first place that is not a token (an unterminated
 * tag, comment or CDATA section) and reports where: `end` is then less than `xml.length`.
 */
export function tokenizeXml(xml: string): { tokens: XmlToken[]; end: number } {
  const tokens: XmlToken[] = [];
  const pattern = new RegExp(TOKEN.source, 'y');
  let end = 0;
  while (end < xml.length) {
    const match = pattern.exec(xml);
    if (!match) break;
    const [text, closing, opening, attributes = ''] = match;
    if (closing !== undefined) tokens.push({ kind: 'end', name: closing, start: end, text });
    else if (opening !== undefined) {
      const selfClosing = text.endsWith('/>');
      const attrs = selfClosing ? attributes.replace(/\/$/, '') : attributes;
      tokens.push({
        kind: 'start',
        name: opening,
        attributes: attrs,
        selfClosing,
        start: end,
        text,
      });
    } else tokens.push({ kind: 'other', start: end, text });
    end = pattern.lastIndex;
  }
  return { tokens, end };
}
