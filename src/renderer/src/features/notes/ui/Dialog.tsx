/**
 * A modal dialog on the native <dialog> element: focus moves into it and stays there, Escape
 * closes it, and focus returns to where it was when it closes.
 */
import { useEffect, useRef, type ReactNode } from 'react';

export interface DialogProps {
  open: boolean;
  title: string;
  onClose: () => void;
  children: ReactNode;
  /** The buttons along the bottom. */
  actions: ReactNode;
  /** A form submitted by Enter: the dialog's body becomes a <form> calling this. */
  onSubmit?: () => void;
  className?: string;
}

export function Dialog({ open, title, onClose, children, actions, onSubmit, className }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      const previous = document.activeElement as HTMLElement | null;
      dialog.showModal();
      return () => {
        if (dialog.open) dialog.close();
        previous?.focus?.();
      };
    }
  }, [open]);

  const body = (
    <>
      <h2 className="note-dialog__title">{title}</h2>
      <div className="note-dialog__body">{children}</div>
      <div className="note-dialog__actions">{actions}</div>
    </>
  );
  return (
    <dialog
      ref={ref}
      className={`note-dialog${className ? ` ${className}` : ''}`}
      aria-label={title}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      onClick={(event) => event.target === ref.current && onClose()} // a click on the backdrop
    >
      {open &&
        (onSubmit ? (
          <form
            method="dialog"
            onSubmit={(event) => {
              event.preventDefault();
              onSubmit();
            }}
          >
            {body}
          </form>
        ) : (
          body
        ))}
    </dialog>
  );
}
