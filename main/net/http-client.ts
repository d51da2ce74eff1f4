// The HTTP client for sync: conditional GET, our own redirect handling, size caps, timeouts, slots.
import packageJson from '../../package.json' with { type: 'json' };
import { createAbortScope, untilAborted, type AbortScope } from './abort-scope.ts';
import { HttpError } from './http-error.ts';
import { createLimiter } from './limiter.ts';
import {
  cancelledError,
  networkError,
  statusError,
  timeoutError,
  type Subject,
} from './messages.ts';
import { readBody } from './read-body.ts';
import { parseRequestUrl, resolveRedirect } from './request-url.ts';
import { parseRetryAfter } from './retry-after.ts';

export const DEFAULT_USER_AGENT = `Outpost/${packageJson.version} (offline news reader)`;
/** What feed readers ask for: the feed formats first, HTML last (for feed autodiscovery). */
export const FEED_ACCEPT =
  'application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.8, text/html;q=0.5, */*;q=0.1';
/** Both undici and Chromium decode these three; undici alone would only ask for gzip and deflate. */
export const DEFAULT_ACCEPT_ENCODING = 'gzip, deflate, br';

export const defaultGetOptions = {
  maxBytes: 20 * 1024 * 1024,
  headersTimeoutMs: 20_000,
  idleTimeoutMs: 20_000,
  totalTimeoutMs: 120_000,
  maxRedirects: 5,
} as const;

export interface HttpClientDeps {
  /** Electron's net.fetch in the app (system proxies), Node's fetch in the CLI and tests. */
  fetch: typeof globalThis.fetch;
  now?: () => Date;
  userAgent?: string;
  /** Requests in flight at once, all hosts together (default 6). */
  maxConcurrent?: number;
  /** Requests in flight at once to one host (default 2): politeness, and fairness on a thin link. */
  maxPerHost?: number;
  /** Sent as Accept-Encoding; null leaves the header to the fetch implementation. */
  acceptEncoding?: string | null;
}

export interface GetOptions {
  /** Validators from the last 200: sent as If-None-Match / If-Modified-Since. */
  etag?: string | null;
  lastModified?: string | null;
  /** Accept header (default any type; FEED_ACCEPT for feeds). */
  accept?: string;
  /** Cap on the decoded body (default 20 MiB). */
  maxBytes?: number;
  /** Connect + first response byte, per hop (default 20 s). */
  headersTimeoutMs?: number;
  /** Longest silence while the body arrives: a slow drip (default 20 s). */
  idleTimeoutMs?: number;
  /** The whole request, redirects included, from the first byte sent (default 120 s). */
  totalTimeoutMs?: number;
  maxRedirects?: number;
  /** Cancellation: the request fails with code 'cancelled'. */
  signal?: AbortSignal;
  /** Progress: called with each chunk's decoded size. */
  onBytes?: (n: number) => void;
  /** Named in messages: "the feed" (default), "the article", "the image". */
  subject?: Subject;
}

interface ResultBase {
  /** The address that answered (after redirects). */
  finalUrl: string;
  /** The new address when every redirect was permanent (301/308): store it as the feed's URL. */
  permanentUrl: string | null;
  etag: string | null;
  lastModified: string | null;
  /** Body bytes received, after decoding. */
  bytes: number;
}

export interface GetOk extends ResultBase {
  status: 200;
  notModified: false;
  contentType: string | null;
  body: Uint8Array;
}

/** On 304 the validators are the server's new ones, or the ones sent when it repeats none. */
export interface GetNotModified extends ResultBase {
  status: 304;
  notModified: true;
}

export type GetResult = GetOk | GetNotModified;

export interface HttpClient {
  /** Downloads `url`; throws HttpError for anything but 200 and 304. */
  get(url: string, options?: GetOptions): Promise<GetResult>;
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

type Hop =
  | { kind: 'redirect'; status: number; location: string }
  | { kind: 'done'; result: GetResult }
  // The fetch implementation cannot return a 3xx to us: let it follow redirects itself.
  | { kind: 'follow-instead' };

/**
 * Electron's net.fetch does not return the 3xx for redirect: 'manual': Chromium cancels the request
 * and it rejects with "Redirect was cancelled" (electron/electron#43715).
 */
function isManualRedirectRefused(error: unknown): boolean {
  return error instanceof Error && /redirect was cancelled/i.test(error.message);
}

function discard(response: Response): void {
  // Error pages and redirect bodies are not worth paying for on a metered link.
  response.body?.cancel().catch(() => {});
}

export function createHttpClient(deps: HttpClientDeps): HttpClient {
  const now = deps.now ?? (() => new Date());
  const userAgent = deps.userAgent ?? DEFAULT_USER_AGENT;
  const acceptEncoding =
    deps.acceptEncoding === undefined ? DEFAULT_ACCEPT_ENCODING : deps.acceptEncoding;
  const limiter = createLimiter({
    maxConcurrent: deps.maxConcurrent ?? 6,
    maxPerHost: deps.maxPerHost ?? 2,
  });

  function requestHeaders(options: GetOptions): Record<string, string> {
    const headers: Record<string, string> = {
      'User-Agent': userAgent,
      Accept: options.accept ?? '*/*',
    };
    if (acceptEncoding) headers['Accept-Encoding'] = acceptEncoding;
    if (options.etag) headers['If-None-Match'] = options.etag;
    if (options.lastModified) headers['If-Modified-Since'] = options.lastModified;
    return headers;
  }

  async function runHop(
    url: URL,
    mode: 'manual' | 'follow',
    options: GetOptions,
    scope: AbortScope,
  ): Promise<Hop> {
    const subject = options.subject ?? 'the feed';
    const headersTimeoutMs = options.headersTimeoutMs ?? defaultGetOptions.headersTimeoutMs;
    const stopHeadersTimer = scope.startTimer(headersTimeoutMs, () =>
      timeoutError(url, 'headers', headersTimeoutMs, subject),
    );
    let response: Response;
    try {
      const request = deps.fetch(url.href, {
        method: 'GET',
        headers: requestHeaders(options),
        redirect: mode,
        signal: scope.signal,
        // Our database is the cache (validators per feed); Chromium's would keep a second copy.
        cache: 'no-store',
        // Electron's net.fetch would otherwise send the session's cookies to every feed host.
        credentials: 'omit',
      });
      response = await untilAborted(request, scope.signal);
    } catch (error) {
      if (scope.failure) throw scope.failure;
      if (mode === 'manual' && isManualRedirectRefused(error)) return { kind: 'follow-instead' };
      throw networkError(url, error);
    } finally {
      stopHeadersTimer();
    }

    const status = response.status;
    // A browser-style fetch hides the redirect behind an opaque response: same remedy.
    if (mode === 'manual' && (status === 0 || response.type === 'opaqueredirect')) {
      discard(response);
      return { kind: 'follow-instead' };
    }
    const location = response.headers.get('location');
    if (REDIRECTS.has(status) && location !== null) {
      discard(response);
      return { kind: 'redirect', status, location };
    }
    const etag = response.headers.get('etag');
    const lastModified = response.headers.get('last-modified');
    if (status === 304 && (options.etag || options.lastModified)) {
      discard(response);
      return {
        kind: 'done',
        result: {
          status: 304,
          notModified: true,
          finalUrl: url.href,
          permanentUrl: null,
          etag: etag ?? options.etag ?? null,
          lastModified: lastModified ?? options.lastModified ?? null,
          bytes: 0,
        },
      };
    }
    if (status !== 200) {
      discard(response);
      const retryAfter =
        status === 429 || status === 503
          ? parseRetryAfter(response.headers.get('retry-after'), now())
          : null;
      throw statusError(url, status, retryAfter, now(), subject);
    }
    const body = await readBody(response, {
      url,
      scope,
      subject,
      maxBytes: options.maxBytes ?? defaultGetOptions.maxBytes,
      idleTimeoutMs: options.idleTimeoutMs ?? defaultGetOptions.idleTimeoutMs,
      onBytes: options.onBytes,
    });
    return {
      kind: 'done',
      result: {
        status: 200,
        notModified: false,
        finalUrl: url.href,
        permanentUrl: null,
        contentType: response.headers.get('content-type'),
        etag,
        lastModified,
        body,
        bytes: body.byteLength,
      },
    };
  }

  async function get(rawUrl: string, options: GetOptions = {}): Promise<GetResult> {
    const subject = options.subject ?? 'the feed';
    const maxRedirects = options.maxRedirects ?? defaultGetOptions.maxRedirects;
    const totalTimeoutMs = options.totalTimeoutMs ?? defaultGetOptions.totalTimeoutMs;
    const requested = parseRequestUrl(rawUrl);
    let url = requested;
    if (options.signal?.aborted) throw cancelledError(url, subject);

    const scope = createAbortScope(options.signal, () => cancelledError(url, subject));
    const seen = new Set([url.href]);
    let redirects = 0;
    let allPermanent = true;
    let mode: 'manual' | 'follow' = 'manual';
    let totalTimerStarted = false;
    try {
      for (;;) {
        const release = await limiter.acquire(url.host, scope.signal).catch((error: unknown) => {
          throw scope.failure ?? error;
        });
        let hop: Hop;
        try {
          // Time spent queued behind other feeds is not the server's fault: the clock starts here.
          if (!totalTimerStarted) {
            totalTimerStarted = true;
            scope.startTimer(totalTimeoutMs, () =>
              timeoutError(requested, 'total', totalTimeoutMs, subject),
            );
          }
          hop = await runHop(url, mode, options, scope);
        } finally {
          release();
        }

        if (hop.kind === 'follow-instead') {
          mode = 'follow';
          continue;
        }
        if (hop.kind === 'done') {
          // With mode 'follow' the hops are invisible (and net.fetch's response.url is wrong), so
          // the final address is unknown and no permanent move can be claimed.
          const moved = redirects > 0 && allPermanent && mode === 'manual';
          return { ...hop.result, permanentUrl: moved ? url.href : null };
        }

        redirects += 1;
        const next = resolveRedirect(url, hop.location);
        if (seen.has(next.href)) {
          throw new HttpError(
            'redirect-loop',
            `${url.host} redirects in a circle (back to ${next.href}); ${subject} cannot be reached at this address`,
            { url: url.href, status: hop.status },
          );
        }
        if (redirects > maxRedirects) {
          throw new HttpError(
            'too-many-redirects',
            `${requested.host} redirected Outpost more than ${maxRedirects} times; it gave up following ${subject}`,
            { url: url.href, status: hop.status },
          );
        }
        seen.add(next.href);
        allPermanent &&= hop.status === 301 || hop.status === 308;
        url = next;
      }
    } catch (error) {
      throw scope.failure ?? error;
    } finally {
      scope.dispose();
    }
  }

  return { get };
}
