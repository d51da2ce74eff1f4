// A thin bar for the current sync phase, with its numbers for assistive technology.
import { useLayoutEffect, useRef } from 'react';
import type { PhaseProgress } from './sync-text.ts';

export function SyncProgressBar({ phase }: { phase: PhaseProgress }) {
  const ref = useRef<HTMLDivElement>(null);
  const known = phase.total > 0;
  const fraction = known ? Math.min(1, phase.done / phase.total) : 0;

  useLayoutEffect(() => {
    // Through the CSSOM: the CSP forbids style attributes, not custom properties set here.
    ref.current?.style.setProperty('--sync-fraction', String(fraction));
  }, [fraction]);

  return (
    <div
      ref={ref}
      className={known ? 'sync-bar' : 'sync-bar sync-bar--unknown'}
      role="progressbar"
      aria-label="Sync progress"
      aria-valuemin={0}
      aria-valuemax={known ? phase.total : undefined}
      aria-valuenow={known ? phase.done : undefined}
      aria-valuetext={phase.text}
      data-testid="sync-progress"
    >
      <div className="sync-bar__fill" />
    </div>
  );
}
