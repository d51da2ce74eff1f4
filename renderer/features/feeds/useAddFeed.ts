// Subscribing from the Add feed dialog: look for the feed, then report a new feed, one already followed, or why not.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Feed, FolderId } from '../../../shared/feeds.ts';
import { describeError, getOutpost } from '../../api-client.ts';

export type AddFeedStatus =
  | { kind: 'idle' }
  | { kind: 'invalid'; message: string }
  | { kind: 'looking' }
  | { kind: 'already'; feed: Feed }
  | { kind: 'failed'; message: string };

export interface AddFeedState {
  status: AddFeedStatus;
  submit: (url: string, folderId: FolderId | null) => void;
  reset: () => void;
}

export function useAddFeed(onAdded: (feed: Feed) => void): AddFeedState {
  const [status, setStatus] = useState<AddFeedStatus>({ kind: 'idle' });
  // Closing the dialog while the backend looks abandons the answer, not the subscription.
  const live = useRef(true);
  useEffect(() => {
    live.current = true;
    return () => {
      live.current = false;
    };
  }, []);
  const added = useRef(onAdded);
  useEffect(() => {
    added.current = onAdded;
  }, [onAdded]);

  const submit = useCallback((url: string, folderId: FolderId | null) => {
    const trimmed = url.trim();
    if (!trimmed) {
      setStatus({
        kind: 'invalid',
        message: 'Enter the address of a site or of its feed, such as example.org.',
      });
      return;
    }
    setStatus({ kind: 'looking' });
    getOutpost()
      .addFeed(trimmed, { folderId })
      .then(
        (result) => {
          if (!live.current) return;
          if (result.alreadySubscribed) setStatus({ kind: 'already', feed: result.feed });
          else added.current(result.feed);
        },
        (error: unknown) => {
          if (live.current) setStatus({ kind: 'failed', message: describeError(error) });
        },
      );
  }, []);

  const reset = useCallback(() => setStatus({ kind: 'idle' }), []);
  return { status, submit, reset };
}
