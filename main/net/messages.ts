// The sentences behind HttpError: what went wrong, with which server, and what happens next.
import { STATUS_CODES } from 'node:http';
import { HttpError, type HttpErrorCode } from './http-error.ts';

/** What is being downloaded, for messages: "the feed", "the article", "the image". */
export type Subject = string;

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Sizes as people read them: the cap is 20 MiB, the message says "20 MB". */
export function formatBytes(bytes: number): string {
  const mib = 1024 * 1024;
  if (bytes >= mib) {
    const value = bytes / mib;
    return `${value >= 10 ? Math.round(value) : Math.round(value * 10) / 10} MB`;
  }
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}

export function formatDuration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  const seconds = ms / 1000;
  if (seconds < 120) return `${Math.round(seconds * 10) / 10} s`;
  return `${Math.round(seconds / 60)} min`;
}

/** Local wall-clock time; the day is added when it is not today. */
export function formatTime(date: Date, now: Date): string {
  const hhmm = `${String(date.getHours()).padStart(2, '0')}:${String(date.getMinutes()).padStart(2, '0')}`;
  const sameDay =
    date.getFullYear() === now.getFullYear() &&
    date.getMonth() === now.getMonth() &&
    date.getDate() === now.getDate();
  return sameDay ? hhmm : `${date.getDate()} ${MONTHS[date.getMonth()]} ${hhmm}`;
}

function statusName(status: number): string {
  const name = STATUS_CODES[status];
  return name ? `${status} ${name}` : String(status);
}

function nextTry(retryAfter: Date | null, now: Date): string {
  return retryAfter
    ? `next try after ${formatTime(retryAfter, now)}`
    : 'Outpost will try again later';
}

export function statusError(
  url: URL,
  status: number,
  retryAfter: Date | null,
  now: Date,
  subject: Subject,
): HttpError {
  const host = url.host;
  const answered = `${host} answered ${statusName(status)}`;
  let message: string;
  if (status === 429)
    message = `${host} asked Outpost to slow down (429); ${nextTry(retryAfter, now)}`;
  else if (status === 503)
    message = `${host} is unavailable for now (${statusName(503)}); ${nextTry(retryAfter, now)}`;
  else if (status === 404) message = `${answered}: ${subject} has moved or been removed`;
  else if (status === 410) message = `${answered}: ${subject} has been removed for good`;
  else if (status === 401 || status === 403)
    message = `${answered}: ${subject} needs a login, or is closed to Outpost`;
  else if (status === 407) message = `${answered}: the proxy needs a login`;
  else if (status === 304) message = `${answered} to a request that was not conditional`;
  else if (status >= 300 && status < 400)
    message = `${answered} without saying where ${subject} went`;
  else if (status >= 500)
    message = `${answered}: the problem is on its side; Outpost will try again later`;
  else message = `${answered}, which Outpost cannot use`;
  return new HttpError('http-status', message, { url: url.href, status, retryAfter });
}

export function tooLargeError(
  url: URL,
  maxBytes: number,
  declared: number | null,
  subject: Subject,
): HttpError {
  const size = declared === null ? '' : ` (${formatBytes(declared)})`;
  return new HttpError(
    'too-large',
    `${capitalize(subject)} at ${url.host} is larger than ${formatBytes(maxBytes)}${size}; Outpost stopped downloading it`,
    { url: url.href },
  );
}

export function truncatedError(
  url: URL,
  received: number,
  declared: number | null,
  subject: Subject,
  cause?: unknown,
): HttpError {
  const got =
    declared === null
      ? `after ${formatBytes(received)}`
      : `(${formatBytes(received)} of ${formatBytes(declared)})`;
  return new HttpError(
    'truncated',
    `${url.host} closed the connection before ${subject} was complete ${got}; Outpost will try again later`,
    { url: url.href, cause },
  );
}

export type TimeoutKind = 'headers' | 'idle' | 'total';

export function timeoutError(url: URL, kind: TimeoutKind, ms: number, subject: Subject): HttpError {
  const duration = formatDuration(ms);
  const message =
    kind === 'headers'
      ? `${url.host} did not answer within ${duration}`
      : kind === 'idle'
        ? `${url.host} stopped sending ${subject} for ${duration}; Outpost gave up on it`
        : `Downloading ${subject} from ${url.host} took longer than ${duration}; Outpost stopped`;
  return new HttpError('timeout', message, { url: url.href });
}

export function cancelledError(url: URL, subject: Subject): HttpError {
  return new HttpError('cancelled', `Downloading ${subject} from ${url.host} was cancelled`, {
    url: url.href,
  });
}

/** Error codes from undici (`cause.code`) and Chromium (`net::ERR_…` in the message), in plain words. */
const networkReasons: Array<[RegExp, string, HttpErrorCode]> = [
  // Chromium follows redirects itself when Electron's net.fetch cannot hand them to us.
  [/TOO_MANY_REDIRECTS/, 'it redirected too many times', 'too-many-redirects'],
  [/UNSAFE_REDIRECT/, 'it redirected to an address Outpost does not follow', 'unsupported-scheme'],
  [
    /ENOTFOUND|EAI_AGAIN|NAME_NOT_RESOLVED/,
    'its name could not be found (check the address, or whether you are online)',
    'network',
  ],
  [
    /INTERNET_DISCONNECTED|ENETUNREACH|EHOSTUNREACH|ADDRESS_UNREACHABLE|NETWORK_CHANGED|ENETDOWN/,
    'the network is unreachable; you seem to be offline',
    'network',
  ],
  [/ECONNREFUSED|CONNECTION_REFUSED/, 'the connection was refused', 'network'],
  [/ETIMEDOUT|CONNECT_TIMEOUT|TIMED_OUT/, 'the connection timed out', 'timeout'],
  [
    /CERT|SSL|TLS|SELF_SIGNED|UNABLE_TO_VERIFY/,
    'its security certificate could not be trusted',
    'network',
  ],
  [/PROXY|TUNNEL/, 'the proxy failed', 'network'],
  [
    /ECONNRESET|CONNECTION_RESET|CONNECTION_CLOSED|EMPTY_RESPONSE|UND_ERR_SOCKET|EPIPE/,
    'the connection was closed unexpectedly',
    'network',
  ],
];

/** Every code and message in an error's cause chain, so one regex finds the reason wherever it sits. */
function errorText(error: unknown, depth = 0): string {
  if (depth > 4 || typeof error !== 'object' || error === null) return String(error ?? '');
  const { code, message, cause, errors } = error as {
    code?: unknown;
    message?: unknown;
    cause?: unknown;
    errors?: unknown;
  };
  const parts = [String(code ?? ''), String(message ?? ''), errorText(cause, depth + 1)];
  if (Array.isArray(errors)) parts.push(...errors.map((e) => errorText(e, depth + 1)));
  return parts.join(' ');
}

export function networkError(url: URL, error: unknown): HttpError {
  const text = errorText(error);
  const match = networkReasons.find(([pattern]) => pattern.test(text));
  const detail = text.replace(/\s+/g, ' ').trim();
  const reason = match ? match[1] : `the request failed (${detail || 'no details'})`;
  return new HttpError(match?.[2] ?? 'network', `Outpost could not reach ${url.host}: ${reason}`, {
    url: url.href,
    cause: error,
  });
}
