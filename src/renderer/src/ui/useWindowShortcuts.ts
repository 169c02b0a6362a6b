/**
 * Single-key shortcuts that work anywhere in the window (the reader's Q, J, K…, the suggestions'
 * Enter and Delete), except while the analyst is typing in a field, holds Ctrl/Cmd/Alt, or a
 * dialog owns the keyboard.
 */
import { useEffect, useRef } from 'react';

/** True when keys typed at `target` are text (a field, an editor), not shortcuts. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  return target.closest('input, textarea, select, [role="combobox"], [contenteditable="true"]') !== null;
}

/**
 * Installs a window keydown listener while mounted. `pick` returns the action for a key press, or
 * null to leave the key alone; it is read afresh on every press, so it may close over current state.
 */
export function useWindowShortcuts(pick: (event: KeyboardEvent) => (() => void) | null): void {
  const latest = useRef(pick);
  useEffect(() => {
    latest.current = pick;
  });
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || isTypingTarget(event.target)) return;
      // A dialog (palette, confirmation) owns the keyboard while it is open.
      if (document.querySelector('dialog[open]')) return;
      const run = latest.current(event);
      if (!run) return;
      event.preventDefault();
      run();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
