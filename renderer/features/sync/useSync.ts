// Syncing: the backend's progress as it runs, starting and cancelling, and the summary of the last sync that had failures.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { SyncOptions, SyncProgress, SyncSummary } from '../../../shared/feeds.ts';
import { getOutpost } from '../../api-client.ts';
import { useOnline } from './useOnline.ts';

export interface SyncState {
  progress: SyncProgress | null;
  /** A sync runs, or one was asked for and has not reported yet. */
  running: boolean;
  online: boolean;
  /** The last sync, whoever started it (this window, the scheduler), when feeds failed in it. */
  summary: SyncSummary | null;
  start: (options?: SyncOptions) => void;
  cancel: () => void;
  dismissSummary: () => void;
}

export function useSync(onError: (error: unknown) => void): SyncState {
  const [progress, setProgress] = useState<SyncProgress | null>(null);
  const [requests, setRequests] = useState(0);
  const [summary, setSummary] = useState<SyncSummary | null>(null);
  // Each sync is reported once, whether by its event or by the answer to this window's call,
  // and an answer that arrives after a later sync's event does not bring back an old banner.
  const reported = useRef<{ key: string; finishedAt: string } | null>(null);
  const report = useCallback((finished: SyncSummary) => {
    const key = `${finished.startedAt}/${finished.finishedAt}`;
    const last = reported.current;
    if (last && (last.key === key || finished.finishedAt < last.finishedAt)) return;
    reported.current = { key, finishedAt: finished.finishedAt };
    // A clean sync speaks through its counts; only feeds that could not be updated earn a
    // banner (an article page that failed stays "Summary only" and is retried anyway).
    setSummary(finished.failed.length > 0 ? finished : null);
  }, []);

  useEffect(() => {
    const outpost = getOutpost();
    let cancelled = false;
    outpost.getSyncProgress().then((current) => {
      if (!cancelled) setProgress((event) => event ?? current);
    }, onError);
    const offProgress = outpost.on('sync-progress', setProgress);
    // Every sync reports here, the scheduler's too, so its failures are seen even when no one
    // pressed "Sync now".
    const offFinished = outpost.on('sync-finished', report);
    return () => {
      cancelled = true;
      offProgress();
      offFinished();
    };
  }, [onError, report]);

  const start = useCallback(
    (options?: SyncOptions) => {
      setRequests((n) => n + 1);
      getOutpost()
        .sync(options)
        // The event says the same, unless the event stream was down meanwhile.
        .then(report, onError)
        .finally(() => setRequests((n) => n - 1));
    },
    [onError, report],
  );

  const cancel = useCallback(() => {
    getOutpost().cancelSync().catch(onError);
  }, [onError]);

  // Back online after a stretch offline: fetch what fell due meanwhile.
  const online = useOnline(useCallback(() => start({ dueOnly: true }), [start]));

  return {
    progress,
    running: (progress?.running ?? false) || requests > 0,
    online,
    summary,
    start,
    cancel,
    dismissSummary: useCallback(() => setSummary(null), []),
  };
}
