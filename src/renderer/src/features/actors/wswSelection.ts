/**
 * The chosen cell of the who-said-what table, shared by the view (which lists its quotes) and the
 * inspector beside it (which can choose one too).
 */
import { useSyncExternalStore } from 'react';

/** A speaker (null: not set) and an actor quoted about. */
export interface CellRef {
  speakerId: string | null;
  aboutId: string;
}

let selected: CellRef | null = null;
const listeners = new Set<() => void>();
const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

/** Chooses a cell; choosing the chosen one again clears the choice. */
export function toggleCell(cell: CellRef | null): void {
  selected = cell && selected && selected.speakerId === cell.speakerId && selected.aboutId === cell.aboutId ? null : cell;
  for (const listener of listeners) listener();
}

/** The chosen cell, or null. */
export function useSelectedCell(): CellRef | null {
  return useSyncExternalStore(subscribe, () => selected);
}
