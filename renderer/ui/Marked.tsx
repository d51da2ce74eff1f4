// Plain text with some [start, end) ranges wrapped in <mark>: snippets and headlines of search hits.
import { Fragment } from 'react';
import type { ReactNode } from 'react';

interface MarkedProps {
  text: string;
  ranges: ReadonlyArray<readonly [number, number]>;
}

export function Marked({ text, ranges }: MarkedProps) {
  const sorted = [...ranges]
    .map(([start, end]) => [Math.max(0, start), Math.min(text.length, end)] as const)
    .filter(([start, end]) => end > start)
    .sort((a, b) => a[0] - b[0]);
  const parts: ReactNode[] = [];
  let cursor = 0;
  for (const [start, end] of sorted) {
    if (start < cursor) continue; // Overlapping ranges: the first one wins.
    if (start > cursor) parts.push(text.slice(cursor, start));
    parts.push(<mark key={start}>{text.slice(start, end)}</mark>);
    cursor = end;
  }
  if (cursor < text.length) parts.push(text.slice(cursor));
  return <Fragment>{parts}</Fragment>;
}
