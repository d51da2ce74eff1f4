// Parses Retry-After (RFC 9110 §10.2.3): either a number of seconds or an HTTP-date.

/** A server asking for a week's pause is more likely misconfigured than serious; the feed is not dropped. */
export const MAX_RETRY_AFTER_MS = 7 * 24 * 60 * 60 * 1000;

/** The moment the server allows the next try, or null when the header is absent, malformed or past. */
export function parseRetryAfter(value: string | null, now: Date): Date | null {
  if (value === null) return null;
  const text = value.trim();
  let at: number;
  if (/^\d+$/.test(text)) at = now.getTime() + Number(text) * 1000;
  else {
    const parsed = Date.parse(text);
    if (Number.isNaN(parsed)) return null;
    at = parsed;
  }
  if (at <= now.getTime()) return null;
  return new Date(Math.min(at, now.getTime() + MAX_RETRY_AFTER_MS));
}
