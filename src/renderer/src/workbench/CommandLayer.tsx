/**
 * The command palette (Ctrl/Cmd+K) and the shortcut list (?), drawn over the window as modal
 * dialogs (native <dialog>: focus stays inside, Escape closes, focus returns where it was).
 */
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { isTypingTarget } from '../features/reader/readerKeys';
import { CommandPalette } from './CommandPalette';
import { onOverlayRequest, type Overlay } from './commandLayer';
import { ShortcutHelp } from './ShortcutHelp';

function Dialog({ label, className, onClose, children }: { label: string; className: string; onClose: () => void; children: ReactNode }) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    const previous = document.activeElement as HTMLElement | null;
    if (dialog && !dialog.open) dialog.showModal();
    return () => previous?.focus?.();
  }, []);
  return (
    <dialog
      ref={ref}
      className={`overlay-dialog ${className}`}
      aria-label={label}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      onMouseDown={(event) => event.target === ref.current && onClose()}
    >
      {children}
    </dialog>
  );
}

export function CommandLayer() {
  const [open, setOpen] = useState<Overlay | null>(null);

  useEffect(() => onOverlayRequest(setOpen), []);
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'k') {
        event.preventDefault();
        setOpen((current) => (current === 'palette' ? null : 'palette'));
      } else if (event.key === '?' && !event.ctrlKey && !event.metaKey && !event.altKey && !isTypingTarget(event.target)) {
        if (document.querySelector('dialog[open]:not(.overlay-dialog)')) return;
        event.preventDefault();
        setOpen((current) => (current === 'shortcuts' ? null : 'shortcuts'));
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  const close = () => setOpen(null);
  if (open === 'palette') {
    return (
      <Dialog label="Command palette" className="overlay-dialog--palette" onClose={close}>
        <CommandPalette onClose={close} />
      </Dialog>
    );
  }
  if (open === 'shortcuts') {
    return (
      <Dialog label="Keyboard shortcuts" className="overlay-dialog--help" onClose={close}>
        <header className="overlay-dialog__header">
          <h2 className="overlay-dialog__title">Keyboard shortcuts</h2>
          <button type="button" className="button button--small" onClick={close}>
            Close
          </button>
        </header>
        <ShortcutHelp />
      </Dialog>
    );
  }
  return null;
}
