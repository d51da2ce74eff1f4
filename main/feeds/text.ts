// Feed text to the contract's two kinds: plain text (titles, names) and sanitised HTML (summary, content).
import { decodeText, encodeWindows1252 } from '../extract/decode.ts';
import { escapeHtml } from '../extract/dom.ts';
import { htmlToText, sanitizeArticleHtml } from '../extract/sanitize.ts';

/**
 * How an element declares its content: Atom 1.0 `type="text|html|xhtml"`, Atom 0.3 MIME types
 * or `mode="escaped"`; null when it declares nothing (RSS, most namespaces): then the text is
 * treated as HTML only when it contains markup or character references.
 */
export type TextKind = 'text' | 'html' | 'xhtml' | null;

export function textKindOf(type: string | null | undefined, mode?: string | null): TextKind {
  const declared = type?.trim().toLowerCase();
  if (declared === 'xhtml' || declared === 'application/xhtml+xml') return 'xhtml';
  if (declared === 'html' || declared === 'text/html') return 'html';
  if (declared === 'text' || declared === 'text/plain') return 'text';
  if (mode?.trim().toLowerCase() === 'escaped') return 'html';
  if (declared && /\+xml$|\/xml$/.test(declared)) return 'xhtml';
  return declared ? 'text' : null;
}

// C1 control characters never belong in feed text: they are windows-1252 punctuation that went
// through a Latin-1 decoder ("don\u0092t"). The five bytes windows-1252 leaves undefined stay.
const C1_CONTROLS = /[\u0080\u0082-\u008c\u008e\u0091-\u009c\u009e\u009f]/g;
// UTF-8 read as windows-1252 shows as "Ã©", "â€™": a lead byte's character then a continuation's.
const MOJIBAKE =
  /[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013-\u2026\u2030\u2039\u203a\u20ac\u2122]/;

/**
 * Repairs the two encoding accidents common in feeds: C1 controls that were windows-1252
 * punctuation, and UTF-8 that was decoded as windows-1252 on its way into the feed. A repair
 * happens only when the whole text converts cleanly, so genuine text is left alone.
 */
export function repairEncoding(text: string): string {
  let out = text.replace(C1_CONTROLS, (char) => decodeWindows1252Byte(char.charCodeAt(0)));
  if (MOJIBAKE.test(out)) {
    const bytes = encodeWindows1252(out);
    try {
      if (bytes) out = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      // Not UTF-8 after all: the text was meant as it is.
    }
  }
  return out;
}

function decodeWindows1252Byte(byte: number): string {
  return decodeText(Uint8Array.of(byte), { httpCharset: 'windows-1252' });
}

const MARKUP = /<\/?[a-z][a-z0-9]*(?:\s[^<>]*)?\/?>|&(?:#\d+|#x[\da-f]+|[a-z][a-z\d]+);/i;

function isHtml(value: string, kind: TextKind): boolean {
  return kind === 'html' || kind === 'xhtml' || (kind === null && MARKUP.test(value));
}

/** One line of plain text (a title, a name), or null when empty. */
export function toPlainLine(value: string | null | undefined, kind: TextKind): string | null {
  if (value === null || value === undefined) return null;
  const repaired = repairEncoding(value);
  const text = isHtml(repaired, kind) ? htmlToText(repaired) : repaired;
  return text.replace(/\s+/g, ' ').trim();
}

/** Plain text that may have paragraphs (a feed description), or null when absent. */
export function toPlainText(value: string | null | undefined, kind: TextKind): string | null {
  if (value === null || value === undefined) return null;
  const repaired = repairEncoding(value);
  return (isHtml(repaired, kind) ? htmlToText(repaired) : repaired).trim();
}

/** Safe HTML with absolute URLs against `base`; plain text is escaped. Null when empty. */
export function toSafeHtml(
  value: string | null | undefined,
  kind: TextKind,
  base: string | null,
): string | null {
  if (value === null || value === undefined || !value.trim()) return null;
  const repaired = repairEncoding(value);
  const html = isHtml(repaired, kind)
    ? sanitizeArticleHtml(repaired, base ?? undefined, { linkTargets: false })
    : escapeHtml(repaired.trim());
  return html || null;
}
