// The HTTP client against a real loopback server: conditional GET, decoding, status errors, schemes.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { DEFAULT_USER_AGENT } from '../../../main/net/http-client.ts';
import { formatTime } from '../../../main/net/messages.ts';
import {
  serveBody,
  slowDrip,
  status,
  wrongCharset,
  type ContentEncoding,
} from '../../helpers/http-test-server.ts';
import { failureOf, makeClient, serve, text } from './net-test-kit.ts';

const rss =
  '<?xml version="1.0"?><rss version="2.0"><channel><title>Niamey news</title></channel></rss>';
const etag = '"v1"';
const lastModified = 'Tue, 04 Mar 2025 10:00:00 GMT';

describe('a feed that answers 200', () => {
  it('returns the body, its type and its validators, and identifies Outpost', async () => {
    const server = await serve({
      '/feed.xml': serveBody(rss, { contentType: 'application/rss+xml', etag, lastModified }),
    });
    const result = await makeClient().get(server.url('/feed.xml'));

    expect(result).toMatchObject({
      status: 200,
      notModified: false,
      finalUrl: server.url('/feed.xml'),
      permanentUrl: null,
      contentType: 'application/rss+xml',
      etag,
      lastModified,
      bytes: Buffer.byteLength(rss),
    });
    expect(result.status === 200 && text(result.body)).toBe(rss);
    const headers = server.requests[0]?.headers;
    expect(headers?.['user-agent']).toBe(DEFAULT_USER_AGENT);
    expect(DEFAULT_USER_AGENT).toMatch(/^Outpost\/\d+\.\d+\.\d+ \(offline news reader\)$/);
    expect(headers?.['accept-encoding']).toBe('gzip, deflate, br');
    expect(headers?.['if-none-match']).toBeUndefined();
    expect(headers?.['if-modified-since']).toBeUndefined();
  });

  it('sends the Accept and User-Agent it is given', async () => {
    const server = await serve({ '/feed.xml': serveBody(rss) });
    await makeClient({ userAgent: 'Outpost/9.9.9 (test)' }).get(server.url('/feed.xml'), {
      accept: 'application/atom+xml',
    });
    expect(server.requests[0]?.headers['user-agent']).toBe('Outpost/9.9.9 (test)');
    expect(server.requests[0]?.headers['accept']).toBe('application/atom+xml');
  });

  it('reports progress chunk by chunk, adding up to the body', async () => {
    const server = await serve({
      '/drip': slowDrip({ bytesPerTick: 100, tickMs: 5, totalBytes: 1000 }),
    });
    const seen: number[] = [];
    const result = await makeClient().get(server.url('/drip'), { onBytes: (n) => seen.push(n) });
    expect(seen.length).toBeGreaterThan(1);
    expect(seen.reduce((a, b) => a + b, 0)).toBe(1000);
    expect(result.bytes).toBe(1000);
  });

  it('hands over bytes as sent, whatever charset is declared (decoding comes later)', async () => {
    const server = await serve({ '/latin1': wrongCharset('Café à Niamey') });
    const result = await makeClient().get(server.url('/latin1'));
    expect(result.status === 200 && [...result.body]).toEqual([
      ...Buffer.from('Café à Niamey', 'latin1'),
    ]);
    expect(result.status === 200 && result.contentType).toBe('application/rss+xml; charset=utf-8');
  });
});

describe('conditional GET', () => {
  it('sends the stored validators and gets a 304 with no body', async () => {
    const server = await serve({ '/feed.xml': serveBody(rss, { etag, lastModified }) });
    const client = makeClient();
    const first = await client.get(server.url('/feed.xml'));
    const second = await client.get(server.url('/feed.xml'), {
      etag: first.etag,
      lastModified: first.lastModified,
    });

    expect(second).toEqual({
      status: 304,
      notModified: true,
      finalUrl: server.url('/feed.xml'),
      permanentUrl: null,
      etag,
      lastModified,
      bytes: 0,
    });
    expect(server.requests[1]?.headers['if-none-match']).toBe(etag);
    expect(server.requests[1]?.headers['if-modified-since']).toBe(lastModified);
    expect(server.bytesSent()).toBeLessThan(Buffer.byteLength(rss) + 1000);
  });

  it('works with Last-Modified alone', async () => {
    const server = await serve({ '/feed.xml': serveBody(rss, { lastModified }) });
    const result = await makeClient().get(server.url('/feed.xml'), { lastModified });
    expect(result.notModified).toBe(true);
    expect(result.etag).toBeNull();
    expect(server.requests[0]?.headers['if-none-match']).toBeUndefined();
  });

  it('returns the new body and validators when the feed changed', async () => {
    const server = await serve({ '/feed.xml': serveBody(rss, { etag: '"v2"' }) });
    const result = await makeClient().get(server.url('/feed.xml'), { etag: '"v1"' });
    expect(result).toMatchObject({ status: 200, etag: '"v2"' });
  });
});

describe('compressed bodies', () => {
  it.each<ContentEncoding>(['gzip', 'deflate', 'br'])('decodes %s', async (encoding) => {
    const big = rss.repeat(200);
    const server = await serve({ '/feed.xml': serveBody(big, { encoding }) });
    const result = await makeClient().get(server.url('/feed.xml'));
    expect(result.status === 200 && text(result.body)).toBe(big);
    expect(result.bytes).toBe(Buffer.byteLength(big));
    // The point of compression: far fewer bytes on the wire than in the feed.
    expect(server.bytesSent()).toBeLessThan(Buffer.byteLength(big) / 5);
  });
});

describe('error statuses', () => {
  it('explains a 404 with the host name', async () => {
    const server = await serve({});
    const error = await failureOf(makeClient().get(server.url('/gone.xml')));
    expect(error).toMatchObject({ code: 'http-status', status: 404, retryAfter: null });
    expect(error.message).toBe(
      `${new URL(server.origin).host} answered 404 Not Found: the feed has moved or been removed`,
    );
  });

  it('explains a 500 as the server’s problem', async () => {
    const server = await serve({ '/feed.xml': status(500) });
    const error = await failureOf(makeClient().get(server.url('/feed.xml')));
    expect(error).toMatchObject({ code: 'http-status', status: 500 });
    expect(error.message).toMatch(/answered 500 Internal Server Error: the problem is on its side/);
  });

  it('names what is being downloaded', async () => {
    const server = await serve({ '/a.html': status(410) });
    const error = await failureOf(
      makeClient().get(server.url('/a.html'), { subject: 'the article' }),
    );
    expect(error.message).toMatch(/410 Gone: the article has been removed for good$/);
  });

  it('reads Retry-After in seconds on 429', async () => {
    const now = new Date('2025-03-04T13:40:00Z');
    const server = await serve({ '/feed.xml': status(429, { retryAfter: 25 * 60 }) });
    const error = await failureOf(makeClient({ now: () => now }).get(server.url('/feed.xml')));
    const expected = new Date(now.getTime() + 25 * 60_000);
    expect(error).toMatchObject({ code: 'http-status', status: 429, retryAfter: expected });
    expect(error.message).toBe(
      `${new URL(server.origin).host} asked Outpost to slow down (429); next try after ${formatTime(expected, now)}`,
    );
  });

  it('reads Retry-After as an HTTP date on 503', async () => {
    const now = new Date('2025-03-04T13:40:00Z');
    const until = new Date('2025-03-04T15:00:00Z');
    const server = await serve({ '/feed.xml': status(503, { retryAfter: until }) });
    const error = await failureOf(makeClient({ now: () => now }).get(server.url('/feed.xml')));
    expect(error).toMatchObject({ code: 'http-status', status: 503, retryAfter: until });
    expect(error.message).toMatch(
      /is unavailable for now \(503 Service Unavailable\); next try after/,
    );
  });

  it('ignores a 429 without Retry-After, and says it will try later', async () => {
    const server = await serve({ '/feed.xml': status(429) });
    const error = await failureOf(makeClient().get(server.url('/feed.xml')));
    expect(error.retryAfter).toBeNull();
    expect(error.message).toMatch(/Outpost will try again later$/);
  });
});

describe('addresses', () => {
  it.each(['javascript:alert(1)', 'file:///etc/passwd', 'ftp://example.org/feed.xml', 'data:,hi'])(
    'refuses %s without sending anything',
    async (url) => {
      const error = await failureOf(makeClient().get(url));
      expect(error.code).toBe('unsupported-scheme');
      expect(error.message).toMatch(
        /^Outpost only downloads http: and https: addresses, not \w+: ones$/,
      );
    },
  );

  it('refuses something that is not an address', async () => {
    const error = await failureOf(makeClient().get('news dot example'));
    expect(error.code).toBe('bad-url');
    expect(error.message).toBe('“news dot example” is not a web address Outpost can download');
  });

  it('refuses an address with a user name and password in it', async () => {
    const error = await failureOf(makeClient().get('https://me:secret@news.example.org/feed.xml'));
    expect(error.code).toBe('bad-url');
    expect(error.message).toMatch(
      /^The address of news.example.org contains a user name or password/,
    );
  });

  it('explains a refused connection', async () => {
    // A port that was free a moment ago: nothing listens there now.
    const probe = createServer().listen(0, '127.0.0.1');
    await new Promise((resolve) => probe.once('listening', resolve));
    const { port } = probe.address() as AddressInfo;
    await new Promise((resolve) => probe.close(resolve));

    const error = await failureOf(makeClient().get(`http://127.0.0.1:${port}/feed.xml`));
    expect(error.code).toBe('network');
    expect(error.message).toBe(
      `Outpost could not reach 127.0.0.1:${port}: the connection was refused`,
    );
  });
});

describe('cancellation', () => {
  it('fails at once when the signal has already fired', async () => {
    const server = await serve({ '/feed.xml': serveBody(rss) });
    const error = await failureOf(
      makeClient().get(server.url('/feed.xml'), { signal: AbortSignal.abort() }),
    );
    expect(error.code).toBe('cancelled');
    expect(server.requests).toHaveLength(0);
  });

  it('stops mid-body and closes the connection', async () => {
    const server = await serve({ '/drip': slowDrip({ bytesPerTick: 10, tickMs: 20 }) });
    const controller = new AbortController();
    const started = Date.now();
    const error = await failureOf(
      makeClient().get(server.url('/drip'), {
        signal: controller.signal,
        onBytes: () => controller.abort(),
      }),
    );
    expect(error.code).toBe('cancelled');
    expect(error.message).toBe(
      `Downloading the feed from ${new URL(server.origin).host} was cancelled`,
    );
    expect(Date.now() - started).toBeLessThan(5000);
    await server.waitForIdle();
  });
});
