// The line under a feed's title in the list header: its health in words, kept current minute by minute.
import type { Feed } from '../../../shared/feeds.ts';
import { Icon } from '../../ui/Icon.tsx';
import { useMinuteClock } from '../../ui/useMinuteClock.ts';
import { describeHealth } from './feed-health.ts';

interface FeedStatusLineProps {
  /** The subscribed feed, or null for an archived one. */
  feed: Feed | null;
}

export function FeedStatusLine({ feed }: FeedStatusLineProps) {
  const now = useMinuteClock();
  const line = feed
    ? describeHealth(feed.health, now)
    : { tone: 'calm' as const, text: 'Unsubscribed: only its starred articles are kept.' };
  return (
    <p
      className={`list-header__status list-header__status--${line.tone}`}
      data-testid="feed-health"
    >
      {line.tone === 'problem' ? <Icon name="alert" size={13} /> : null}
      <span>{line.text}</span>
    </p>
  );
}
