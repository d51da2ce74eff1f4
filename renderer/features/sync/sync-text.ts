// A running sync in words and numbers: "Feeds 12/40 · 37 new · 1.2 MB", and how far along the current phase is.
import type { SyncProgress } from '../../../shared/feeds.ts';

export interface PhaseProgress {
  text: string;
  done: number;
  /** 0 while the phase's size is not known yet. */
  total: number;
}

export function describeProgress(progress: SyncProgress | null): PhaseProgress {
  if (!progress || progress.phase === 'idle') return { text: 'Starting…', done: 0, total: 0 };
  const bytes = progress.bytes > 0 ? ` · ${formatBytes(progress.bytes)}` : '';
  switch (progress.phase) {
    case 'feeds': {
      const found = ` · ${progress.newArticles.toLocaleString()} new`;
      return phase('Feeds', progress.feedsDone, progress.feedsTotal, `${found}${bytes}`);
    }
    case 'articles':
      return phase('Full articles', progress.articlesDone, progress.articlesTotal, bytes);
    case 'images':
      return phase('Images', progress.imagesDone, progress.imagesTotal, bytes);
  }
}

/** "Images 10/120 · 3.4 MB"; "Images…" while the phase is still counting what it has to do. */
function phase(label: string, done: number, total: number, rest: string): PhaseProgress {
  const counts = total > 0 ? ` ${done}/${total}` : '…';
  return { text: `${label}${counts}${rest}`, done, total };
}

/** Sizes as a metered connection's bill shows them: 512 B, 340 KB, 1.2 MB. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  if (bytes < 1024 * 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  return `${(bytes / (1024 * 1024 * 1024)).toFixed(2)} GB`;
}
