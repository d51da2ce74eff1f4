// Subscribed feeds (settings and health) and folders, refreshed whenever the library or the feeds change.
import { useEffect, useState } from 'react';
import type { Feed, Folder } from '../../../shared/feeds.ts';
import { getOutpost } from '../../api-client.ts';

export interface SubscriptionsState {
  feeds: Feed[];
  folders: Folder[];
  loaded: boolean;
}

export function useSubscriptions(
  revision: number,
  onError: (error: unknown) => void,
): SubscriptionsState {
  const [state, setState] = useState<SubscriptionsState>({ feeds: [], folders: [], loaded: false });

  useEffect(() => {
    let cancelled = false;
    const outpost = getOutpost();
    Promise.all([outpost.listFeeds(), outpost.listFolders()]).then(([feeds, folders]) => {
      if (!cancelled) setState({ feeds, folders, loaded: true });
    }, onError);
    return () => {
      cancelled = true;
    };
  }, [revision, onError]);

  return state;
}
