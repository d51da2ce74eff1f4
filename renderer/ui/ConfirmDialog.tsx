// A dialog that asks before doing something that cannot be undone: unsubscribe, delete a folder.
import type { ReactNode } from 'react';
import { Dialog } from './Dialog.tsx';
import { DialogActions } from './DialogActions.tsx';
import { DialogError } from './DialogError.tsx';
import { useAsyncAction } from './useAsyncAction.ts';

interface ConfirmDialogProps {
  title: string;
  message: ReactNode;
  confirmLabel: string;
  testId: string;
  onConfirm: () => Promise<unknown>;
  onClose: () => void;
}

export function ConfirmDialog({
  title,
  message,
  confirmLabel,
  testId,
  onConfirm,
  onClose,
}: ConfirmDialogProps) {
  const action = useAsyncAction();
  const confirm = () => {
    void action.run(onConfirm).then((ok) => {
      if (ok) onClose();
    });
  };
  return (
    <Dialog
      title={title}
      testId={testId}
      description={message}
      onSubmit={confirm}
      onClose={onClose}
    >
      <DialogError message={action.error} />
      <DialogActions submitLabel={confirmLabel} danger busy={action.busy} onCancel={onClose} />
    </Dialog>
  );
}
