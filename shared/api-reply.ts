// The one envelope every answer crosses a boundary in (IPC, the HTTP bridge, the backend's process),
// and the error codes that travel with a failure so the UI can act on more than a sentence.

/**
 * - `bad-request`: the call itself is wrong (no such method, arguments that fail the schema).
 * - `not-found`: what the call names does not exist (an article, a feed, a folder).
 * - `invalid`: the reader's input cannot be used (an address with no feed, an unreadable OPML file).
 * - `network`: a download the call needed failed.
 * - `refused`: the caller may not call (another page, a missing token).
 * - `unavailable`: the backend is not there (stopped, restarting, closing, unreachable): try again.
 * - `failed`: anything else.
 */
export const errorCodes = [
  'bad-request',
  'not-found',
  'invalid',
  'network',
  'refused',
  'unavailable',
  'failed',
] as const;
export type ErrorCode = (typeof errorCodes)[number];

export type Reply<T = unknown> =
  { ok: true; value: T } | { ok: false; code: ErrorCode; message: string };

/** An error with a code: thrown by the backend, rethrown on the UI's side of every transport. */
export class OutpostError extends Error {
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'OutpostError';
    this.code = code;
  }
}

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (errorCodes as readonly string[]).includes(value);
}

export function codeOf(error: unknown): ErrorCode {
  return error instanceof OutpostError ? error.code : 'failed';
}

/** The message of whatever was thrown: only this crosses a boundary, never a stack. */
export function messageOf(error: unknown): string {
  if (error instanceof Error && error.message) return error.message;
  if (typeof error === 'string' && error) return error;
  return 'Something went wrong in Outpost.';
}

export function success<T>(value: T): Reply<T> {
  return { ok: true, value };
}

export function failure(error: unknown, code: ErrorCode = codeOf(error)): Reply<never> {
  return { ok: false, code, message: messageOf(error) };
}

/** Runs a call and packs its outcome, whatever it threw. */
export async function replyTo<T>(work: () => Promise<T>): Promise<Reply<T>> {
  try {
    return success(await work());
  } catch (error) {
    return failure(error);
  }
}

/** The value of a reply, or its failure thrown as an OutpostError; anything else is a broken answer. */
export function unwrapReply(reply: unknown): unknown {
  if (typeof reply === 'object' && reply !== null && 'ok' in reply) {
    const candidate = reply as Partial<{
      ok: boolean;
      value: unknown;
      code: unknown;
      message: unknown;
    }>;
    if (candidate.ok === true) return candidate.value;
    if (candidate.ok === false && typeof candidate.message === 'string') {
      throw new OutpostError(
        isErrorCode(candidate.code) ? candidate.code : 'failed',
        candidate.message,
      );
    }
  }
  throw new OutpostError(
    'failed',
    'Outpost gave an unexpected answer. Restart Outpost if this keeps happening.',
  );
}
