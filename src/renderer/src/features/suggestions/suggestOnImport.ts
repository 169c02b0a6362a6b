/**
 * "Suggest on import": an article imported on its own (one file, or pasted or dropped text) opens
 * with its suggested quotes already shown, as dashed highlights to accept or reject. Nothing is
 * saved until the analyst accepts. On by default; an analyst coding by hand (say, for an
 * agreement study) turns it off under the suggestions or from the command palette.
 */
import { useSyncExternalStore } from 'react';
import { readStored, writeStored } from '../../ui/usePersistentState';

const KEY = 'suggestOnImport';
const acceptFlag = (value: unknown) => (typeof value === 'boolean' ? value : null);
const listeners = new Set<() => void>();

export const suggestOnImport = (): boolean => readStored(KEY, true, acceptFlag);

export function setSuggestOnImport(on: boolean): void {
  writeStored(KEY, on);
  for (const listener of listeners) listener();
}

/** The preference, kept current in every component that shows it. */
export function useSuggestOnImport(): boolean {
  return useSyncExternalStore((listener) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  }, suggestOnImport);
}
