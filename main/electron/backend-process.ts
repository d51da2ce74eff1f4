// Entry of the backend's utility process: the plain-Node backend, reachable only through the parent port.
import { net } from 'electron';
import { createBackend } from '../backend.ts';
import { serveBackend } from './backend-server.ts';
import { createNetFetch } from './net-fetch.ts';

/**
 * Chromium's network stack (net is documented for the utility process), so system proxies and
 * certificates apply as in a browser; through net.request, because net.fetch cannot report
 * redirects. Node's fetch if net is missing.
 */
function chooseFetch(): typeof globalThis.fetch {
  if (typeof net?.request !== 'function') return globalThis.fetch;
  return createNetFetch((options) => net.request(options));
}

const port = process.parentPort;
if (!port) throw new Error('backend-process must be started with utilityProcess.fork.');

const usesChromium = typeof net?.request === 'function';
serveBackend(port, {
  createBackend,
  fetch: chooseFetch(),
  // Chromium asks for the encodings it can decode, and decodes only those.
  acceptEncoding: usesChromium ? null : undefined,
  exit: (code) => process.exit(code),
});
