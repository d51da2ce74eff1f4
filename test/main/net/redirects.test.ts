// Redirects, followed by the client itself: permanent moves, loops, limits, schemes, Electron's fetch.
import { describe, expect, it } from 'vitest';
import { redirect, redirectLoop, serveBody } from '../../helpers/http-test-server.ts';
import { failureOf, makeClient, serve, text } from './net-test-kit.ts';

const rss = '<rss version="2.0"><channel><title>Sahel daily</title></channel></rss>';

/** `/r1` → `/r2` → … → `/rN` → `/feed.xml`, all with `code`. */
function chain(hops: number, code = 301) {
  const routes: Record<string, ReturnType<typeof redirect>> = {};
  for (let i = 1; i <= hops; i += 1) {
    routes[`/r${i}`] = redirect(code, i === hops ? '/feed.xml' : `/r${i + 1}`);
  }
  return routes;
}

describe('redirects', () => {
  it('reports a chain of permanent redirects as the feed’s new address', async () => {
    const target = await serve({ '/feed.xml': serveBody(rss) });
    const server = await serve({
      '/old': redirect(301, 'newer'), // relative to /old
      '/newer': redirect(308, target.url('/feed.xml')), // another host
    });
    const result = await makeClient().get(server.url('/old'));
    expect(result).toMatchObject({
      status: 200,
      finalUrl: target.url('/feed.xml'),
      permanentUrl: target.url('/feed.xml'),
    });
    expect(result.status === 200 && text(result.body)).toBe(rss);
    expect(server.requests.map((r) => r.path)).toEqual(['/old', '/newer']);
  });

  it('does not move the feed when one hop is temporary', async () => {
    for (const temporary of [302, 303, 307]) {
      const server = await serve({
        '/old': redirect(301, '/middle'),
        '/middle': redirect(temporary, '/feed.xml'),
        '/feed.xml': serveBody(rss),
      });
      const result = await makeClient().get(server.url('/old'));
      expect(result).toMatchObject({ finalUrl: server.url('/feed.xml'), permanentUrl: null });
    }
  });

  it('sends the validators to the final address and reports the move on a 304 too', async () => {
    const server = await serve({
      '/old': redirect(301, '/feed.xml'),
      '/feed.xml': serveBody(rss, { etag: '"a"' }),
    });
    const result = await makeClient().get(server.url('/old'), { etag: '"a"' });
    expect(result).toMatchObject({ status: 304, permanentUrl: server.url('/feed.xml') });
    expect(server.requests[1]?.headers['if-none-match']).toBe('"a"');
  });

  it('follows up to maxRedirects hops', async () => {
    const server = await serve({ ...chain(5), '/feed.xml': serveBody(rss) });
    const result = await makeClient().get(server.url('/r1'));
    expect(result.finalUrl).toBe(server.url('/feed.xml'));
  });

  it('gives up after too many hops', async () => {
    const server = await serve({ ...chain(6), '/feed.xml': serveBody(rss) });
    const error = await failureOf(makeClient().get(server.url('/r1')));
    expect(error.code).toBe('too-many-redirects');
    expect(error.message).toBe(
      `${new URL(server.origin).host} redirected Outpost more than 5 times; it gave up following the feed`,
    );
    expect(server.requests.map((r) => r.path)).not.toContain('/feed.xml');
  });

  it('honours a smaller maxRedirects', async () => {
    const server = await serve({ ...chain(2), '/feed.xml': serveBody(rss) });
    const error = await failureOf(makeClient().get(server.url('/r1'), { maxRedirects: 1 }));
    expect(error.code).toBe('too-many-redirects');
  });

  it('detects a redirect to itself', async () => {
    const server = await serve({ '/loop': redirectLoop() });
    const error = await failureOf(makeClient().get(server.url('/loop')));
    expect(error.code).toBe('redirect-loop');
    expect(error.message).toMatch(
      /redirects in a circle \(back to .*\/loop\); the feed cannot be reached/,
    );
    expect(server.requests).toHaveLength(1);
  });

  it('detects a loop between two addresses', async () => {
    const server = await serve({ '/a': redirect(302, '/b'), '/b': redirect(301, '/a') });
    const error = await failureOf(makeClient().get(server.url('/a')));
    expect(error.code).toBe('redirect-loop');
    expect(server.requests.map((r) => r.path)).toEqual(['/a', '/b']);
  });

  it.each(['file:///etc/passwd', 'javascript:alert(1)'])(
    'refuses to follow a redirect to %s',
    async (location) => {
      const server = await serve({ '/feed.xml': redirect(302, location) });
      const error = await failureOf(makeClient().get(server.url('/feed.xml')));
      expect(error.code).toBe('unsupported-scheme');
      expect(error.message).toMatch(
        /redirected to a \w+: address; Outpost only follows http: and https: links$/,
      );
    },
  );

  it('treats a redirect without Location as an error', async () => {
    const server = await serve({
      '/feed.xml': (_req, res) => {
        res.writeHead(302).end();
      },
    });
    const error = await failureOf(makeClient().get(server.url('/feed.xml')));
    expect(error).toMatchObject({ code: 'http-status', status: 302 });
    expect(error.message).toMatch(/answered 302 Found without saying where the feed went$/);
  });
});

/**
 * Electron's net.fetch, as its documentation and source describe it: with redirect: 'manual' it
 * rejects with "Redirect was cancelled" instead of returning the 3xx, and `.url` is wrong (empty).
 */
const electronLikeFetch: typeof fetch = async (input, init) => {
  const response = await fetch(input, init);
  if (init?.redirect === 'manual' && response.headers.has('location')) {
    await response.body?.cancel();
    throw new Error('Redirect was cancelled');
  }
  return new Response(response.body, {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
};

describe('with a fetch that cannot hand redirects over (Electron’s net.fetch)', () => {
  it('lets the fetch follow them, and claims neither a final nor a permanent address', async () => {
    const server = await serve({
      '/old': redirect(301, '/feed.xml'),
      '/feed.xml': serveBody(rss, { etag: '"e"' }),
    });
    const result = await makeClient({ fetch: electronLikeFetch }).get(server.url('/old'));
    expect(result).toMatchObject({
      status: 200,
      etag: '"e"',
      finalUrl: server.url('/old'),
      permanentUrl: null,
    });
    expect(result.status === 200 && text(result.body)).toBe(rss);
    expect(server.requests.map((r) => r.path)).toEqual(['/old', '/old', '/feed.xml']);
  });

  it('still fetches directly when there is no redirect', async () => {
    const server = await serve({ '/feed.xml': serveBody(rss) });
    const result = await makeClient({ fetch: electronLikeFetch }).get(server.url('/feed.xml'));
    expect(result.status).toBe(200);
    expect(server.requests).toHaveLength(1);
  });
});
