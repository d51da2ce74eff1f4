// Completes XML that was cut short (an interrupted download, a generator that died mid-write).
import { tokenizeXml } from './xml-tokens.ts';

const ENTRY = /^(?:[\w.-]+:)?(?:item|entry)$/i;

/**
 * Returns `xml` with its cut-off end repaired: an item or entry that was not finished is
 * dropped (its text would be half a title, stored for good), and the elements still open are
 * closed. Returns null when the damage is not just at the end (an end tag that does not
 * match its start tag), since then any guess could invent content.
 */
export function completeTruncatedXml(xml: string): string | null {
  const { tokens, end } = tokenizeXml(xml);
  // An unterminated construct is the cut-off tail only if nothing follows it.
  if (end < xml.length && xml.indexOf('<', end + 1) >= 0) return null;
  const open: Array<{ name: string; start: number }> = [];
  for (const token of tokens) {
    if (token.kind === 'end' && open.pop()?.name !== token.name) return null;
    if (token.kind === 'start' && !token.selfClosing) open.push(token);
  }
  if (open.length === 0 && end === xml.length) return null; // nothing was cut off
  const unfinished = open.findIndex((element) => ENTRY.test(element.name));
  const kept = unfinished >= 0 ? open.slice(0, unfinished) : open;
  const cut = unfinished >= 0 ? (open[unfinished]?.start ?? end) : end;
  const closers = kept.reverse().map((element) => `</${element.name}>`);
  return xml.slice(0, cut) + closers.join('');
}
