// A modal dialog on the native <dialog>: focus trapped and restored, Escape closes, the form submits on Enter.
import { useEffect, useId, useLayoutEffect, useRef } from 'react';
import type { FormEvent, ReactNode } from 'react';
import './dialog.css';

interface DialogProps {
  title: string;
  testId: string;
  /** Buttons and fields; the dialog's body is a form, so Enter in a field submits it. */
  children: ReactNode;
  onSubmit: () => void;
  onClose: () => void;
  /** A sentence under the title that says what the dialog is about. */
  description?: ReactNode;
  wide?: boolean;
}

export function Dialog({
  title,
  testId,
  children,
  onSubmit,
  onClose,
  description,
  wide = false,
}: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const descriptionId = useId();
  const close = useRef(onClose);
  useEffect(() => {
    close.current = onClose;
  }, [onClose]);

  useLayoutEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    dialog.showModal();
    // React's autoFocus runs before showModal, which then moves focus; say where it belongs.
    dialog.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    const onNativeClose = () => close.current();
    dialog.addEventListener('close', onNativeClose);
    return () => {
      dialog.removeEventListener('close', onNativeClose);
      if (dialog.open) dialog.close();
      // The opener may be gone (an unsubscribed feed's row); then focus stays where it fell.
      if (
        opener?.isConnected &&
        (!document.activeElement || document.activeElement === document.body)
      ) {
        opener.focus();
      }
    };
  }, []);

  const submit = (event: FormEvent) => {
    // The CSP has form-action 'none': the form never navigates, it only gathers the fields.
    event.preventDefault();
    onSubmit();
  };

  return (
    <dialog
      ref={ref}
      className={wide ? 'dialog dialog--wide' : 'dialog'}
      aria-labelledby={titleId}
      aria-describedby={description ? descriptionId : undefined}
      data-testid={testId}
    >
      <form className="dialog__form" noValidate onSubmit={submit}>
        <h2 className="dialog__title" id={titleId}>
          {title}
        </h2>
        {description ? (
          <p className="dialog__description" id={descriptionId}>
            {description}
          </p>
        ) : null}
        {children}
      </form>
    </dialog>
  );
}
