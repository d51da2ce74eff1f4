// The one Content-Security-Policy for the UI, whether served over app:// (desktop) or the HTTP bridge.

/**
 * No inline script or style, no plugins, no framing, no form posts, and nothing from the web:
 * article images come from the offline cache (`/media/`) or are inline, so reading never tells a
 * publisher or a tracker anything (an image not saved yet shows a placeholder instead).
 */
export const contentSecurityPolicy = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "media-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-src 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** Directives a `<meta>` policy may not carry (the HTML standard ignores them there). */
const headerOnlyDirectives = new Set(['frame-ancestors', 'report-uri', 'sandbox']);

/**
 * The same policy for the `<meta http-equiv="Content-Security-Policy">` the renderer's build writes
 * into index.html: a second line of defence should a page ever be served without the header.
 */
export const metaContentSecurityPolicy = contentSecurityPolicy
  .split(';')
  .map((directive) => directive.trim())
  .filter(
    (directive) => directive && !headerOnlyDirectives.has(directive.split(/\s+/)[0]!.toLowerCase()),
  )
  .join('; ');

/** Headers sent with every UI response, beside the CSP. */
export const securityHeaders: Record<string, string> = {
  'Content-Security-Policy': contentSecurityPolicy,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
};
