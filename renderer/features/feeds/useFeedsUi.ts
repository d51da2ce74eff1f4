// Everything the window needs for subscriptions: the tree, the open dialog, the actions menus offer, OPML.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Feed, Folder, SyncOptions } from '../../../shared/feeds.ts';
import type { Source, SourceId } from '../../../shared/model.ts';
import { useOpml } from '../opml/useOpml.ts';
import type { OpmlState } from '../opml/useOpml.ts';
import type { Place } from '../sidebar/place.ts';
import type { FeedActions } from './feed-actions.ts';
import type { FeedDialog } from './feed-dialog.ts';
import { buildFeedTree, findFolderNode } from './feed-tree.ts';
import type { FeedTree, FolderNode } from './feed-tree.ts';
import { folderKey, useDisclosure } from './useDisclosure.ts';
import type { DisclosureState } from './useDisclosure.ts';
import { useFeedCommands } from './useFeedCommands.ts';
import type { FeedCommands } from './useFeedCommands.ts';
import { useSubscriptions } from './useSubscriptions.ts';

interface FeedsUiOptions {
  sources: Source[];
  place: Place;
  goTo: (place: Place) => void;
  startSync: (options?: SyncOptions) => void;
  onError: (error: unknown) => void;
}

export interface FeedsUi {
  tree: FeedTree;
  feeds: Feed[];
  folders: Folder[];
  disclosure: DisclosureState;
  dialog: FeedDialog | null;
  closeDialog: () => void;
  commands: FeedCommands;
  actions: FeedActions;
  opml: OpmlState;
  /** The selected place when it is a subscribed feed. */
  selectedFeed: Feed | null;
  /** The selected place when it is a folder. */
  selectedFolder: FolderNode | null;
  /** The latest successful update of any feed. */
  lastUpdated: string | null;
  onAdded: (feed: Feed) => void;
  onShow: (feed: Feed) => void;
}

export function useFeedsUi(options: FeedsUiOptions): FeedsUi {
  const { sources, place, goTo, startSync, onError } = options;
  const { feeds, folders, loaded } = useSubscriptions(onError);
  const tree = useMemo(() => buildFeedTree(sources, feeds, folders), [sources, feeds, folders]);
  const disclosure = useDisclosure();
  const [dialog, setDialog] = useState<FeedDialog | null>(null);
  const closeDialog = useCallback(() => setDialog(null), []);

  // Menus and dialogs call back long after the render that made them: read the present.
  const latest = useRef({ place, goTo });
  useEffect(() => {
    latest.current = { place, goTo };
  });

  const onRemoved = useCallback((id: SourceId) => {
    const { place: current, goTo: go } = latest.current;
    if (current.kind === 'source' && current.sourceId === id) go({ kind: 'view', view: 'all' });
  }, []);
  const commands = useFeedCommands(onRemoved);
  const opml = useOpml(onError);
  const { pick, exportFile } = opml;

  const actions = useMemo<FeedActions>(
    () => ({
      addFeed: (folderId) => setDialog({ kind: 'add', folderId }),
      newFolder: (parentId) => setDialog({ kind: 'new-folder', parentId }),
      renameFeed: (feed) => setDialog({ kind: 'rename-feed', feed }),
      moveFeed: (feed) => setDialog({ kind: 'move-feed', feed }),
      editFeed: (feed) => setDialog({ kind: 'feed-settings', feed }),
      unsubscribe: (feed) => setDialog({ kind: 'unsubscribe', feed }),
      syncFeeds: (ids) => startSync({ feedIds: ids }),
      renameFolder: (folder) => setDialog({ kind: 'rename-folder', folder }),
      deleteFolder: (folder) => setDialog({ kind: 'delete-folder', folder }),
      importOpml: pick,
      exportOpml: () => void exportFile(),
    }),
    [startSync, pick, exportFile],
  );

  const show = useCallback(
    (feed: Feed) => {
      setDialog(null);
      // The new feed must be visible where it lands.
      if (feed.folderId !== null) disclosure.setOpen(folderKey(feed.folderId), true);
      latest.current.goTo({ kind: 'source', sourceId: feed.id });
    },
    [disclosure],
  );

  const onAdded = useCallback(
    (feed: Feed) => {
      show(feed);
      startSync({ feedIds: [feed.id] });
    },
    [show, startSync],
  );

  const selectedFeed =
    place.kind === 'source' ? (feeds.find((feed) => feed.id === place.sourceId) ?? null) : null;
  const selectedFolder =
    place.kind === 'folder' ? findFolderNode(tree.folders, place.folderId) : null;

  // The selected folder was deleted (here or in another window): nothing is left to show there.
  const folderGone = loaded && place.kind === 'folder' && selectedFolder === null;
  useEffect(() => {
    if (folderGone) latest.current.goTo({ kind: 'view', view: 'all' });
  }, [folderGone]);

  const lastUpdated = useMemo(
    () =>
      feeds.reduce<string | null>((latestAt, feed) => {
        const at = feed.health.lastSuccessAt;
        return at && (!latestAt || Date.parse(at) > Date.parse(latestAt)) ? at : latestAt;
      }, null),
    [feeds],
  );

  return {
    tree,
    feeds,
    folders,
    disclosure,
    dialog,
    closeDialog,
    commands,
    actions,
    opml,
    selectedFeed,
    selectedFolder,
    lastUpdated,
    onAdded,
    onShow: show,
  };
}
