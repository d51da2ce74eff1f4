// The worker thread's entry inside the desktop bundle: worker.cjs beside backend-process.cjs, taken
// from the unpacked copy when packaged (a worker cannot start from inside app.asar).
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export const defaultWorkerUrl = pathToFileURL(
  path.join(__dirname.replace(/app\.asar(?=[\\/]|$)/, 'app.asar.unpacked'), 'worker.cjs'),
);
