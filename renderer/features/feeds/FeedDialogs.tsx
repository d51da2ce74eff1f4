// The open feed or folder dialog, wired to the backend calls that carry it out.
import type { Feed, Folder } from '../../../shared/feeds.ts';
import { ConfirmDialog } from '../../ui/ConfirmDialog.tsx';
import { TextFieldDialog } from '../../ui/TextFieldDialog.tsx';
import { AddFeedDialog } from './AddFeedDialog.tsx';
import type { FeedDialog } from './feed-dialog.ts';
import { folderName } from './feed-tree.ts';
import { FeedSettingsDialog } from './FeedSettingsDialog.tsx';
import { MoveFeedDialog } from './MoveFeedDialog.tsx';
import { UnsubscribeDialog } from './UnsubscribeDialog.tsx';
import type { FeedCommands } from './useFeedCommands.ts';

interface FeedDialogsProps {
  dialog: FeedDialog | null;
  folders: Folder[];
  defaultMinutes: number | null;
  commands: FeedCommands;
  onAdded: (feed: Feed) => void;
  onShow: (feed: Feed) => void;
  onClose: () => void;
}

export function FeedDialogs({
  dialog,
  folders,
  defaultMinutes,
  commands,
  onAdded,
  onShow,
  onClose,
}: FeedDialogsProps) {
  if (!dialog) return null;
  switch (dialog.kind) {
    case 'add':
      return (
        <AddFeedDialog
          folders={folders}
          initialFolderId={dialog.folderId}
          onAdded={onAdded}
          onShow={onShow}
          onClose={onClose}
        />
      );
    case 'rename-feed':
      return (
        <TextFieldDialog
          title="Rename feed"
          label="Name"
          testId="rename-feed-dialog"
          initial={dialog.feed.title}
          maxLength={500}
          emptyMessage="A feed needs a name."
          submitLabel="Rename"
          onSubmit={(title) => commands.updateFeed(dialog.feed.id, { title })}
          onClose={onClose}
        />
      );
    case 'move-feed':
      return (
        <MoveFeedDialog
          feed={dialog.feed}
          folders={folders}
          onMove={(folderId) => commands.updateFeed(dialog.feed.id, { folderId })}
          onClose={onClose}
        />
      );
    case 'feed-settings':
      return (
        <FeedSettingsDialog
          feed={dialog.feed}
          defaultMinutes={defaultMinutes}
          onSave={(patch) => commands.updateFeed(dialog.feed.id, patch)}
          onClose={onClose}
        />
      );
    case 'unsubscribe':
      return (
        <UnsubscribeDialog
          feed={dialog.feed}
          onUnsubscribe={() => commands.removeFeed(dialog.feed)}
          onClose={onClose}
        />
      );
    case 'new-folder': {
      const parent = folderName(folders, dialog.parentId);
      return (
        <TextFieldDialog
          title={parent ? `New folder in “${parent}”` : 'New folder'}
          label="Name"
          testId="new-folder-dialog"
          initial=""
          maxLength={200}
          emptyMessage="A folder needs a name."
          submitLabel="Create"
          onSubmit={(name) => commands.createFolder(name, dialog.parentId)}
          onClose={onClose}
        />
      );
    }
    case 'rename-folder':
      return (
        <TextFieldDialog
          title="Rename folder"
          label="Name"
          testId="rename-folder-dialog"
          initial={dialog.folder.name}
          maxLength={200}
          emptyMessage="A folder needs a name."
          submitLabel="Rename"
          onSubmit={(name) => commands.renameFolder(dialog.folder, name)}
          onClose={onClose}
        />
      );
    case 'delete-folder': {
      const parent = folderName(folders, dialog.folder.parentId);
      return (
        <ConfirmDialog
          title={`Delete the folder “${dialog.folder.name}”?`}
          testId="delete-folder-dialog"
          message={`Its feeds and subfolders move to ${parent ? `“${parent}”` : 'the top level'}; no feed is unsubscribed.`}
          confirmLabel="Delete folder"
          onConfirm={() => commands.deleteFolder(dialog.folder)}
          onClose={onClose}
        />
      );
    }
  }
}
