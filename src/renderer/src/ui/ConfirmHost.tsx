/**
 * Asking before a destructive action from code that is not a component (a command, a quote
 * action): `askToConfirm` shows one modal and resolves true (confirmed) or false (cancelled,
 * Escape, backdrop). The host is mounted once by the app.
 */
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { Modal } from './Modal';

export interface ConfirmRequest {
  title: string;
  body: ReactNode;
  /** The label of the button that goes ahead, e.g. "Delete quote". */
  confirmLabel: string;
}

type Pending = ConfirmRequest & { answer: (yes: boolean) => void };
let show: ((request: Pending) => void) | null = null;

/** Shows the question; resolves false at once when no host is mounted (nothing is done unasked). */
export function askToConfirm(request: ConfirmRequest): Promise<boolean> {
  return new Promise((resolve) => {
    if (!show) return resolve(false);
    show({ ...request, answer: resolve });
  });
}

export function ConfirmHost() {
  const [pending, setPending] = useState<Pending | null>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    show = (request) =>
      setPending((current) => {
        current?.answer(false); // a second question replaces the first, which counts as cancelled
        return request;
      });
    return () => {
      show = null;
    };
  }, []);
  // The safe choice has the focus, so a stray Enter does not delete.
  useEffect(() => {
    if (pending) cancel.current?.focus();
  }, [pending]);
  if (!pending) return null;
  const answer = (yes: boolean) => {
    setPending(null);
    pending.answer(yes);
  };
  return (
    <Modal
      title={pending.title}
      onClose={() => answer(false)}
      actions={
        <>
          <button ref={cancel} type="button" className="button" onClick={() => answer(false)}>
            Cancel
          </button>
          <button type="button" className="button button--danger" onClick={() => answer(true)}>
            {pending.confirmLabel}
          </button>
        </>
      }
    >
      {pending.body}
    </Modal>
  );
}
