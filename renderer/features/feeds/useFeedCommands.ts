// The backend calls behind the feed and folder dialogs; each answer updates the cache at once (the
// backend's announcement then refreshes what else depends on it).
import { useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { Feed, FeedPatch, Folder, FolderId } from '../../../shared/feeds.ts';
import type { SourceId } from '../../../shared/model.ts';
import { getOutpost } from '../../api-client.ts';
import { apiQuery } from '../../data/queries.ts';

export interface FeedCommands {
  updateFeed: (id: SourceId, patch: FeedPatch) => Promise<Feed>;
  removeFeed: (feed: Feed) => Promise<void>;
  createFolder: (name: string, parentId: FolderId | null) => Promise<Folder>;
  renameFolder: (folder: Folder, name: string) => Promise<Folder>;
  deleteFolder: (folder: Folder) => Promise<void>;
}

const feedsKey = apiQuery('listFeeds').queryKey;
const foldersKey = apiQuery('listFolders').queryKey;

function replaceRow<Row extends { id: number }>(
  rows: Row[] | undefined,
  row: Row,
): Row[] | undefined {
  if (!rows) return rows;
  return rows.some((candidate) => candidate.id === row.id)
    ? rows.map((candidate) => (candidate.id === row.id ? row : candidate))
    : [...rows, row];
}

export function useFeedCommands(onRemoved: (id: SourceId) => void): FeedCommands {
  const client = useQueryClient();
  return useMemo(() => {
    const outpost = getOutpost();
    return {
      async updateFeed(id, patch) {
        const feed = await outpost.updateFeed(id, patch);
        client.setQueryData(feedsKey, (feeds) => replaceRow(feeds, feed));
        // A new title shows in every row of the feed's articles.
        if (patch.title !== undefined)
          void client.invalidateQueries({ queryKey: ['listArticles'] });
        return feed;
      },
      async removeFeed(feed) {
        await outpost.removeFeed(feed.id);
        client.setQueryData(feedsKey, (feeds) => feeds?.filter((row) => row.id !== feed.id));
        onRemoved(feed.id);
      },
      async createFolder(name, parentId) {
        const folder = await outpost.createFolder(name, parentId);
        client.setQueryData(foldersKey, (folders) => replaceRow(folders, folder));
        return folder;
      },
      async renameFolder(folder, name) {
        const renamed = await outpost.renameFolder(folder.id, name);
        client.setQueryData(foldersKey, (folders) => replaceRow(folders, renamed));
        return renamed;
      },
      async deleteFolder(folder) {
        await outpost.deleteFolder(folder.id);
        client.setQueryData(foldersKey, (folders) =>
          folders?.filter((row) => row.id !== folder.id),
        );
      },
    } satisfies FeedCommands;
  }, [client, onRemoved]);
}
