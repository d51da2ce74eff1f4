// The backend calls behind the feed and folder dialogs; each refreshes the window once it is done.
import { useMemo } from 'react';
import type { Feed, FeedPatch, Folder, FolderId } from '../../../shared/feeds.ts';
import type { SourceId } from '../../../shared/model.ts';
import { getOutpost } from '../../api-client.ts';

export interface FeedCommands {
  updateFeed: (id: SourceId, patch: FeedPatch) => Promise<Feed>;
  removeFeed: (feed: Feed) => Promise<void>;
  createFolder: (name: string, parentId: FolderId | null) => Promise<Folder>;
  renameFolder: (folder: Folder, name: string) => Promise<Folder>;
  deleteFolder: (folder: Folder) => Promise<void>;
}

export function useFeedCommands(
  refresh: () => void,
  onRemoved: (id: SourceId) => void,
): FeedCommands {
  return useMemo(() => {
    const after = async <T>(call: Promise<T>): Promise<T> => {
      const value = await call;
      refresh();
      return value;
    };
    return {
      updateFeed: (id, patch) => after(getOutpost().updateFeed(id, patch)),
      removeFeed: async (feed) => {
        await after(getOutpost().removeFeed(feed.id));
        onRemoved(feed.id);
      },
      createFolder: (name, parentId) => after(getOutpost().createFolder(name, parentId)),
      renameFolder: (folder, name) => after(getOutpost().renameFolder(folder.id, name)),
      deleteFolder: (folder) => after(getOutpost().deleteFolder(folder.id)),
    };
  }, [refresh, onRemoved]);
}
