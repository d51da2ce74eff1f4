// The warning sign on a feed whose last sync failed; the message is in its tooltip and in the list header.
import { Icon } from '../../ui/Icon.tsx';

export function FeedErrorMarker({ message }: { message: string }) {
  return (
    <span
      className="sidebar__error"
      role="img"
      aria-label="Last sync failed"
      title={`Last sync failed: ${message}`}
      data-testid="feed-error"
    >
      <Icon name="alert" size={13} />
    </span>
  );
}
