/**
 * The search box's text, shared by the search view and the navigator's saved searches (a click
 * on a saved search puts its query in the box), and remembered between sessions.
 */
import { useSyncExternalStore } from 'react';
import { readStored, writeStored } from '../../ui/usePersistentState';

const KEY = 'searchQuery';
let current = readStored(KEY, '', (v) => (typeof v === 'string' ? v : null));
const listeners = new Set<() => void>();

/** Changes the search box's text everywhere. */
export function setSearchQuery(query: string): void {
  current = query;
  writeStored(KEY, query);
  for (const listener of listeners) listener();
}

/** The search box's text, re-rendering when it changes. */
export function useSearchQuery(): string {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => current,
  );
}

/** The one search tab's view. */
export const SEARCH_VIEW = { kind: 'search', id: 'notebook' } as const;
