// "Move to folder": pick the folder a feed belongs in, or none.
import { useId, useState } from 'react';
import type { Feed, Folder, FolderId } from '../../../shared/feeds.ts';
import { Dialog } from '../../ui/Dialog.tsx';
import { DialogActions } from '../../ui/DialogActions.tsx';
import { DialogError } from '../../ui/DialogError.tsx';
import { useAsyncAction } from '../../ui/useAsyncAction.ts';
import { FolderSelect } from './FolderSelect.tsx';

interface MoveFeedDialogProps {
  feed: Feed;
  folders: Folder[];
  onMove: (folderId: FolderId | null) => Promise<unknown>;
  onClose: () => void;
}

export function MoveFeedDialog({ feed, folders, onMove, onClose }: MoveFeedDialogProps) {
  const [folderId, setFolderId] = useState<FolderId | null>(feed.folderId);
  const action = useAsyncAction();
  const fieldId = useId();
  const submit = () => {
    if (folderId === feed.folderId) {
      onClose();
      return;
    }
    void action
      .run(() => onMove(folderId))
      .then((ok) => {
        if (ok) onClose();
      });
  };
  return (
    <Dialog
      title={`Move “${feed.title}”`}
      testId="move-feed-dialog"
      onSubmit={submit}
      onClose={onClose}
    >
      <div className="field">
        <label className="field__label" htmlFor={fieldId}>
          Folder
        </label>
        <FolderSelect
          id={fieldId}
          folders={folders}
          value={folderId}
          onChange={setFolderId}
          testId="move-feed-folder"
        />
      </div>
      <DialogError message={action.error} />
      <DialogActions submitLabel="Move" busy={action.busy} onCancel={onClose} />
    </Dialog>
  );
}
