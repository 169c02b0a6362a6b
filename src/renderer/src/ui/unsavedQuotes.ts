/**
 * Quotes shown before the notebook has saved them (Q shows a new quote at once). Until the save
 * is answered the notebook does not know the quote, so what would be asked about it there (other
 * articles carrying it, notes citing it) is not asked yet: the answer would be an error or empty,
 * and asking costs the frame that shows the quote. The reader marks them; the inspector's
 * sections read them. Kept in ui/ because features meet only through the workbench and ui/.
 */
import { useSyncExternalStore } from 'react';

const unsaved = new Set<string>();
const listeners = new Set<() => void>();

/** Marks a quote as shown but not yet saved (true) or as answered by the notebook (false). */
export function setQuoteUnsaved(id: string, value: boolean): void {
  if (unsaved.has(id) === value) return;
  if (value) unsaved.add(id);
  else unsaved.delete(id);
  for (const listener of listeners) listener();
}

/** Whether the quote is shown but its save has not been answered yet. */
export function isQuoteUnsaved(id: string): boolean {
  return unsaved.has(id);
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

/** Re-renders when the quote's save is answered. */
export function useQuoteUnsaved(id: string | undefined): boolean {
  return useSyncExternalStore(subscribe, () => (id ? unsaved.has(id) : false));
}
