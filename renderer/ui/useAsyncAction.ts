// Runs a dialog's backend call: busy while it runs, the backend's message when it fails, nothing after unmount.
import { useCallback, useEffect, useRef, useState } from 'react';
import { describeError } from '../api-client.ts';

export interface AsyncAction {
  busy: boolean;
  error: string | null;
  setError: (message: string | null) => void;
  /** Resolves true when the call succeeded. */
  run: (call: () => Promise<unknown>) => Promise<boolean>;
}

export function useAsyncAction(): AsyncAction {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const run = useCallback(async (call: () => Promise<unknown>) => {
    setBusy(true);
    setError(null);
    try {
      await call();
      return true;
    } catch (cause) {
      if (mounted.current) setError(describeError(cause));
      return false;
    } finally {
      if (mounted.current) setBusy(false);
    }
  }, []);

  return { busy, error, setError, run };
}
