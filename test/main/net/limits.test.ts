// Timeouts and size caps: slow drips, silent servers, cut-off bodies, huge bodies and gzip bombs.
import { describe, expect, it } from 'vitest';
import { gzipBomb, hang, hugeBody, slowDrip, truncated } from '../../helpers/http-test-server.ts';
import { failureOf, makeClient, serve } from './net-test-kit.ts';

const MB = 1024 * 1024;

describe('timeouts', () => {
  it('gives up on a server that accepts the connection but never answers', async () => {
    const server = await serve({ '/feed.xml': hang() });
    const started = Date.now();
    const error = await failureOf(
      makeClient().get(server.url('/feed.xml'), { headersTimeoutMs: 200 }),
    );
    expect(error.code).toBe('timeout');
    expect(error.message).toBe(`${new URL(server.origin).host} did not answer within 200 ms`);
    expect(Date.now() - started).toBeLessThan(3000);
    await server.waitForIdle();
  });

  it('gives up on a slow drip that goes quiet for longer than the idle timeout', async () => {
    const server = await serve({ '/feed.xml': slowDrip({ bytesPerTick: 5, tickMs: 5000 }) });
    const started = Date.now();
    const error = await failureOf(
      makeClient().get(server.url('/feed.xml'), { idleTimeoutMs: 200 }),
    );
    expect(error.code).toBe('timeout');
    expect(error.message).toMatch(/stopped sending the feed for 200 ms; Outpost gave up on it$/);
    expect(Date.now() - started).toBeLessThan(4000);
    await server.waitForIdle();
  });

  it('gives up on a drip that never pauses long but never ends', async () => {
    const server = await serve({ '/feed.xml': slowDrip({ bytesPerTick: 5, tickMs: 20 }) });
    const started = Date.now();
    const error = await failureOf(
      makeClient().get(server.url('/feed.xml'), { idleTimeoutMs: 2000, totalTimeoutMs: 300 }),
    );
    expect(error.code).toBe('timeout');
    expect(error.message).toMatch(
      /^Downloading the feed from .* took longer than 300 ms; Outpost stopped$/,
    );
    expect(Date.now() - started).toBeLessThan(3000);
    await server.waitForIdle();
  });
});

describe('truncated bodies', () => {
  it('notices a connection closed before Content-Length was reached', async () => {
    const server = await serve({ '/feed.xml': truncated({ declared: 10_000, sent: 1000 }) });
    const error = await failureOf(makeClient().get(server.url('/feed.xml')));
    expect(error.code).toBe('truncated');
    expect(error.message).toMatch(
      /closed the connection before the feed was complete .*; Outpost will try again later$/,
    );
  });
});

describe('size caps', () => {
  it('refuses a 200 MB body up front when Content-Length says so', async () => {
    const server = await serve({ '/feed.xml': hugeBody(200 * MB) });
    const started = Date.now();
    const error = await failureOf(makeClient().get(server.url('/feed.xml')));
    expect(error.code).toBe('too-large');
    expect(error.message).toBe(
      `The feed at ${new URL(server.origin).host} is larger than 20 MB (200 MB); Outpost stopped downloading it`,
    );
    await server.waitForIdle();
    expect(server.bytesSent()).toBeLessThan(20 * MB);
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('stops a 200 MB body without Content-Length at the cap', async () => {
    const server = await serve({ '/feed.xml': hugeBody(200 * MB, { contentLength: false }) });
    const started = Date.now();
    const error = await failureOf(makeClient().get(server.url('/feed.xml')));
    expect(error.code).toBe('too-large');
    expect(error.message).toMatch(/is larger than 20 MB; Outpost stopped downloading it$/);
    await server.waitForIdle();
    // The cap plus what sat in socket buffers: nowhere near the 200 MB on offer.
    expect(server.bytesSent()).toBeGreaterThan(20 * MB);
    expect(server.bytesSent()).toBeLessThan(60 * MB);
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('stops a gzip bomb at the cap on decoded bytes', async () => {
    const server = await serve({ '/feed.xml': gzipBomb(64 * MB) });
    const error = await failureOf(makeClient().get(server.url('/feed.xml'), { maxBytes: MB }));
    expect(error.code).toBe('too-large');
    expect(error.message).toMatch(/is larger than 1 MB; Outpost stopped downloading it$/);
    // The whole bomb is a few dozen KB on the wire: the cap must have been applied after decoding.
    expect(server.bytesSent()).toBeLessThan(MB);
  });

  it('accepts a body exactly at the cap', async () => {
    const server = await serve({ '/feed.xml': hugeBody(MB, { contentLength: false }) });
    const result = await makeClient().get(server.url('/feed.xml'), { maxBytes: MB });
    expect(result.bytes).toBe(MB);
  });
});
