// The benchmark's feed hosts, in a worker thread so their work does not count against the backend's
// event loop: N feeds × M summary-only items, every article page, and an image per page.
import { createServer } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { parentPort, workerData } from 'node:worker_threads';
import { articlePage, paragraphs, pngImage, rssFeed } from '../helpers/feed-fixtures.ts';

const { feeds, items } = workerData as { feeds: number; items: number };
const feedPattern = /^\/feed\/(\d+)\.xml$/;
let origin = '';
const feedBodies = new Map<number, Buffer>();

function feedBody(feed: number): Buffer {
  let body = feedBodies.get(feed);
  if (!body) {
    body = Buffer.from(
      rssFeed({
        title: `Bench desk ${feed}`,
        link: `${origin}/`,
        items: Array.from({ length: items }, (_, item) => ({
          guid: `bench-${feed}-${item}`,
          title: `Story ${item} from bench desk ${feed}`,
          link: `${origin}/page/${feed}/${item}`,
          description: paragraphs(feed * 1000 + item, 1, 25)[0]!,
          published: new Date(Date.UTC(2026, 10, 27, 12) - (feed * items + item) * 60_000),
        })),
      }),
    );
    feedBodies.set(feed, body);
  }
  return body;
}

const server = createServer((req, res) => {
  const url = req.url ?? '/';
  let match = feedPattern.exec(url);
  if (match && Number(match[1]) < feeds) {
    const feed = Number(match[1]);
    const etag = `"feed-${feed}"`;
    if (req.headers['if-none-match'] === etag) return void res.writeHead(304, { ETag: etag }).end();
    const body = feedBody(feed);
    return void res
      .writeHead(200, {
        'Content-Type': 'application/rss+xml; charset=utf-8',
        'Content-Length': body.length,
        ETag: etag,
      })
      .end(body);
  }
  match = /^\/page\/(\d+)\/(\d+)$/.exec(url);
  if (match) {
    const [feed, item] = [Number(match[1]), Number(match[2])];
    const body = articlePage({
      title: `Story ${item} from bench desk ${feed}`,
      paragraphs: paragraphs(feed * 1000 + item, 6),
      image: `/image/${feed}/${item}.png`,
    });
    return void res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(body);
  }
  match = /^\/image\/(\d+)\/(\d+)\.png$/.exec(url);
  if (match) {
    const image = pngImage(8, 8, (Number(match[1]) * 7 + Number(match[2])) % 256);
    return void res
      .writeHead(200, { 'Content-Type': 'image/png', 'Content-Length': image.length })
      .end(image);
  }
  res.writeHead(404).end();
});

// Bytes on the wire both ways, so the benchmark can say what an unchanged sync costs.
const sockets = new Set<Socket>();
let closedRead = 0;
let closedWritten = 0;
server.on('connection', (socket) => {
  sockets.add(socket);
  socket.on('close', () => {
    closedRead += socket.bytesRead;
    closedWritten += socket.bytesWritten;
    sockets.delete(socket);
  });
});
parentPort!.on('message', () => {
  let read = closedRead;
  let written = closedWritten;
  for (const socket of sockets) {
    read += socket.bytesRead;
    written += socket.bytesWritten;
  }
  parentPort!.postMessage({ read, written });
});

server.listen(0, '127.0.0.1', () => {
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  parentPort!.postMessage(origin);
});
