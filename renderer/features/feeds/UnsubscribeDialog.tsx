// Asks before unsubscribing, saying how many starred articles stay in the library.
import { useEffect, useState } from 'react';
import type { Feed } from '../../../shared/feeds.ts';
import { getOutpost } from '../../api-client.ts';
import { ConfirmDialog } from '../../ui/ConfirmDialog.tsx';

interface UnsubscribeDialogProps {
  feed: Feed;
  onUnsubscribe: () => Promise<unknown>;
  onClose: () => void;
}

export function UnsubscribeDialog({ feed, onUnsubscribe, onClose }: UnsubscribeDialogProps) {
  const starred = useStarredCount(feed.id);
  return (
    <ConfirmDialog
      title={`Unsubscribe from “${feed.title}”?`}
      testId="unsubscribe-dialog"
      message={describeConsequence(starred)}
      confirmLabel="Unsubscribe"
      onConfirm={onUnsubscribe}
      onClose={onClose}
    />
  );
}

function describeConsequence(starred: number | null): string {
  if (starred === null) return 'Its starred articles stay in your library.';
  if (starred === 0) {
    return 'Its articles leave your library; none is starred. Star the ones you want to keep first.';
  }
  if (starred === 1) return 'Its starred article stays in your library; the others leave it.';
  return `Its ${starred.toLocaleString()} starred articles stay in your library; the others leave it.`;
}

/** Null until counted (or when counting failed: the general sentence is still true). */
function useStarredCount(sourceId: number): number | null {
  const [count, setCount] = useState<number | null>(null);
  useEffect(() => {
    let cancelled = false;
    getOutpost()
      .listArticles({ view: 'starred', sourceId, limit: 0 })
      .then(
        (page) => {
          if (!cancelled) setCount(page.total);
        },
        () => undefined,
      );
    return () => {
      cancelled = true;
    };
  }, [sourceId]);
  return count;
}
