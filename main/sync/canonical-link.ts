// The identity of an article link: the same page, whatever tracking parameters a feed adds.

/** Parameters that only say where a click came from; they never change the page. */
const TRACKING_PARAMETERS = [
  /^utm_/i,
  /^(fbclid|gclid|dclid|gbraid|wbraid|msclkid|yclid|igshid|twclid)$/i,
  /^(mc_cid|mc_eid|_ga|_gl|_hsenc|_hsmi|mkt_tok|oly_anon_id|oly_enc_id|vero_id|wt_mc|cmpid)$/i,
];

/**
 * A normalised link for deduplication: scheme and host lower-cased, default port, fragment and
 * tracking parameters dropped, remaining parameters sorted. Null when the link is not http(s).
 */
export function canonicalLink(link: string | null | undefined): string | null {
  if (!link) return null;
  let url: URL;
  try {
    url = new URL(link);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  url.hash = '';
  url.username = '';
  url.password = '';
  const kept = [...url.searchParams.entries()].filter(
    ([name]) => !TRACKING_PARAMETERS.some((pattern) => pattern.test(name)),
  );
  kept.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  url.search = new URLSearchParams(kept).toString();
  // http and https versions of a page are the same article.
  return url.toString().replace(/^https?:/, '');
}

/** The article's address with tracking parameters removed, for storing and opening. */
export function cleanLink(link: string): string {
  try {
    const url = new URL(link);
    for (const name of [...url.searchParams.keys()]) {
      if (TRACKING_PARAMETERS.some((pattern) => pattern.test(name))) url.searchParams.delete(name);
    }
    return url.toString();
  } catch {
    return link;
  }
}
