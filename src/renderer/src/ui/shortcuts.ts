/** Window-wide keyboard shortcuts: pane toggles and moving focus between panes (F6). */
import { useEffect } from 'react';
import type { SidePane } from './layout';

/** Moves focus to the next (or previous) visible pane, to its main control when it has one. */
export function focusNextPane(backwards: boolean): void {
  const panes = [...document.querySelectorAll<HTMLElement>('[data-pane]')].filter((pane) => !pane.hidden);
  if (panes.length === 0) return;
  const current = panes.findIndex((pane) => pane.contains(document.activeElement));
  const next = panes[(current + (backwards ? -1 : 1) + panes.length) % panes.length]!;
  const target =
    next.querySelector<HTMLElement>('[data-pane-focus]') ??
    next.querySelector<HTMLElement>('[role="option"][tabindex="0"], [data-scroll-container]') ??
    next;
  if (target === next && !next.hasAttribute('tabindex')) next.tabIndex = -1;
  target.focus();
}

/** Installs the shortcuts for as long as the calling component is mounted. */
export function useWindowShortcuts(onTogglePane: (pane: SidePane) => void): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const mod = event.ctrlKey || event.metaKey;
      if (mod && !event.shiftKey && event.code === 'KeyB') {
        event.preventDefault();
        onTogglePane(event.altKey ? 'inspector' : 'navigator');
      } else if (event.key === 'F6' && !mod && !event.altKey) {
        event.preventDefault();
        focusNextPane(event.shiftKey);
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [onTogglePane]);
}
