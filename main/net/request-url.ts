// Which addresses Outpost downloads: http and https only, checked again at every redirect.
import { HttpError } from './http-error.ts';

function isHttp(url: URL): boolean {
  return url.protocol === 'http:' || url.protocol === 'https:';
}

function quote(text: string): string {
  return text.length > 200 ? `“${text.slice(0, 200)}…”` : `“${text}”`;
}

/** The address to request, or an HttpError saying in plain words why it cannot be. */
export function parseRequestUrl(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch (error) {
    throw new HttpError('bad-url', `${quote(raw)} is not a web address Outpost can download`, {
      url: raw,
      cause: error,
    });
  }
  if (!isHttp(url)) {
    throw new HttpError(
      'unsupported-scheme',
      `Outpost only downloads http: and https: addresses, not ${url.protocol} ones`,
      { url: raw },
    );
  }
  rejectCredentials(url, raw);
  url.hash = '';
  return url;
}

/** Where a redirect points, resolved against the address that sent it, and checked the same way. */
export function resolveRedirect(from: URL, location: string): URL {
  let next: URL;
  try {
    next = new URL(location, from);
  } catch (error) {
    throw new HttpError(
      'bad-url',
      `${from.host} redirected to ${quote(location)}, which is not a valid address`,
      { url: from.href, cause: error },
    );
  }
  if (!isHttp(next)) {
    throw new HttpError(
      'unsupported-scheme',
      `${from.host} redirected to a ${next.protocol} address; Outpost only follows http: and https: links`,
      { url: from.href },
    );
  }
  rejectCredentials(next, from.href);
  next.hash = '';
  return next;
}

/** Fetch refuses URLs with a user name or password (WHATWG Request); say so in plain words. */
function rejectCredentials(url: URL, shown: string): void {
  if (url.username || url.password) {
    throw new HttpError(
      'bad-url',
      `The address of ${url.host} contains a user name or password, which Outpost cannot send that way`,
      { url: shown },
    );
  }
}
