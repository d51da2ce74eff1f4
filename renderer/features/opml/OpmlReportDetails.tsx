// The body of the OPML report: folders created, feeds already followed, failures with reasons, and a way to fetch now.
import type { OpmlImportReport } from '../../../shared/feeds.ts';
import type { SourceId } from '../../../shared/model.ts';
import { plural } from './plural.ts';

export function OpmlReportDetails({
  report,
  onSync,
}: {
  report: OpmlImportReport;
  /** Fetches the feeds this import subscribed to. */
  onSync: (feedIds: SourceId[]) => void;
}) {
  const { added, existing, folders, failed, feedIds } = report;
  return (
    <>
      {added > 0 && folders > 0 ? (
        <p className="banner__text">
          {folders} {plural(folders, 'folder')} created.
        </p>
      ) : null}
      {existing > 0 ? (
        <p className="banner__text">
          {existing} {plural(existing, 'feed')} already followed, left as{' '}
          {existing === 1 ? 'it was' : 'they were'}.
        </p>
      ) : null}
      {failed.length > 0 ? (
        <>
          <p className="banner__text">
            {failed.length} {plural(failed.length, 'feed')} could not be added:
          </p>
          <ul className="banner__failures">
            {failed.map((failure, index) => (
              <li key={`${failure.url}-${index}`}>
                <span className="banner__file">{failure.url}</span>: {failure.error}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {added > 0 ? (
        <p className="banner__text">
          {added === 1 ? 'Its' : 'Their'} articles arrive with the next sync.{' '}
          <button
            type="button"
            className="link-button"
            data-testid="opml-sync"
            onClick={() => onSync(feedIds)}
          >
            Fetch them now
          </button>
        </p>
      ) : null}
    </>
  );
}
