// The sidebar's sync corner: "Sync now" and when feeds last updated, or the running sync's phase, bar and Cancel.
import type { SyncProgress } from '../../../shared/feeds.ts';
import { Icon } from '../../ui/Icon.tsx';
import { formatListDate } from '../../ui/format-date.ts';
import { useMinuteClock } from '../../ui/useMinuteClock.ts';
import { SyncProgressBar } from './SyncProgressBar.tsx';
import { describeProgress } from './sync-text.ts';
import './sync.css';

interface SyncStatusProps {
  running: boolean;
  progress: SyncProgress | null;
  online: boolean;
  feedCount: number;
  /** The latest successful update of any feed. */
  lastUpdated: string | null;
  onSync: () => void;
  onCancel: () => void;
}

export function SyncStatus({
  running,
  progress,
  online,
  feedCount,
  lastUpdated,
  onSync,
  onCancel,
}: SyncStatusProps) {
  const now = useMinuteClock();
  if (running) {
    const phase = describeProgress(progress?.running ? progress : null);
    return (
      <div className="sync-status sync-status--running" data-testid="sync-status">
        <span className="sync-status__phase" data-testid="sync-phase">
          {phase.text}
        </span>
        <div className="sync-status__row">
          <SyncProgressBar phase={phase} />
          <button
            type="button"
            className="link-button sync-status__cancel"
            data-testid="sync-cancel"
            aria-label="Cancel sync"
            onClick={onCancel}
          >
            Cancel
          </button>
        </div>
      </div>
    );
  }

  return (
    <div className="sync-status" data-testid="sync-status">
      <button
        type="button"
        className="import-button"
        disabled={feedCount === 0}
        title={feedCount === 0 ? 'Add a feed first' : 'Sync now (R)'}
        aria-keyshortcuts="R"
        data-testid="sync-now"
        onClick={onSync}
      >
        <Icon name="sync" />
        <span>Sync now</span>
      </button>
      <p className="sync-status__note" data-testid="sync-note">
        {online
          ? lastUpdated
            ? `Updated ${formatListDate(lastUpdated, now)}`
            : null
          : 'Offline: syncs when back online'}
      </p>
    </div>
  );
}
