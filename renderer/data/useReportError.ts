// Hands a query's failure to the window's error banner, once per failure.
import { useEffect } from 'react';

export function useReportError(onError: (error: unknown) => void, ...errors: unknown[]): void {
  const first = errors.find((error) => error !== null && error !== undefined) ?? null;
  useEffect(() => {
    if (first !== null) onError(first);
  }, [first, onError]);
}
