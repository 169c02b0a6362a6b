/**
 * The command palette (Ctrl/Cmd+K) and the shortcut list (?), drawn over the window as modal
 * dialogs (ui/Modal: focus stays inside, Escape closes, focus returns where it was).
 */
import { useEffect, useState } from 'react';
import { isTypingTarget } from '../ui/useWindowShortcuts';
import { onOverlayRequest, type Overlay } from './commandLayer';
import { Modal } from '../ui/Modal';
import { lazyComponent } from '../ui/lazyComponent';

// Drawn only when asked for: loaded on first use (or in idle time after start), not with the first screen.
const CommandPalette = lazyComponent(() => import('./CommandPalette').then((m) => m.CommandPalette));
const ShortcutHelp = lazyComponent(() => import('./ShortcutHelp').then((m) => m.ShortcutHelp));

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
      <Modal bare title="Command palette" className="overlay-dialog overlay-dialog--palette" onClose={close}>
        <CommandPalette onClose={close} />
      </Modal>
    );
  }
  if (open === 'shortcuts') {
    return (
      <Modal bare title="Keyboard shortcuts" className="overlay-dialog overlay-dialog--help" onClose={close}>
        <header className="overlay-dialog__header">
          <h2 className="overlay-dialog__title">Keyboard shortcuts</h2>
          <button type="button" className="button button--small" onClick={close}>
            Close
          </button>
        </header>
        <ShortcutHelp />
      </Modal>
    );
  }
  return null;
}
