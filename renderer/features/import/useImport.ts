// Importing files handed over by the picker or a drop: read, send in batches, report what happened.
import { useCallback, useState } from 'react';
import type { ImportReport } from '../../../shared/model.ts';
import { describeError, getOutpost } from '../../api-client.ts';
import { batchDocuments, readFileAsDocument } from './read-files.ts';

export type ImportStatus =
  | { kind: 'idle' }
  | { kind: 'running'; files: number }
  | { kind: 'done'; report: ImportReport }
  | { kind: 'failed'; message: string };

export interface ImportState {
  status: ImportStatus;
  importFiles: (files: File[]) => Promise<void>;
  dismiss: () => void;
}

export function useImport(): ImportState {
  const [status, setStatus] = useState<ImportStatus>({ kind: 'idle' });

  const importFiles = useCallback(async (files: File[]) => {
    if (files.length === 0) return;
    setStatus({ kind: 'running', files: files.length });
    const report: ImportReport = { imported: 0, duplicates: 0, failed: [], items: [] };
    try {
      const outcomes = await Promise.all(files.map(readFileAsDocument));
      const documents = [];
      for (const outcome of outcomes) {
        if (outcome.ok) documents.push(outcome.document);
        else report.failed.push({ path: outcome.path, error: outcome.error });
      }
      for (const batch of batchDocuments(documents)) {
        const part = await getOutpost().importDocuments(batch);
        report.imported += part.imported;
        report.duplicates += part.duplicates;
        report.failed.push(...part.failed);
        report.items.push(...part.items);
      }
      setStatus({ kind: 'done', report });
    } catch (error) {
      setStatus({ kind: 'failed', message: describeError(error) });
    }
  }, []);

  const dismiss = useCallback(() => setStatus({ kind: 'idle' }), []);
  return { status, importFiles, dismiss };
}
