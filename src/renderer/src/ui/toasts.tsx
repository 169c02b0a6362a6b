/**
 * Non-blocking messages: every failed operation's message is shown here (never only in the
 * console). Errors stay until dismissed; confirmations fade after a few seconds. The same message
 * twice is shown once, with a count.
 */
import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from 'react';
import { IconClose } from './icons';

export type ToastKind = 'error' | 'info';

/** A button on a message, such as "Undo" after a deletion. */
export interface ToastAction {
  label: string;
  run: () => void;
}

interface Toast {
  id: number;
  kind: ToastKind;
  message: string;
  count: number;
  action?: ToastAction;
}

export interface Toasts {
  /** Shows a message; errors stay until dismissed; `action` adds a button (e.g. Undo). */
  notify: (message: string, kind?: ToastKind, action?: ToastAction) => void;
}

const ToastContext = createContext<Toasts>({ notify: () => {} });

/** The app's toasts; use inside <ToastProvider>. */
export const useToasts = (): Toasts => useContext(ToastContext);

const INFO_MS = 5000;
/** A message with an action (Undo) stays longer: the analyst needs time to reach for it. */
const ACTION_MS = 10000;

/** Messages name commands in `backticks`; show those as code. */
export function withCode(message: string): ReactNode[] {
  return message.split('`').map((part, i) => (i % 2 === 1 ? <code key={i}>{part}</code> : part));
}

export function ToastProvider({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<Toast[]>([]);
  const nextId = useRef(1);

  const dismiss = useCallback((id: number) => setToasts((all) => all.filter((toast) => toast.id !== id)), []);

  const notify = useCallback(
    (message: string, kind: ToastKind = 'error', action?: ToastAction) => {
      const id = nextId.current++;
      setToasts((all) => {
        const same = !action && all.find((toast) => toast.message === message && toast.kind === kind && !toast.action);
        if (same) return all.map((toast) => (toast === same ? { ...toast, count: toast.count + 1 } : toast));
        return [...all.slice(-3), { id, kind, message, count: 1, ...(action ? { action } : {}) }];
      });
      if (kind === 'info') window.setTimeout(() => dismiss(id), action ? ACTION_MS : INFO_MS);
    },
    [dismiss],
  );

  const value = useMemo(() => ({ notify }), [notify]);
  return (
    <ToastContext.Provider value={value}>
      {children}
      <div className="toasts" role="region" aria-label="Messages">
        {toasts.map((toast) => (
          <div key={toast.id} className={`toast toast--${toast.kind}`} role={toast.kind === 'error' ? 'alert' : 'status'}>
            <p className="toast__message">
              {withCode(toast.message)}
              {toast.count > 1 && <span className="toast__count"> (×{toast.count})</span>}
            </p>
            {toast.action && (
              <button
                type="button"
                className="button button--small toast__action"
                onClick={() => {
                  dismiss(toast.id);
                  toast.action!.run();
                }}
              >
                {toast.action.label}
              </button>
            )}
            <button type="button" className="icon-button toast__close" aria-label="Dismiss message" onClick={() => dismiss(toast.id)}>
              <IconClose />
            </button>
          </div>
        ))}
      </div>
    </ToastContext.Provider>
  );
}
