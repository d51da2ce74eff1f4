// When to try a feed again: backoff after failures, jitter after successes, Retry-After respected.
import { describe, expect, it } from 'vitest';
import {
  MAX_BACKOFF_MINUTES,
  MIN_RETRY_MINUTES,
  nextAttemptAfterFailure,
  nextAttemptAfterSuccess,
} from '../../../main/net/backoff.ts';

const now = new Date('2025-03-04T12:00:00Z');
const minutesAfterNow = (date: Date) => (date.getTime() - now.getTime()) / 60_000;
const fixed = (value: number) => () => value;

describe('nextAttemptAfterFailure', () => {
  it('draws below a ceiling that starts at the interval and doubles', () => {
    const ceilings = [1, 2, 3, 4].map((failures) =>
      minutesAfterNow(
        nextAttemptAfterFailure({
          failures,
          intervalMinutes: 60,
          retryAfter: null,
          now,
          random: fixed(0.999999),
        }),
      ),
    );
    expect(ceilings.map(Math.round)).toEqual([60, 120, 240, 480]);
    const half = nextAttemptAfterFailure({
      failures: 3,
      intervalMinutes: 60,
      retryAfter: null,
      now,
      random: fixed(0.5),
    });
    expect(minutesAfterNow(half)).toBe(120);
  });

  it('never waits more than a day', () => {
    const next = nextAttemptAfterFailure({
      failures: 50,
      intervalMinutes: 60,
      retryAfter: null,
      now,
      random: fixed(0.999999),
    });
    expect(minutesAfterNow(next)).toBeLessThanOrEqual(MAX_BACKOFF_MINUTES);
    expect(minutesAfterNow(next)).toBeGreaterThan(MAX_BACKOFF_MINUTES - 1);
  });

  it('never retries within a few minutes, whatever the draw or the interval', () => {
    for (const intervalMinutes of [0, 1, 60]) {
      const next = nextAttemptAfterFailure({
        failures: 1,
        intervalMinutes,
        retryAfter: null,
        now,
        random: fixed(0),
      });
      expect(minutesAfterNow(next)).toBe(MIN_RETRY_MINUTES);
    }
  });

  it('never tries before Retry-After, but is not held back by one already past', () => {
    const retryAfter = new Date(now.getTime() + 6 * 60 * 60_000);
    const held = nextAttemptAfterFailure({
      failures: 1,
      intervalMinutes: 60,
      retryAfter,
      now,
      random: fixed(0.5),
    });
    expect(held).toEqual(retryAfter);
    const past = new Date(now.getTime() - 60_000);
    const free = nextAttemptAfterFailure({
      failures: 1,
      intervalMinutes: 60,
      retryAfter: past,
      now,
      random: fixed(0.5),
    });
    expect(minutesAfterNow(free)).toBe(30);
  });

  it('spreads feeds that failed together', () => {
    let seed = 1;
    const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
    const times = Array.from({ length: 50 }, () =>
      nextAttemptAfterFailure({
        failures: 3,
        intervalMinutes: 60,
        retryAfter: null,
        now,
        random,
      }).getTime(),
    );
    expect(new Set(times).size).toBeGreaterThan(40);
    for (const time of times) {
      const minutes = (time - now.getTime()) / 60_000;
      expect(minutes).toBeGreaterThanOrEqual(MIN_RETRY_MINUTES);
      expect(minutes).toBeLessThanOrEqual(240);
    }
  });
});

describe('nextAttemptAfterSuccess', () => {
  it('stays within ten per cent of the interval', () => {
    const low = nextAttemptAfterSuccess({ intervalMinutes: 60, now, random: fixed(0) });
    const mid = nextAttemptAfterSuccess({ intervalMinutes: 60, now, random: fixed(0.5) });
    const high = nextAttemptAfterSuccess({ intervalMinutes: 60, now, random: fixed(0.999999) });
    expect(minutesAfterNow(low)).toBeCloseTo(54);
    expect(minutesAfterNow(mid)).toBeCloseTo(60);
    expect(minutesAfterNow(high)).toBeCloseTo(66);
  });

  it('never schedules sooner than a minute', () => {
    const next = nextAttemptAfterSuccess({ intervalMinutes: 0, now, random: fixed(0) });
    expect(minutesAfterNow(next)).toBe(1);
  });
});
