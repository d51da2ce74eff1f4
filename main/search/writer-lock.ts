// Who keeps the search index when several processes have the library open (the app and a command,
// two hosts): one process at a time writes the shared index; the others are guests that index
// what it lacks into files of their own (see index-writer.ts). The keeper touches its lock file
// every few seconds; a lock nobody touched for half a minute belongs to a process that is gone.
import {
  closeSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  utimesSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';

export const LOCK_FILE = 'writer.lock';
export const LOCK_BEAT_MS = 10_000;
export const LOCK_STALE_MS = 30_000;

export interface WriterLock {
  readonly owner: boolean;
  /** Who keeps the index, for messages: "process 1234". */
  readonly holder: string;
  /** The keeper says it is still there (every LOCK_BEAT_MS). */
  beat(): void;
  release(): void;
}

export function takeWriterLock(dir: string, now: () => Date = () => new Date()): WriterLock {
  const path = join(dir, LOCK_FILE);
  const me = `process ${process.pid}`;
  for (let attempt = 0; attempt < 3; attempt++) {
    let fd: number;
    try {
      fd = openSync(path, 'wx');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = readHolder(path);
      // Our own process's lock was left by an index thread that stopped (a restart of search):
      // it is ours to take again.
      const ours = holder?.name === me;
      if (holder !== null && !ours && now().getTime() - holder.touched < LOCK_STALE_MS) {
        return { owner: false, holder: holder.name, beat() {}, release() {} };
      }
      // Gone without letting go (or ours): the lock is moved out of the way (only one process can
      // move it), then taken anew.
      const aside = `${path}.stale-${process.pid}-${now().getTime()}`;
      try {
        renameSync(path, aside);
        rmSync(aside, { force: true });
      } catch {
        // Another process moved it first: look again.
      }
      continue;
    }
    writeSync(fd, `${JSON.stringify({ pid: process.pid, since: now().toISOString() })}\n`);
    closeSync(fd);
    return {
      owner: true,
      holder: me,
      beat() {
        try {
          const at = now();
          utimesSync(path, at, at);
        } catch {
          // The folder was replaced under us; the next open takes a fresh lock.
        }
      },
      release() {
        const holder = readHolder(path);
        if (holder?.name === me) rmSync(path, { force: true });
      },
    };
  }
  // Three rounds of processes taking and dropping it: be a guest this time.
  return { owner: false, holder: 'another process', beat() {}, release() {} };
}

function readHolder(path: string): { name: string; touched: number } | null {
  try {
    const touched = statSync(path).mtimeMs;
    let name = 'another process';
    try {
      const pid = (JSON.parse(readFileSync(path, 'utf8')) as { pid?: unknown }).pid;
      if (Number.isSafeInteger(pid)) name = `process ${String(pid)}`;
    } catch {
      // Being written at this moment, or damaged: its age still tells.
    }
    return { name, touched };
  } catch {
    return null;
  }
}
