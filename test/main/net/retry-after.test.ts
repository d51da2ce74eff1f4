// Retry-After parsing and the size, time and network wording used in error messages.
import { describe, expect, it } from 'vitest';
import { MAX_RETRY_AFTER_MS, parseRetryAfter } from '../../../main/net/retry-after.ts';
import { formatBytes, formatDuration, networkError } from '../../../main/net/messages.ts';

const now = new Date('2025-03-04T12:00:00Z');

describe('parseRetryAfter', () => {
  it('reads seconds and HTTP dates', () => {
    expect(parseRetryAfter('120', now)).toEqual(new Date('2025-03-04T12:02:00Z'));
    expect(parseRetryAfter(' Tue, 04 Mar 2025 13:30:00 GMT ', now)).toEqual(
      new Date('2025-03-04T13:30:00Z'),
    );
  });

  it('ignores absent, malformed and past values', () => {
    expect(parseRetryAfter(null, now)).toBeNull();
    expect(parseRetryAfter('soon', now)).toBeNull();
    expect(parseRetryAfter('-5', now)).toBeNull();
    expect(parseRetryAfter('0', now)).toBeNull();
    expect(parseRetryAfter('Mon, 03 Mar 2025 10:00:00 GMT', now)).toBeNull();
  });

  it('caps absurd pauses at a week', () => {
    expect(parseRetryAfter(String(365 * 24 * 3600), now)?.getTime()).toBe(
      now.getTime() + MAX_RETRY_AFTER_MS,
    );
  });
});

describe('message wording', () => {
  it('writes sizes and durations as people read them', () => {
    expect(formatBytes(20 * 1024 * 1024)).toBe('20 MB');
    expect(formatBytes(1.5 * 1024 * 1024)).toBe('1.5 MB');
    expect(formatBytes(2048)).toBe('2 KB');
    expect(formatBytes(12)).toBe('12 bytes');
    expect(formatDuration(200)).toBe('200 ms');
    expect(formatDuration(20_000)).toBe('20 s');
    expect(formatDuration(600_000)).toBe('10 min');
  });

  it('recognises Chromium’s network errors as well as undici’s', () => {
    const url = new URL('https://news.example.org/feed.xml');
    expect(networkError(url, new Error('net::ERR_INTERNET_DISCONNECTED')).message).toBe(
      'Outpost could not reach news.example.org: the network is unreachable; you seem to be offline',
    );
    const undici = new TypeError('fetch failed', {
      cause: Object.assign(new Error('getaddrinfo ENOTFOUND news.example.org'), {
        code: 'ENOTFOUND',
      }),
    });
    expect(networkError(url, undici).message).toMatch(/its name could not be found/);
    expect(networkError(url, new Error('net::ERR_CONNECTION_TIMED_OUT')).code).toBe('timeout');
    expect(networkError(url, new Error('net::ERR_TOO_MANY_REDIRECTS')).code).toBe(
      'too-many-redirects',
    );
  });
});
