// After a sync with problems: which feeds could not be updated and why, and articles whose full text is still missing.
import type { SyncSummary } from '../../../shared/feeds.ts';
import { Banner } from '../../ui/Banner.tsx';

interface SyncBannerProps {
  summary: SyncSummary | null;
  onDismiss: () => void;
}

export function SyncBanner({ summary, onDismiss }: SyncBannerProps) {
  if (!summary) return null;
  const { failed, feeds, fullArticleFailures } = summary;
  const title =
    failed.length > 0
      ? `${failed.length} of ${feeds} ${feeds === 1 ? 'feed' : 'feeds'} could not be updated`
      : `${fullArticleFailures} full ${fullArticleFailures === 1 ? 'article' : 'articles'} could not be fetched`;
  return (
    <Banner tone="problem" testId="sync-report" title={title} onDismiss={onDismiss}>
      {failed.length > 0 ? (
        <ul className="banner__failures">
          {failed.map((failure) => (
            <li key={failure.feedId}>
              <span className="banner__file">{failure.title}</span>: {failure.error}
            </li>
          ))}
        </ul>
      ) : null}
      {failed.length > 0 && fullArticleFailures > 0 ? (
        <p className="banner__text">
          {fullArticleFailures} full {fullArticleFailures === 1 ? 'article' : 'articles'} could not
          be fetched either.
        </p>
      ) : null}
      <p className="banner__text">
        {summary.cancelled ? 'The sync was cancelled. ' : ''}
        Outpost tries again at the next sync; what was saved before stays readable.
      </p>
    </Banner>
  );
}
