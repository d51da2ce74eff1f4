// HttpError: every way a download can fail, as a code for the program and a sentence for the user.

export const httpErrorCodes = [
  'http-status',
  'timeout',
  'too-large',
  'truncated',
  'redirect-loop',
  'too-many-redirects',
  'network',
  'cancelled',
  'bad-url',
  'unsupported-scheme',
] as const;

export type HttpErrorCode = (typeof httpErrorCodes)[number];

export interface HttpErrorDetails {
  /** The address that failed (after redirects, the hop that failed). */
  url: string;
  status?: number;
  retryAfter?: Date | null;
  cause?: unknown;
}

export class HttpError extends Error {
  override readonly name = 'HttpError';
  readonly code: HttpErrorCode;
  readonly url: string;
  readonly status?: number;
  /** When the server allows the next try (Retry-After on 429 and 503), or null. */
  readonly retryAfter: Date | null;

  constructor(code: HttpErrorCode, message: string, details: HttpErrorDetails) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.code = code;
    this.url = details.url;
    if (details.status !== undefined) this.status = details.status;
    this.retryAfter = details.retryAfter ?? null;
  }
}

export function isHttpError(error: unknown): error is HttpError {
  return error instanceof HttpError;
}
