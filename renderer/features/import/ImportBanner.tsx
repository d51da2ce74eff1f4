// What an import did: how many articles came in, which were already there, and which files failed and why.
import { useEffect } from 'react';
import type { ImportReport } from '../../../shared/model.ts';
import { Banner } from '../../ui/Banner.tsx';
import type { ImportStatus } from './useImport.ts';

/** A clean import's banner goes away on its own; one with problems waits for the reader. */
const autoDismissMs = 8000;

interface ImportBannerProps {
  status: ImportStatus;
  onDismiss: () => void;
}

export function ImportBanner({ status, onDismiss }: ImportBannerProps) {
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
      return (
        <Banner
          tone="progress"
          testId="import-report"
          title={`Importing ${status.files} ${plural(status.files, 'file')}…`}
        />
      );
    case 'failed':
      return (
        <Banner
          tone="problem"
          testId="import-report"
          title="The import did not go through"
          onDismiss={onDismiss}
        >
          <p className="banner__text">{status.message}</p>
        </Banner>
      );
    case 'done':
      return (
        <Banner
          tone={clean ? 'success' : 'problem'}
          testId="import-report"
          title={summarize(status.report)}
          onDismiss={onDismiss}
        >
          <ReportDetails report={status.report} />
        </Banner>
      );
  }
}

function summarize({ imported, duplicates, failed }: ImportReport): string {
  if (imported > 0) return `Imported ${imported} ${plural(imported, 'article')}`;
  if (duplicates > 0 && failed.length === 0) return 'Already in your library';
  return 'Nothing was imported';
}

function ReportDetails({ report: { duplicates, failed } }: { report: ImportReport }) {
  return (
    <>
      {duplicates > 0 ? (
        <p className="banner__text">
          {duplicates} {plural(duplicates, 'duplicate')} skipped:{' '}
          {duplicates === 1 ? 'it is' : 'they are'} already in your library.
        </p>
      ) : null}
      {failed.length > 0 ? (
        <>
          <p className="banner__text">
            {failed.length} {plural(failed.length, 'file')} could not be imported:
          </p>
          <ul className="banner__failures">
            {failed.map((failure, index) => (
              <li key={`${failure.path}-${index}`}>
                <span className="banner__file" title={failure.path}>
                  {baseName(failure.path)}
                </span>
                : {failure.error}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  );
}

function plural(count: number, word: string): string {
  return count === 1 ? word : `${word}s`;
}

function baseName(path: string): string {
  return path.split(/[\\/]/).filter(Boolean).pop() ?? path;
}
