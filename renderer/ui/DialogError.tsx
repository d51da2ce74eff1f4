// The line under a dialog's fields that says what went wrong, announced when it appears.
/** A problem with what was entered or what the backend answered, read out when it appears. */
export function DialogError({ message, id }: { message: string | null; id?: string }) {
  return (
    <p className="dialog__error" role="alert" id={id} data-testid="dialog-error">
      {message}
    </p>
  );
}
