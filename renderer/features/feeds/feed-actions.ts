// What can be done to feeds and folders, and the menus that offer it (rows, the list header, the Feeds heading).
import type { Feed, Folder, FolderId } from '../../../shared/feeds.ts';
import type { SourceId } from '../../../shared/model.ts';
import type { MenuEntry } from '../../ui/Menu.tsx';
import type { FolderNode } from './feed-tree.ts';

export interface FeedActions {
  addFeed: (folderId: FolderId | null) => void;
  newFolder: (parentId: FolderId | null) => void;
  renameFeed: (feed: Feed) => void;
  moveFeed: (feed: Feed) => void;
  editFeed: (feed: Feed) => void;
  unsubscribe: (feed: Feed) => void;
  syncFeeds: (ids: SourceId[]) => void;
  renameFolder: (folder: Folder) => void;
  deleteFolder: (folder: Folder) => void;
  importOpml: () => void;
  exportOpml: () => void;
}

export function feedMenu(feed: Feed, actions: FeedActions): MenuEntry[] {
  return [
    {
      label: 'Sync this feed',
      testId: 'menu-sync-feed',
      onSelect: () => actions.syncFeeds([feed.id]),
    },
    'separator',
    { label: 'Rename…', testId: 'menu-rename-feed', onSelect: () => actions.renameFeed(feed) },
    { label: 'Move to folder…', testId: 'menu-move-feed', onSelect: () => actions.moveFeed(feed) },
    {
      label: 'Feed settings…',
      testId: 'menu-feed-settings',
      onSelect: () => actions.editFeed(feed),
    },
    'separator',
    {
      label: 'Unsubscribe…',
      testId: 'menu-unsubscribe',
      danger: true,
      onSelect: () => actions.unsubscribe(feed),
    },
  ];
}

export function folderMenu(node: FolderNode, actions: FeedActions): MenuEntry[] {
  const { folder } = node;
  return [
    {
      label: 'Sync this folder',
      testId: 'menu-sync-folder',
      disabled: node.feedIds.length === 0,
      onSelect: () => actions.syncFeeds(node.feedIds),
    },
    'separator',
    {
      label: 'Add feed here…',
      testId: 'menu-add-feed-here',
      onSelect: () => actions.addFeed(folder.id),
    },
    {
      label: 'New subfolder…',
      testId: 'menu-new-subfolder',
      onSelect: () => actions.newFolder(folder.id),
    },
    {
      label: 'Rename folder…',
      testId: 'menu-rename-folder',
      onSelect: () => actions.renameFolder(folder),
    },
    'separator',
    {
      label: 'Delete folder…',
      testId: 'menu-delete-folder',
      danger: true,
      onSelect: () => actions.deleteFolder(folder),
    },
  ];
}

export function feedListMenu(actions: FeedActions, canExport: boolean): MenuEntry[] {
  return [
    { label: 'Add feed…', testId: 'menu-add-feed', onSelect: () => actions.addFeed(null) },
    { label: 'New folder…', testId: 'menu-new-folder', onSelect: () => actions.newFolder(null) },
    'separator',
    {
      label: 'Import subscriptions (OPML)…',
      testId: 'menu-import-opml',
      onSelect: actions.importOpml,
    },
    {
      label: 'Export subscriptions (OPML)…',
      testId: 'menu-export-opml',
      disabled: !canExport,
      onSelect: actions.exportOpml,
    },
  ];
}
