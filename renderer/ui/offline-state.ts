// What "not fully readable offline" means for an article, in the words the list and the reader show.
import type { OfflineState } from '../../shared/model.ts';
import type { IconName } from './Icon.tsx';

export interface OfflineNotice {
  icon: IconName;
  text: string;
}

export function offlineNotice(state: OfflineState | null): OfflineNotice | null {
  switch (state) {
    case 'summary-only':
      return {
        icon: 'excerpt',
        text: 'Summary only — the full article will be fetched at the next sync',
      };
    case 'images-pending':
      return { icon: 'image', text: 'Images not yet saved for offline reading' };
    default:
      return null;
  }
}
