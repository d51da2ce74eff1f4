// Which feed or folder dialog is open, and for what.
import type { Feed, Folder, FolderId } from '../../../shared/feeds.ts';

export type FeedDialog =
  | { kind: 'add'; folderId: FolderId | null }
  | { kind: 'rename-feed'; feed: Feed }
  | { kind: 'move-feed'; feed: Feed }
  | { kind: 'feed-settings'; feed: Feed }
  | { kind: 'unsubscribe'; feed: Feed }
  | { kind: 'new-folder'; parentId: FolderId | null }
  | { kind: 'rename-folder'; folder: Folder }
  | { kind: 'delete-folder'; folder: Folder };
