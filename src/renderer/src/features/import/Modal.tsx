/**
 * A modal dialog on the native <dialog> element: it traps focus, closes on Escape, and gives the
 * focus back to what had it. Used for pasting, confirming a deletion and editing article details.
 */
import { useEffect, useId, useRef, type ReactNode } from 'react';
import './import.css';

export interface ModalProps {
  title: string;
  children: ReactNode;
  actions?: ReactNode;
  onClose: () => void;
  /** Wider layout for forms. */
  wide?: boolean;
  /** Extra props for the <dialog>, e.g. a paste handler. */
  onPaste?: (event: React.ClipboardEvent<HTMLDialogElement>) => void;
}

export function Modal({ title, children, actions, onClose, wide, onPaste }: ModalProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    const previous = document.activeElement as HTMLElement | null;
    if (dialog && !dialog.open) dialog.showModal();
    return () => previous?.focus?.();
  }, []);
  return (
    <dialog
      ref={ref}
      className={`qb-modal${wide ? ' qb-modal--wide' : ''}`}
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      onMouseDown={(event) => event.target === ref.current && onClose()}
      onPaste={onPaste}
    >
      <div className="qb-modal__body">
        <h2 id={titleId} className="qb-modal__title">
          {title}
        </h2>
        {children}
        {actions && <div className="qb-modal__actions">{actions}</div>}
      </div>
    </dialog>
  );
}
