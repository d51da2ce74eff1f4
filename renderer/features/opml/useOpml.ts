// Subscriptions in and out as OPML: read a picked file and import it; export to a downloaded file.
import { useCallback, useRef, useState } from 'react';
import type { RefObject } from 'react';
import type { OpmlImportReport } from '../../../shared/feeds.ts';
import { describeError, getOutpost } from '../../api-client.ts';

export type OpmlStatus =
  | { kind: 'idle' }
  | { kind: 'running'; file: string }
  | { kind: 'done'; file: string; report: OpmlImportReport }
  | { kind: 'failed'; file: string; message: string };

export interface OpmlState {
  status: OpmlStatus;
  inputRef: RefObject<HTMLInputElement | null>;
  /** Opens the file picker. */
  pick: () => void;
  importFile: (file: File) => Promise<void>;
  exportFile: () => Promise<void>;
  dismiss: () => void;
}

export const exportFileName = 'outpost-subscriptions.opml';

/** The bridge takes 32 MB of OPML; real subscription lists are a few hundred KB. */
const maxOpmlBytes = 32 * 1024 * 1024;

export function useOpml(onError: (error: unknown) => void): OpmlState {
  const [status, setStatus] = useState<OpmlStatus>({ kind: 'idle' });
  const inputRef = useRef<HTMLInputElement>(null);

  const importFile = useCallback(async (file: File) => {
    setStatus({ kind: 'running', file: file.name });
    try {
      if (file.size > maxOpmlBytes) {
        throw new Error(
          `${file.name} is larger than an OPML list of subscriptions can be (32 MB).`,
        );
      }
      const report = await getOutpost().importOpml(await file.text());
      setStatus({ kind: 'done', file: file.name, report });
    } catch (error) {
      setStatus({ kind: 'failed', file: file.name, message: describeError(error) });
    }
  }, []);

  const exportFile = useCallback(async () => {
    try {
      const text = await getOutpost().exportOpml();
      const url = URL.createObjectURL(new Blob([text], { type: 'text/x-opml;charset=utf-8' }));
      const link = document.createElement('a');
      link.href = url;
      link.download = exportFileName;
      link.hidden = true;
      document.body.append(link);
      link.click();
      link.remove();
      // The download has taken the blob by the next tasks; revoking at once can cancel it in some engines.
      setTimeout(() => URL.revokeObjectURL(url), 1000);
    } catch (error) {
      onError(error);
    }
  }, [onError]);

  return {
    status,
    inputRef,
    pick: useCallback(() => inputRef.current?.click(), []),
    importFile,
    exportFile,
    dismiss: useCallback(() => setStatus({ kind: 'idle' }), []),
  };
}
