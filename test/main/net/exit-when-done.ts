// Run by cleanup.test.ts in a child process: after its requests it must exit on its own, promptly.
// A timer or listener left behind by the client would keep it alive for the default 20 s or 120 s.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createHttpClient } from '../../../main/net/http-client.ts';

const server = createServer((req, res) => {
  if (req.url === '/hang') return;
  if (req.url === '/missing') res.writeHead(404).end();
  else res.end('<rss/>');
});
server.listen(0, '127.0.0.1', () => {
  void (async () => {
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const client = createHttpClient({ fetch: globalThis.fetch });
    const outcomes: string[] = [];
    const attempt = (path: string, options = {}) =>
      client.get(base + path, options).then(
        () => outcomes.push('ok'),
        (error: { code: string }) => outcomes.push(error.code),
      );
    await attempt('/feed.xml');
    await attempt('/missing');
    await attempt('/hang', { headersTimeoutMs: 100 });
    const controller = new AbortController();
    const cancelled = attempt('/hang', { signal: controller.signal });
    setTimeout(() => controller.abort(), 50);
    await cancelled;
    server.closeAllConnections();
    server.close();
    console.log(outcomes.join(' '));
  })();
});
