// "Add feed": a site or feed address and an optional folder; says while it looks, then what it found.
import { useEffect, useId, useRef, useState } from 'react';
import type { Feed, Folder, FolderId } from '../../../shared/feeds.ts';
import { Dialog } from '../../ui/Dialog.tsx';
import { DialogActions } from '../../ui/DialogActions.tsx';
import { DialogError } from '../../ui/DialogError.tsx';
import { FolderSelect } from './FolderSelect.tsx';
import { useAddFeed } from './useAddFeed.ts';

interface AddFeedDialogProps {
  folders: Folder[];
  initialFolderId: FolderId | null;
  onAdded: (feed: Feed) => void;
  /** "You already follow …": show that feed. */
  onShow: (feed: Feed) => void;
  onClose: () => void;
}

export function AddFeedDialog({
  folders,
  initialFolderId,
  onAdded,
  onShow,
  onClose,
}: AddFeedDialogProps) {
  const [url, setUrl] = useState('');
  const [folderId, setFolderId] = useState<FolderId | null>(initialFolderId);
  const { status, submit, reset } = useAddFeed(onAdded);
  const urlId = useId();
  const hintId = useId();
  const errorId = useId();
  const folderFieldId = useId();
  const looking = status.kind === 'looking';
  const problem = status.kind === 'invalid' || status.kind === 'failed' ? status.message : null;
  const input = useRef<HTMLInputElement>(null);
  // Back to the address after a problem, so it can be corrected at once.
  useEffect(() => {
    if (problem) input.current?.focus();
  }, [problem]);

  return (
    <Dialog
      title="Add a feed"
      testId="add-feed-dialog"
      onSubmit={() => {
        if (status.kind === 'already') onShow(status.feed);
        else if (!looking) submit(url, folderId);
      }}
      onClose={onClose}
    >
      <div className="field">
        <label className="field__label" htmlFor={urlId}>
          Site or feed address
        </label>
        <input
          ref={input}
          id={urlId}
          className="input"
          type="text"
          inputMode="url"
          placeholder="example.org or https://example.org/feed.xml"
          autoComplete="off"
          autoCapitalize="off"
          spellCheck={false}
          value={url}
          readOnly={looking}
          data-autofocus
          data-testid="add-feed-url"
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? `${errorId} ${hintId}` : hintId}
          onChange={(event) => {
            setUrl(event.target.value);
            if (status.kind !== 'idle' && !looking) reset();
          }}
        />
        <span className="field__hint" id={hintId}>
          A site’s address is enough: Outpost finds the feed it announces.
        </span>
      </div>
      <div className="field">
        <label className="field__label" htmlFor={folderFieldId}>
          Folder
        </label>
        <FolderSelect
          id={folderFieldId}
          folders={folders}
          value={folderId}
          onChange={setFolderId}
          disabled={looking}
          testId="add-feed-folder"
        />
      </div>
      <p className="dialog__status" role="status" data-testid="add-feed-status">
        {looking ? (
          <>
            <span className="spinner" aria-hidden="true" />
            Looking for the feed…
          </>
        ) : null}
      </p>
      <p className="dialog__note" role="status" data-testid="add-feed-already">
        {status.kind === 'already' ? `You already follow “${status.feed.title}”.` : null}
      </p>
      <DialogError message={problem} id={errorId} />
      <DialogActions
        submitLabel={status.kind === 'already' ? 'Show it' : looking ? 'Adding…' : 'Add feed'}
        busy={looking}
        onCancel={onClose}
      />
    </Dialog>
  );
}
