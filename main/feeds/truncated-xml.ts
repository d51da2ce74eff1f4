// Completes XML that was cut short (an interrupted download, a generator that died mid-write).

// One token of XML: comment, CDATA, processing instruction or declaration, end tag, start tag, text.
// Names and attributes exclude "<", so a stray "<" can never make the pattern backtrack far.
const TOKEN =
  /<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<[?!][^<>]*>|<\/([^\s<>]+)\s*>|<([^\s/<>!?]+)(?:[^<>"']|"[^"]*"|'[^']*')*>|[^<]+/y;

const ENTRY = /^(?:[\w.-]+:)?(?:item|entry)$/i;

/**
 * Returns `xml` with its cut-off end repaired: an item or entry that was not finished is
 * dropped (its text would be half a title, stored for good), and the elements still open are
 * closed. Returns null when the damage is not just at the end (an end tag that does not
 * match its start tag), since then any guess could invent content.
 */
export function completeTruncatedXml(xml: string): string | null {
  const open: Array<{ name: string; start: number }> = [];
  TOKEN.lastIndex = 0;
  let end = 0;
  while (end < xml.length) {
    const match = TOKEN.exec(xml);
    if (!match) {
      // An unterminated construct is the cut-off tail only if nothing follows it.
      if (xml.indexOf('<', end + 1) >= 0) return null;
      break;
    }
    const [token, closing, opening] = match;
    if (closing !== undefined) {
      if (open.pop()?.name !== closing) return null;
    } else if (opening !== undefined && !token.endsWith('/>')) {
      open.push({ name: opening, start: end });
    }
    end = TOKEN.lastIndex;
  }
  if (open.length === 0 && end === xml.length) return null; // nothing was cut off
  const unfinished = open.findIndex((element) => ENTRY.test(element.name));
  const kept = unfinished >= 0 ? open.slice(0, unfinished) : open;
  const cut = unfinished >= 0 ? (open[unfinished]?.start ?? end) : end;
  const closers = kept.reverse().map((element) => `</${element.name}>`);
  return xml.slice(0, cut) + closers.join('');
}
