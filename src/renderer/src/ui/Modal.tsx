/**
 * The app's one modal dialog, on the native <dialog> element opened with showModal(): it is named
 * by its title (a heading with a unique id, or an aria-label for a `bare` dialog), focus moves
 * into it on open, Tab and Shift+Tab wrap inside it, Escape closes it, a press on the backdrop
 * closes it (unless `closeOnBackdrop` is false), and the focus goes back to the opener on close.
 * With `onSubmit` its body (children and actions) is a <form>: Enter or a submit button calls it.
 * Styles: modal.css (the `qb-modal` block).
 */
import { useEffect, useId, useRef, type ClipboardEvent, type KeyboardEvent, type MouseEvent, type ReactNode } from 'react';

export interface ModalProps {
  /** The dialog's accessible name, shown as its heading unless `bare`. */
  title: string;
  children: ReactNode;
  /** Buttons shown at the foot of the dialog, right-aligned. */
  actions?: ReactNode;
  onClose: () => void;
  /** Wider layout for forms. */
  wide?: boolean;
  /** No heading, body or action row: the children lay the dialog out; `title` only names it. */
  bare?: boolean;
  /** Extra classes for the <dialog>, e.g. a size or a feature's look. */
  className?: string;
  /** Whether a press on the backdrop closes the dialog (default true). */
  closeOnBackdrop?: boolean;
  onPaste?: (event: ClipboardEvent<HTMLDialogElement>) => void;
  /** Makes the body, actions included, a form submitted by Enter or a submit button (the page is not reloaded). Not for `bare` dialogs. */
  onSubmit?: () => void;
}

const FOCUSABLE = 'a[href], button, input, select, textarea, summary, [contenteditable="true"], [tabindex]';

/** What Tab can reach inside `root`, in order. */
function tabbables(root: HTMLElement): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
    (el) => el.tabIndex >= 0 && !el.matches(':disabled') && !el.closest('[inert]') && el.getClientRects().length > 0,
  );
}

export function Modal({ title, children, actions, onClose, wide, bare, className, closeOnBackdrop = true, onPaste, onSubmit }: ModalProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = ref.current;
    const opener = document.activeElement as HTMLElement | null;
    if (dialog && !dialog.open) dialog.showModal();
    return () => opener?.focus?.();
  }, []);

  const onKeyDown = (event: KeyboardEvent<HTMLDialogElement>) => {
    const dialog = ref.current;
    if (event.key !== 'Tab' || !dialog || event.defaultPrevented) return;
    const inside = tabbables(dialog);
    const first = inside[0];
    const last = inside[inside.length - 1];
    if (!first || !last) {
      event.preventDefault();
      dialog.focus();
    } else if (event.shiftKey && (document.activeElement === first || !dialog.contains(document.activeElement) || document.activeElement === dialog)) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  };

  // A press on the ::backdrop targets the <dialog> itself, outside its box.
  const onMouseDown = (event: MouseEvent<HTMLDialogElement>) => {
    const dialog = ref.current;
    if (!closeOnBackdrop || !dialog || event.target !== dialog) return;
    const box = dialog.getBoundingClientRect();
    const outside = event.clientX < box.left || event.clientX > box.right || event.clientY < box.top || event.clientY > box.bottom;
    if (outside) onClose();
  };

  const body = (
    <>
      <h2 id={titleId} className="qb-modal__title">
        {title}
      </h2>
      {children}
      {actions && <div className="qb-modal__actions">{actions}</div>}
    </>
  );
  const classes = ['qb-modal', wide && 'qb-modal--wide', className].filter(Boolean).join(' ');
  return (
    <dialog
      ref={ref}
      className={classes}
      aria-modal="true"
      {...(bare ? { 'aria-label': title } : { 'aria-labelledby': titleId })}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      onKeyDown={onKeyDown}
      onMouseDown={onMouseDown}
      onPaste={onPaste}
    >
      {bare ? (
        children
      ) : onSubmit ? (
        <form
          className="qb-modal__body"
          onSubmit={(event) => {
            event.preventDefault();
            onSubmit();
          }}
        >
          {body}
        </form>
      ) : (
        <div className="qb-modal__body">{body}</div>
      )}
    </dialog>
  );
}
