// A long-running host (the app, outpost serve) shares the library with other processes: a command
// that imports or syncs, another host. Once a second it reads what they wrote in the change log and
// takes it in, so its search index and its windows catch up without a restart.
import type { Changes } from '../shared/changes.ts';
import { changesBetween, lastChangeSeq } from './store/change-log.ts';
import type { Database } from './store/db.ts';

export const FOLLOW_EVERY_MS = 1000;

export function followOtherWriters(
  db: Database,
  writer: string,
  absorb: (changes: Changes) => void,
  everyMs = FOLLOW_EVERY_MS,
): { check(): void; stop(): void } {
  // What was written before this process opened the library is in the library already.
  let seen = lastChangeSeq(db);
  const check = () => {
    try {
      const latest = lastChangeSeq(db);
      if (latest <= seen) return;
      const entries = changesBetween(db, seen, latest, writer);
      seen = latest;
      for (const entry of entries) absorb(entry.changes);
    } catch (error) {
      // A locked or closing library: the next tick tries again.
      console.error('Outpost could not read what other processes changed', error);
    }
  };
  const timer = setInterval(check, everyMs);
  timer.unref();
  return {
    check,
    stop: () => clearInterval(timer),
  };
}
