/**
 * Opening the command palette and the shortcut list from anywhere (a command, a button): a tiny
 * event channel, so callers need not sit inside the component that draws them.
 */
export type Overlay = 'palette' | 'shortcuts';

const listeners = new Set<(overlay: Overlay) => void>();

/** Opens the command palette or the shortcut list. */
export function openOverlay(overlay: Overlay): void {
  for (const listener of listeners) listener(overlay);
}

/** Calls `listener` whenever an overlay is asked for; returns the unsubscribe function. */
export function onOverlayRequest(listener: (overlay: Overlay) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
