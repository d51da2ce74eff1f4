// Worker entries inside the desktop bundle: <name>.cjs beside backend-process.cjs, taken from the
// unpacked copy when packaged (a worker cannot start from inside app.asar), each checked against
// the SHA-256 the build recorded in this bundle before a thread may start from it.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { WorkerName } from '../workers/worker-url.ts';
import { verifyWorkerScript } from './worker-integrity.ts';

export type { WorkerName } from '../workers/worker-url.ts';

/** Defined by scripts/build-electron.ts (WORKER_DIGESTS_GLOBAL) from the worker bundles it built. */
declare const __OUTPOST_WORKER_SHA256__: Readonly<Record<WorkerName, string>>;

const folder = __dirname.replace(/app\.asar(?=[\\/]|$)/, 'app.asar.unpacked');

export function workerEntry(name: WorkerName): URL {
  const file = path.join(folder, `${name}.cjs`);
  verifyWorkerScript(file, __OUTPOST_WORKER_SHA256__[name]);
  return pathToFileURL(file);
}
