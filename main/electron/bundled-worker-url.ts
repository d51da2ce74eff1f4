// Worker entries inside the desktop bundle: <name>.cjs beside backend-process.cjs, taken from the
// unpacked copy when packaged (a worker cannot start from inside app.asar).
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { WorkerName } from '../workers/worker-url.ts';

export type { WorkerName } from '../workers/worker-url.ts';

const folder = __dirname.replace(/app\.asar(?=[\\/]|$)/, 'app.asar.unpacked');

export function workerEntry(name: WorkerName): URL {
  return pathToFileURL(path.join(folder, `${name}.cjs`));
}
