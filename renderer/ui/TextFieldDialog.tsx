// A dialog asking for one name: rename a feed or a folder, name a new folder or a saved search.
import { useId, useState } from 'react';
import { Dialog } from './Dialog.tsx';
import { DialogActions } from './DialogActions.tsx';
import { DialogError } from './DialogError.tsx';
import { useAsyncAction } from './useAsyncAction.ts';

interface TextFieldDialogProps {
  title: string;
  label: string;
  initial: string;
  submitLabel: string;
  testId: string;
  maxLength: number;
  /** Said when the field is left empty. */
  emptyMessage: string;
  description?: string;
  /** Submit the initial value as is (a suggested name), rather than take it as "nothing changed". */
  submitUnchanged?: boolean;
  onSubmit: (value: string) => Promise<unknown>;
  onClose: () => void;
}

export function TextFieldDialog({
  title,
  label,
  initial,
  submitLabel,
  testId,
  maxLength,
  emptyMessage,
  description,
  submitUnchanged = false,
  onSubmit,
  onClose,
}: TextFieldDialogProps) {
  const [value, setValue] = useState(initial);
  const action = useAsyncAction();
  const fieldId = useId();
  const errorId = useId();

  const submit = () => {
    const trimmed = value.trim();
    if (!trimmed) {
      action.setError(emptyMessage);
      return;
    }
    if (!submitUnchanged && trimmed === initial.trim()) {
      onClose();
      return;
    }
    void action
      .run(() => onSubmit(trimmed))
      .then((ok) => {
        if (ok) onClose();
      });
  };

  return (
    <Dialog
      title={title}
      testId={testId}
      description={description}
      onSubmit={submit}
      onClose={onClose}
    >
      <div className="field">
        <label className="field__label" htmlFor={fieldId}>
          {label}
        </label>
        <input
          id={fieldId}
          className="input"
          type="text"
          value={value}
          maxLength={maxLength}
          autoComplete="off"
          spellCheck={false}
          data-autofocus
          aria-invalid={action.error ? true : undefined}
          aria-describedby={action.error ? errorId : undefined}
          onChange={(event) => {
            setValue(event.target.value);
            if (action.error) action.setError(null);
          }}
          onFocus={(event) => event.currentTarget.select()}
        />
      </div>
      <DialogError message={action.error} id={errorId} />
      <DialogActions submitLabel={submitLabel} busy={action.busy} onCancel={onClose} />
    </Dialog>
  );
}
