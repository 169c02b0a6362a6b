/**
 * State kept in localStorage (layout, theme): read once on mount, validated because the stored
 * value may come from an older version, and written shortly after it settles (not on every
 * pointer move of a drag).
 */
import { useEffect, useState, type Dispatch, type SetStateAction } from 'react';

const PREFIX = 'quotebook.';

/** Reads a stored value, or `fallback` when it is missing, unreadable or invalid. */
export function readStored<T>(key: string, fallback: T, accept: (value: unknown) => T | null): T {
  try {
    const raw = window.localStorage.getItem(PREFIX + key);
    if (raw === null) return fallback;
    return accept(JSON.parse(raw)) ?? fallback;
  } catch {
    return fallback;
  }
}

/** Stores a value under `quotebook.<key>`; a full or disabled storage just does not remember it. */
export function writeStored(key: string, value: unknown): void {
  try {
    window.localStorage.setItem(PREFIX + key, JSON.stringify(value));
  } catch {
    // Storage full or disabled: the preference simply is not remembered.
  }
}

/** Like useState, persisted under `quotebook.<key>`; `accept` returns null for a value it rejects. */
export function usePersistentState<T>(
  key: string,
  fallback: T,
  accept: (value: unknown) => T | null,
): [T, Dispatch<SetStateAction<T>>] {
  const [value, setValue] = useState<T>(() => readStored(key, fallback, accept));
  useEffect(() => {
    const write = () => writeStored(key, value);
    const timer = window.setTimeout(write, 250);
    // A reload or close within the delay must not lose the last change.
    window.addEventListener('pagehide', write);
    return () => {
      window.clearTimeout(timer);
      window.removeEventListener('pagehide', write);
    };
  }, [key, value]);
  return [value, setValue];
}
