// Window-wide keys for subscriptions: A adds a feed, R syncs now, Ctrl+, (⌘, on a Mac) opens Preferences.
import { useEffect, useRef } from 'react';
import { isInOverlay, isTextField } from '../article-list/useListShortcuts.ts';

export interface FeedShortcuts {
  addFeed: () => void;
  syncNow: () => void;
  preferences: () => void;
}

export function useFeedShortcuts(shortcuts: FeedShortcuts): void {
  const latest = useRef(shortcuts);
  useEffect(() => {
    latest.current = shortcuts;
  });

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || isInOverlay(event.target)) return;
      const actions = latest.current;
      if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key === ',') {
        event.preventDefault();
        actions.preferences();
        return;
      }
      if (event.metaKey || event.ctrlKey || event.altKey || isTextField(event.target)) return;
      if (event.key === 'a') actions.addFeed();
      else if (event.key === 'r') actions.syncNow();
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
