// What an OPML import did: feeds added (and in how many folders), those already followed, and failures with reasons.
import { useEffect } from 'react';
import type { OpmlImportReport } from '../../../shared/feeds.ts';
import type { SourceId } from '../../../shared/model.ts';
import { Banner } from '../../ui/Banner.tsx';
import { OpmlReportDetails } from './OpmlReportDetails.tsx';
import { plural } from './plural.ts';
import type { OpmlStatus } from './useOpml.ts';

/** A clean import's banner goes away on its own; one with problems waits for the reader. */
const autoDismissMs = 10_000;

interface OpmlBannerProps {
  status: OpmlStatus;
  onDismiss: () => void;
  /** Fetches the feeds the import subscribed to. */
  onSync: (feedIds: SourceId[]) => void;
}

export function OpmlBanner({ status, onDismiss, onSync }: OpmlBannerProps) {
  const clean = status.kind === 'done' && status.report.failed.length === 0;
  useEffect(() => {
    if (!clean) return;
    const timer = setTimeout(onDismiss, autoDismissMs);
    return () => clearTimeout(timer);
  }, [clean, status, onDismiss]);

  switch (status.kind) {
    case 'idle':
      return null;
    case 'running':
      return <Banner tone="progress" testId="opml-report" title={`Reading ${status.file}…`} />;
    case 'failed':
      return (
        <Banner
          tone="problem"
          testId="opml-report"
          title={`${status.file} could not be imported`}
          onDismiss={onDismiss}
        >
          <p className="banner__text">{status.message}</p>
        </Banner>
      );
    case 'done':
      return (
        <Banner
          tone={clean ? 'success' : 'problem'}
          testId="opml-report"
          title={summarize(status.report)}
          onDismiss={onDismiss}
        >
          <OpmlReportDetails report={status.report} onSync={onSync} />
        </Banner>
      );
  }
}

function summarize({ added, existing, failed }: OpmlImportReport): string {
  if (added > 0) return `Subscribed to ${added} ${plural(added, 'feed')}`;
  if (existing > 0 && failed.length === 0) return 'You already follow every feed in this file';
  return 'No feed was added';
}
