// The sidebar's tree of subscriptions: folders nested by parent, feeds in their folder, local and archived sources apart.
import type { Feed, Folder, FolderId } from '../../../shared/feeds.ts';
import type { Source, SourceId } from '../../../shared/model.ts';

export interface FeedNode {
  id: SourceId;
  title: string;
  unread: number;
  error: string | null;
  /** Settings and health; missing for a moment while the two lists catch up with each other. */
  feed: Feed | null;
}

export interface FolderNode {
  folder: Folder;
  folders: FolderNode[];
  feeds: FeedNode[];
  /** Unread articles in the folder and all its subfolders. */
  unread: number;
  /** Every feed in the folder and its subfolders, for "Sync this folder". */
  feedIds: SourceId[];
}

export interface FeedTree {
  folders: FolderNode[];
  /** Feeds in no folder. */
  feeds: FeedNode[];
  local: Source[];
  archived: Source[];
  /** Subscribed feeds, whatever their folder. */
  feedCount: number;
}

const byName = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

export function buildFeedTree(sources: Source[], feeds: Feed[], folders: Folder[]): FeedTree {
  const feedsById = new Map(feeds.map((feed) => [feed.id, feed]));
  const folderIds = new Set(folders.map((folder) => folder.id));
  const feedsIn = new Map<FolderId | null, FeedNode[]>();
  const local: Source[] = [];
  const archived: Source[] = [];
  let feedCount = 0;

  for (const source of sources) {
    if (source.kind === 'local') local.push(source);
    else if (source.archived) archived.push(source);
    else {
      const feed = feedsById.get(source.id) ?? null;
      // A feed whose folder is gone (deleted elsewhere a moment ago) shows at the top level.
      const folderId =
        source.folderId !== null && folderIds.has(source.folderId) ? source.folderId : null;
      const list = feedsIn.get(folderId) ?? [];
      list.push({
        id: source.id,
        title: source.title,
        unread: source.unreadCount,
        error: source.error ?? feed?.health.lastError ?? null,
        feed,
      });
      feedsIn.set(folderId, list);
      feedCount += 1;
    }
  }

  const childrenOf = new Map<FolderId | null, Folder[]>();
  for (const folder of folders) {
    const parent =
      folder.parentId !== null && folderIds.has(folder.parentId) ? folder.parentId : null;
    childrenOf.set(parent, [...(childrenOf.get(parent) ?? []), folder]);
  }

  const build = (folder: Folder, seen: Set<FolderId>): FolderNode => {
    // A cycle in the data must not hang the window: a folder is never its own ancestor here.
    const nextSeen = new Set(seen).add(folder.id);
    const children = sortFolders(childrenOf.get(folder.id) ?? [])
      .filter((child) => !nextSeen.has(child.id))
      .map((child) => build(child, nextSeen));
    const own = sortFeeds(feedsIn.get(folder.id) ?? []);
    return {
      folder,
      folders: children,
      feeds: own,
      unread:
        own.reduce((sum, node) => sum + node.unread, 0) +
        children.reduce((sum, node) => sum + node.unread, 0),
      feedIds: [...own.map((node) => node.id), ...children.flatMap((node) => node.feedIds)],
    };
  };

  return {
    folders: sortFolders(childrenOf.get(null) ?? []).map((folder) => build(folder, new Set())),
    feeds: sortFeeds(feedsIn.get(null) ?? []),
    local,
    archived: [...archived].sort((a, b) => byName.compare(a.title, b.title)),
    feedCount,
  };
}

function sortFolders(folders: Folder[]): Folder[] {
  return [...folders].sort((a, b) => byName.compare(a.name, b.name));
}

function sortFeeds(feeds: FeedNode[]): FeedNode[] {
  return [...feeds].sort((a, b) => byName.compare(a.title, b.title));
}

/** The folder's node anywhere in the tree, or null when there is no such folder. */
export function findFolderNode(nodes: FolderNode[], id: FolderId): FolderNode | null {
  for (const node of nodes) {
    if (node.folder.id === id) return node;
    const found = findFolderNode(node.folders, id);
    if (found) return found;
  }
  return null;
}

export interface FolderOption {
  id: FolderId;
  /** Indented by depth, for a <select> that cannot indent on its own. */
  label: string;
  name: string;
}

/** Folders in tree order, for pickers ("Move to folder", "Add feed"). */
export function folderOptions(folders: Folder[]): FolderOption[] {
  const tree = buildFeedTree([], [], folders);
  const options: FolderOption[] = [];
  const walk = (nodes: FolderNode[], depth: number) => {
    for (const node of nodes) {
      options.push({
        id: node.folder.id,
        label: `${'\u2003'.repeat(depth)}${node.folder.name}`,
        name: node.folder.name,
      });
      walk(node.folders, depth + 1);
    }
  };
  walk(tree.folders, 0);
  return options;
}

export function folderName(folders: Folder[], id: FolderId | null): string | null {
  if (id === null) return null;
  return folders.find((folder) => folder.id === id)?.name ?? null;
}
