/**
 * Runs a search as the analyst types (after a short pause) and again whenever the notebook's
 * lists reload — i.e. whenever something changed, here or in another window.
 */
import { useEffect, useState } from 'react';
import type { SearchResult } from '../../../../shared/search/api';
import { api } from '../../api';
import { useWorkbench } from '../../workbench/WorkbenchContext';

const PAUSE_MS = 150;

export interface SearchState {
  result: SearchResult | null;
  searching: boolean;
  /** The query `result` answers (it lags what is typed by a moment). */
  answered: string;
}

export function useSearch(query: string, limit: number): SearchState {
  const wb = useWorkbench();
  const [state, setState] = useState<SearchState>({ result: null, searching: false, answered: '' });
  const { reportError } = wb;
  const changed = [wb.articles.value, wb.notes.value, wb.actors.value, wb.tags.value];
  useEffect(() => {
    if (!query.trim()) {
      setState({ result: null, searching: false, answered: query });
      return;
    }
    let stale = false;
    setState((s) => ({ ...s, searching: true }));
    const timer = window.setTimeout(() => {
      void api.searchQuery({ query, limit }).then((result) => {
        if (stale) return;
        if (result.ok) setState({ result: result.value, searching: false, answered: query });
        else {
          setState((s) => ({ ...s, searching: false }));
          reportError(result.error);
        }
      });
    }, PAUSE_MS);
    return () => {
      stale = true;
      window.clearTimeout(timer);
    };
    // `changed`: the lists whose reload means "search again".
  }, [query, limit, reportError, ...changed]);
  return state;
}

const savedListeners = new Set<() => void>();
/** Tells the saved-search list that it changed. */
export const savedSearchesChanged = () => savedListeners.forEach((l) => l());
/** Hears saved-search changes; returns the unsubscribe function. */
export function onSavedSearchesChanged(listener: () => void): () => void {
  savedListeners.add(listener);
  return () => savedListeners.delete(listener);
}
