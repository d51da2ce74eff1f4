// Automatic syncs in long-running hosts (the app, outpost serve): at start, then whenever a feed is due.
import { nextDueAt } from '../store/feed-state.ts';
import type { SyncContext } from './context.ts';
import type { SyncEngine } from './sync-engine.ts';

export interface Scheduler {
  stop(): void;
}

const CHECK_EVERY_MS = 60_000;
/** Let the window open and the first screen settle before the network gets busy. */
const START_DELAY_MS = 3_000;

export function startScheduler(
  context: SyncContext,
  engine: SyncEngine,
  timing: { startDelayMs?: number; checkEveryMs?: number } = {},
): Scheduler {
  const syncDue = () => {
    const due = nextDueAt(context.db);
    if (due !== null && due <= context.now().toISOString() && !engine.progress().running) {
      // Failures are recorded per feed; nothing here needs the summary.
      engine.sync({ dueOnly: true }).catch(() => undefined);
    }
  };
  const startTimer = setTimeout(() => {
    context.settings.get().then(
      (settings) => {
        if (settings.syncOnStart) syncDue();
      },
      () => undefined,
    );
  }, timing.startDelayMs ?? START_DELAY_MS);
  const interval = setInterval(syncDue, timing.checkEveryMs ?? CHECK_EVERY_MS);
  startTimer.unref();
  interval.unref();
  return {
    stop() {
      clearTimeout(startTimer);
      clearInterval(interval);
    },
  };
}
