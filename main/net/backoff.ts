// When to fetch a feed next: jittered intervals after success, exponential backoff after failures.

/** A failing feed is retried at least this far apart, whatever the jitter draws. */
export const MIN_RETRY_MINUTES = 5;
/** However long a feed has been failing, it is tried again at least once a day. */
export const MAX_BACKOFF_MINUTES = 24 * 60;
/** ±10 % around the interval: enough to spread feeds added together, small enough to feel regular. */
export const SUCCESS_JITTER = 0.1;

const MINUTE_MS = 60_000;

export interface FailureSchedule {
  /** Consecutive failures, this one included (1 after the first failure). */
  failures: number;
  /** The feed's normal refresh interval. */
  intervalMinutes: number;
  /** The server's Retry-After, if it sent one: never try before it. */
  retryAfter: Date | null;
  now: Date;
  /** A number in [0, 1), e.g. Math.random. */
  random: () => number;
}

export interface SuccessSchedule {
  intervalMinutes: number;
  now: Date;
  random: () => number;
}

function clampUnit(value: number): number {
  return Number.isFinite(value) ? Math.min(Math.max(value, 0), 1) : 0.5;
}

/**
 * Exponential backoff with full jitter: the ceiling starts at the interval and doubles with each
 * consecutive failure up to a day; the delay is drawn uniformly below it, so feeds that failed
 * together (the connection dropped mid-sync) do not all come back together.
 */
export function nextAttemptAfterFailure(schedule: FailureSchedule): Date {
  const failures = Math.max(1, Math.floor(schedule.failures));
  const base = Math.max(MIN_RETRY_MINUTES, schedule.intervalMinutes);
  // 2 ** 30 is already far past a day; the exponent cap keeps the arithmetic finite.
  const ceiling = Math.min(MAX_BACKOFF_MINUTES, base * 2 ** Math.min(failures - 1, 30));
  const delayMinutes = Math.max(MIN_RETRY_MINUTES, clampUnit(schedule.random()) * ceiling);
  const next = schedule.now.getTime() + delayMinutes * MINUTE_MS;
  const allowed = schedule.retryAfter?.getTime() ?? -Infinity;
  return new Date(Math.max(next, allowed));
}

/** The interval, give or take SUCCESS_JITTER, and never under a minute. */
export function nextAttemptAfterSuccess(schedule: SuccessSchedule): Date {
  const spread = (clampUnit(schedule.random()) * 2 - 1) * SUCCESS_JITTER;
  const minutes = Math.max(1, schedule.intervalMinutes * (1 + spread));
  return new Date(schedule.now.getTime() + minutes * MINUTE_MS);
}
