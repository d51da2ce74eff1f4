import { mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { threadId } from 'node:worker_threads';

/**
 * Turns at the library's write lock, between processes.
 *
 * SQLite gives its write lock to whoever asks when it is free; a connection that finds it taken
 * sleeps and asks again (up to 100 ms apart). A bulk writer (an import, a big feed's first sync,
 * re-tagging) commits a transaction every 50–100 ms and begins the next at once, so the lock is
 * almost never free when the sleeper wakes: a reader's star in the app waited two seconds behind
 * `outpost feeds add`. Here a short write that a person is waiting for is announced with a file
 * in `<data>/writes-wanted/`, and bulk writers look there before each transaction and give way
 * until it is done. Nothing else changes: without an announcement a bulk writer never pauses.
 */

const FOLDER = 'writes-wanted';
/** A bulk writer pauses at most this long per transaction, whatever the announcements say. */
const GIVE_WAY_MAX_MS = 1000;
const GIVE_WAY_STEP_MS = 5;
/** An announcement older than this is a leftover (its writer gave up long ago). */
const STALE_MS = 60_000;

const self = `${process.pid}-${threadId}`;
const pause = new Int32Array(new SharedArrayBuffer(4));

export interface WriteTurns {
  /** Runs `work` (a short write someone is waiting for) with an announcement other processes see. */
  announce<T>(work: () => Promise<T>): Promise<T>;
  /**
   * Called before each transaction of a bulk writer: while another process or thread has announced
   * a write, waits (blocking, at most a second) so that write gets the lock first.
   */
  giveWay(): void;
}

export function writeTurns(dataDir: string): WriteTurns {
  const folder = join(dataDir, FOLDER);
  const mine = join(folder, self);
  let announced = 0;

  const othersWaiting = (): boolean => {
    let names: string[];
    try {
      names = readdirSync(folder);
    } catch {
      return false;
    }
    return names.some((name) => {
      if (name === self) return false;
      const path = join(folder, name);
      const state = announcement(path, name);
      if (state === 'leftover') rmSync(path, { force: true });
      return state === 'live';
    });
  };

  return {
    async announce(work) {
      if (announced++ === 0) {
        try {
          mkdirSync(folder, { recursive: true });
          writeFileSync(mine, '');
        } catch {
          // A read-only or vanished folder: the write still happens, only without priority.
        }
      }
      try {
        return await work();
      } finally {
        if (--announced === 0) rmSync(mine, { force: true });
      }
    },
    giveWay() {
      // A write announced here goes ahead: two announced writes never wait for each other.
      if (announced > 0 || !othersWaiting()) return;
      const started = performance.now();
      do Atomics.wait(pause, 0, 0, GIVE_WAY_STEP_MS);
      while (performance.now() - started < GIVE_WAY_MAX_MS && othersWaiting());
    },
  };
}

/** Live: made recently by a process that still runs. Leftover: its process is gone or it is old. */
function announcement(path: string, name: string): 'live' | 'leftover' | 'gone' {
  const pid = Number(name.split('-')[0]);
  if (!Number.isInteger(pid) || pid <= 0) return 'leftover';
  try {
    if (Date.now() - statSync(path).mtimeMs > STALE_MS) return 'leftover';
  } catch {
    return 'gone';
  }
  try {
    process.kill(pid, 0);
    return 'live';
  } catch (error) {
    // EPERM: the process exists but belongs to another user; it still counts.
    return (error as NodeJS.ErrnoException).code === 'EPERM' ? 'live' : 'leftover';
  }
}
