// One request's lifetime: the first failure (timeout, size cap, cancellation) wins and aborts it all.
import type { HttpError } from './http-error.ts';

/** One shared reason: abort() without one builds a DOMException (and its stack) per request. */
const DISPOSED = new Error('The request is finished.');

export interface AbortScope {
  /** Passed to fetch: aborting it closes the connection, whatever stage the request is at. */
  readonly signal: AbortSignal;
  /** The error that ended the request, if something did. */
  readonly failure: HttpError | null;
  /** Records the first failure and aborts; later calls are ignored. */
  fail(error: HttpError): void;
  /** Fails with `makeError()` after `ms`; returns a function that stops the timer. */
  startTimer(ms: number, makeError: () => HttpError): () => void;
  /** Stops every timer, detaches from the caller's signal and aborts whatever is still open. */
  dispose(): void;
}

export function createAbortScope(
  external: AbortSignal | undefined,
  makeCancelled: () => HttpError,
): AbortScope {
  const controller = new AbortController();
  const timers = new Set<ReturnType<typeof setTimeout>>();
  let failure: HttpError | null = null;

  function fail(error: HttpError): void {
    if (failure) return;
    failure = error;
    controller.abort(error);
  }
  const onExternalAbort = () => fail(makeCancelled());
  external?.addEventListener('abort', onExternalAbort, { once: true });

  return {
    signal: controller.signal,
    get failure() {
      return failure;
    },
    fail,
    startTimer(ms, makeError) {
      const timer = setTimeout(() => {
        timers.delete(timer);
        fail(makeError());
      }, ms);
      timers.add(timer);
      return () => {
        clearTimeout(timer);
        timers.delete(timer);
      };
    },
    dispose() {
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      external?.removeEventListener('abort', onExternalAbort);
      // After a complete download this is a no-op; after an exception it closes the connection.
      if (!controller.signal.aborted) controller.abort(DISPOSED);
    },
  };
}

/**
 * Settles with `promise`, or rejects with the signal's reason as soon as it aborts. Not every fetch
 * implementation errors a pending read when its signal aborts; this way nothing can hang.
 */
export function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  // The losing promise may still reject later; that must not surface as an unhandled rejection.
  promise.catch(() => {});
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}
