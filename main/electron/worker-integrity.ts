// Checks a worker script against the SHA-256 the build recorded before a thread may run it. The
// workers are unpacked beside app.asar (a thread cannot start from inside the archive), so the
// archive's integrity check does not cover them; the digests live in the backend bundle, inside it.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

/** The global the build defines in the backend bundle: each worker's SHA-256, in hex. */
export const WORKER_DIGESTS_GLOBAL = '__OUTPOST_WORKER_SHA256__';

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * Throws, saying what to do, unless the file is the one the build recorded. The bytes are read
 * and hashed whole each time a thread is about to start: a few milliseconds, at start and on the
 * rare restart of a thread. (Someone able to swap the file in the instant between this check and
 * the thread's own read could also replace the app itself.)
 */
export function verifyWorkerScript(file: string, expectedSha256: string | undefined): void {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new Error(
      `Outpost cannot start its worker ${file} (${reason}). Reinstall Outpost to restore its files.`,
      { cause: error },
    );
  }
  const actual = sha256Hex(bytes);
  if (!expectedSha256 || actual !== expectedSha256) {
    throw new Error(
      `Outpost refused to start its worker ${file}: the file is not the one this version of Outpost ` +
        `was built with (SHA-256 ${actual}, expected ${expectedSha256 ?? 'none recorded'}). ` +
        `Something changed the app's files: reinstall Outpost.`,
    );
  }
}
