// The buttons at the bottom of a dialog: Cancel, and the one that does what the dialog is for.
interface DialogActionsProps {
  submitLabel: string;
  busy?: boolean;
  danger?: boolean;
  onCancel: () => void;
  cancelLabel?: string;
  /** When false, only the cancel button is shown (it then reads "Close"). */
  canSubmit?: boolean;
}

export function DialogActions({
  submitLabel,
  busy = false,
  danger = false,
  onCancel,
  cancelLabel = 'Cancel',
  canSubmit = true,
}: DialogActionsProps) {
  return (
    <div className="dialog__actions">
      <button type="button" className="button" onClick={onCancel}>
        {cancelLabel}
      </button>
      {canSubmit ? (
        <button
          type="submit"
          className={danger ? 'button button--danger' : 'button button--primary'}
          disabled={busy}
        >
          {submitLabel}
        </button>
      ) : null}
    </div>
  );
}
