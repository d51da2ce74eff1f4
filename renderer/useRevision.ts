// A number that goes up whenever the library changes, here or in another window: data hooks refetch on it.
import { useCallback, useEffect, useState } from 'react';
import { getOutpost } from './api-client.ts';

export function useRevision(): [number, () => void] {
  const [revision, setRevision] = useState(0);
  const bump = useCallback(() => setRevision((current) => current + 1), []);
  useEffect(() => getOutpost().on('articles-changed', bump), [bump]);
  return [revision, bump];
}
