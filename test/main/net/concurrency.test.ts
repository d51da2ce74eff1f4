// Connection slots seen from the server side: per-host and global limits, release on every path.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { describe, expect, it } from 'vitest';
import { delay, hang, serveBody, status, type Handler } from '../../helpers/http-test-server.ts';
import { failureOf, makeClient, serve } from './net-test-kit.ts';

const feed = () => delay(100, serveBody('<rss/>'));

describe('concurrency', () => {
  it('keeps at most maxPerHost requests open to one host', async () => {
    const server = await serve({ '/feed.xml': feed() });
    const client = makeClient({ maxPerHost: 2 });
    const results = await Promise.all(
      Array.from({ length: 6 }, (_, i) => client.get(server.url(`/feed.xml?n=${i}`))),
    );
    expect(results.every((r) => r.status === 200)).toBe(true);
    expect(server.maxInFlight).toBe(2);
  });

  it('keeps at most maxConcurrent requests open overall, spread over hosts', async () => {
    let open = 0;
    let peak = 0;
    const counted =
      (handler: Handler): Handler =>
      (req: IncomingMessage, res: ServerResponse) => {
        open += 1;
        peak = Math.max(peak, open);
        res.on('close', () => (open -= 1));
        return handler(req, res);
      };
    const servers = await Promise.all([1, 2, 3].map(() => serve({ '/feed.xml': counted(feed()) })));
    const client = makeClient({ maxConcurrent: 3, maxPerHost: 2 });
    const requests = servers.flatMap((server) =>
      [1, 2, 3].map((i) => client.get(server.url(`/feed.xml?n=${i}`))),
    );
    await Promise.all(requests);
    expect(peak).toBe(3);
    for (const server of servers) expect(server.maxInFlight).toBeLessThanOrEqual(2);
  });

  it('serves hosts in turn rather than draining one host’s queue first', async () => {
    const busy = await serve({ '/feed.xml': feed() });
    const quiet = await serve({ '/feed.xml': feed() });
    const client = makeClient({ maxConcurrent: 1, maxPerHost: 1 });
    const done: string[] = [];
    const track = (name: string, url: string) =>
      client.get(url).then(() => {
        done.push(name);
      });
    await Promise.all([
      ...[1, 2, 3].map((i) => track(`busy${i}`, busy.url(`/feed.xml?n=${i}`))),
      track('quiet', quiet.url('/feed.xml')),
    ]);
    // busy1 was already running; the quiet host's only feed goes next, not after busy3.
    expect(done.indexOf('quiet')).toBe(1);
  });

  it('gives the slot back after errors, timeouts and cancellations', async () => {
    const server = await serve({
      '/missing': status(404),
      '/hang': hang(),
      '/slow': delay(1000, serveBody('<rss/>')),
      '/feed.xml': serveBody('<rss/>'),
    });
    const client = makeClient({ maxConcurrent: 1, maxPerHost: 1 });
    const controller = new AbortController();
    const outcomes = await Promise.allSettled([
      client.get(server.url('/missing')),
      client.get(server.url('/hang'), { headersTimeoutMs: 100 }),
      client.get(server.url('/slow'), { signal: controller.signal }),
      client.get(server.url('/feed.xml')),
      new Promise((resolve) => setTimeout(resolve, 300)).then(() => controller.abort()),
    ]);
    expect(
      outcomes.map((o) => (o.status === 'rejected' ? (o.reason as { code: string }).code : 'ok')),
    ).toEqual(['http-status', 'timeout', 'cancelled', 'ok', 'ok']);
  });

  it('cancels a request still waiting for a slot without sending it', async () => {
    const server = await serve({
      '/slow': delay(300, serveBody('<rss/>')),
      '/queued': serveBody('<rss/>'),
    });
    const client = makeClient({ maxPerHost: 1 });
    const slow = client.get(server.url('/slow'));
    const controller = new AbortController();
    const queued = client.get(server.url('/queued'), { signal: controller.signal });
    controller.abort();
    const error = await failureOf(queued);
    expect(error.code).toBe('cancelled');
    await slow;
    expect(server.requests.map((r) => r.path)).toEqual(['/slow']);
  });
});
