// Subscribed feeds (settings and health) and folders, from the query cache.
import { useQuery } from '@tanstack/react-query';
import type { Feed, Folder } from '../../../shared/feeds.ts';
import { apiQuery } from '../../data/queries.ts';
import { useReportError } from '../../data/useReportError.ts';

export interface SubscriptionsState {
  feeds: Feed[];
  folders: Folder[];
  loaded: boolean;
}

const noFeeds: Feed[] = [];
const noFolders: Folder[] = [];

export function useSubscriptions(onError: (error: unknown) => void): SubscriptionsState {
  const feeds = useQuery(apiQuery('listFeeds'));
  const folders = useQuery(apiQuery('listFolders'));
  useReportError(onError, feeds.error, folders.error);
  return {
    feeds: feeds.data ?? noFeeds,
    folders: folders.data ?? noFolders,
    loaded: feeds.isSuccess && folders.isSuccess,
  };
}
