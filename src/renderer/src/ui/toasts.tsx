/**
 * Non-blocking messages: every failed operation's message is shown here (never only in the
 * console). Confirmations fade after a few seconds; errors stay longer, long enough to read twice,
 * and not while the pointer or the keyboard focus is on them. The same message twice is shown
 * once, with a count (and its time starts again).
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
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
  /** How long it stays once shown (again). */
  ms: number;
  /** Bumped when the same message comes again, which restarts its time. */
  shownAt: number;
}

export interface Toasts {
  /** Shows a message (errors stay longer than confirmations); `action` adds a button (e.g. Undo). */
  notify: (message: string, kind?: ToastKind, action?: ToastAction) => void;
}

const ToastContext = createContext<Toasts>({ notify: () => {} });

/** The app's toasts; use inside <ToastProvider>. */
export const useToasts = (): Toasts => useContext(ToastContext);

const INFO_MS = 5000;
/** Errors stay long enough to read twice and act on; an old error must not outlive its cause. */
export const ERROR_MS = 20000;
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
        if (same) return all.map((toast) => (toast === same ? { ...toast, count: toast.count + 1, shownAt: toast.shownAt + 1 } : toast));
        const ms = kind === 'error' ? ERROR_MS : action ? ACTION_MS : INFO_MS;
        return [...all.slice(-3), { id, kind, message, count: 1, ms, shownAt: 0, ...(action ? { action } : {}) }];
      });
    },
    [],
  );

  const value = useMemo(() => ({ notify }), [notify]);
  return (
    <ToastContext.Provider value={value}>
      {children}
      <div className="toasts" role="region" aria-label="Messages">
        {toasts.map((toast) => (
          <TimedToast key={toast.id} toast={toast} onExpire={dismiss}>
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
          </TimedToast>
        ))}
      </div>
    </ToastContext.Provider>
  );
}

/** One message, closing itself after its time unless the pointer or the focus is on it. */
function TimedToast({ toast, onExpire, children }: { toast: Toast; onExpire: (id: number) => void; children: ReactNode }) {
  const [held, setHeld] = useState({ pointer: false, focus: false });
  const paused = held.pointer || held.focus;
  useEffect(() => {
    if (paused) return;
    const timer = window.setTimeout(() => onExpire(toast.id), toast.ms);
    return () => window.clearTimeout(timer);
  }, [paused, toast.id, toast.ms, toast.shownAt, onExpire]);
  return (
    <div
      className={`toast toast--${toast.kind}`}
      role={toast.kind === 'error' ? 'alert' : 'status'}
      onPointerEnter={() => setHeld((h) => ({ ...h, pointer: true }))}
      onPointerLeave={() => setHeld((h) => ({ ...h, pointer: false }))}
      onFocus={() => setHeld((h) => ({ ...h, focus: true }))}
      onBlur={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setHeld((h) => ({ ...h, focus: false }));
      }}
    >
      {children}
    </div>
  );
}
