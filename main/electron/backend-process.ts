// Entry of the backend's utility process: the plain-Node backend, reachable only through the parent port.
import { net } from 'electron';
import { createBackend } from '../backend.ts';
import { serveBackend } from './backend-server.ts';

/**
 * Chromium's network stack (net.fetch is documented for the utility process), so system
 * proxies and certificates apply as in a browser; Node's fetch if it is missing.
 */
function chooseFetch(): typeof globalThis.fetch {
  if (typeof net?.fetch !== 'function') return globalThis.fetch;
  return (input, init) => net.fetch(input instanceof URL ? input.href : input, init);
}

const port = process.parentPort;
if (!port) throw new Error('backend-process must be started with utilityProcess.fork.');

serveBackend(port, {
  createBackend,
  fetch: chooseFetch(),
  exit: (code) => process.exit(code),
});
