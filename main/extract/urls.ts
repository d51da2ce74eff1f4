// URL policy for extracted content: which schemes may survive, and absolute URLs against a base.

// Browsers ignore these inside a URL, which is how "jav&#x09;ascript:" smuggles a scheme past
// naive checks; they are removed before looking at the scheme.
// eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
const IGNORED_IN_URL = /[\u0000-\u0020\u007f-\u009f]/g;
const SAFE_DATA_IMAGE = /^data:image\/(?:png|jpeg|gif|webp)[;,]/i;
const LINK_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);
const WEB_PROTOCOLS = new Set(['http:', 'https:']);

export interface UrlPolicy {
  /** Base for relative URLs; without one, relative URLs are dropped (they could not resolve). */
  base?: string | null;
  /** `data:image/(png|jpeg|gif|webp)` is allowed (for img src only). */
  allowDataImage?: boolean;
  /** `mailto:` is allowed (links only). */
  allowMailto?: boolean;
}

/** Returns the absolute, allowed form of `raw`, or null when it must not survive. */
export function safeUrl(raw: string | null | undefined, policy: UrlPolicy = {}): string | null {
  if (!raw) return null;
  const compact = raw.replace(IGNORED_IN_URL, '');
  if (!compact) return null;
  if (/^data:/i.test(compact)) {
    return policy.allowDataImage && SAFE_DATA_IMAGE.test(compact) ? compact : null;
  }
  const allowed = policy.allowMailto ? LINK_PROTOCOLS : WEB_PROTOCOLS;
  const hasScheme = /^[a-z][a-z0-9+.-]*:/i.test(compact);
  try {
    const url = hasScheme
      ? new URL(raw.trim())
      : policy.base
        ? new URL(raw.trim(), policy.base)
        : null;
    // The protocol is checked after parsing, so whatever the parser saw is what is judged.
    return url && allowed.has(url.protocol) ? url.href : null;
  } catch {
    return null;
  }
}

/** An absolute http(s) URL for `raw` resolved against `base`, or null. */
export function absoluteHttpUrl(
  raw: string | null | undefined,
  base?: string | null,
): string | null {
  return safeUrl(raw?.trim(), { base });
}
