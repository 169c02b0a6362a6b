/**
 * The open articles' data, shared by the reader (workspace) and the quote list (inspector), which
 * live in different parts of the tree. One load per article; `reloadArticle` refreshes everyone
 * showing it after a change (a new quote, an edit, an accepted suggestion).
 */
import { useEffect, useSyncExternalStore } from 'react';
import type { ArticleWithQuotes } from '../../../../shared/api/contract';
import type { ApiError } from '../../../../shared/api/result';
import { api, live } from '../../api';

export interface ArticleState {
  value: ArticleWithQuotes | undefined;
  error: ApiError | null;
  loading: boolean;
}

const empty: ArticleState = { value: undefined, error: null, loading: false };
const states = new Map<string, ArticleState>();
const listeners = new Set<() => void>();
const generations = new Map<string, number>();
let onError: (error: ApiError) => void = () => {};
/** Articles with a reload on its way. */
const inFlight = new Set<string>();
type Change = (value: ArticleWithQuotes) => ArticleWithQuotes;
/** Changes made in this window that the notebook has not answered yet, in the order they were made. */
const held = new Map<string, Change[]>();
const withHeld = (id: string, value: ArticleWithQuotes) => (held.get(id) ?? []).reduce((v, change) => change(v), value);

function set(id: string, state: ArticleState): void {
  states.set(id, state);
  for (const listener of listeners) listener();
}

/** Where load failures are reported (the toasts); set once by the workbench. */
export function setArticleErrorReporter(report: (error: ApiError) => void): void {
  onError = report;
}

/** (Re)loads an article; the previous value stays visible meanwhile. */
export function reloadArticle(id: string): void {
  const generation = (generations.get(id) ?? 0) + 1;
  generations.set(id, generation);
  inFlight.add(id);
  const previous = states.get(id) ?? empty;
  set(id, { ...previous, loading: true, error: null });
  void api.articlesGet({ id }).then((result) => {
    if (generations.get(id) !== generation) return;
    inFlight.delete(id);
    if (result.ok) set(id, { value: withHeld(id, result.value), error: null, loading: false });
    else {
      set(id, { ...(states.get(id) ?? empty), error: result.error, loading: false });
      onError(result.error);
    }
  });
}

/**
 * Replaces an article's data with what an operation returned, without a round trip. A reload
 * still on its way may have read the notebook before that operation: it is asked for again, so
 * its answer cannot put back what the operation changed.
 */
export function updateArticle(id: string, update: (value: ArticleWithQuotes) => ArticleWithQuotes): void {
  const current = states.get(id);
  if (current?.value) set(id, { ...current, value: withHeld(id, update(current.value)) });
  if (inFlight.has(id)) reloadArticle(id);
}

/**
 * Shows a change made here at once and keeps it shown, over whatever reloads bring, until
 * `release` is called (when the notebook has answered). Without it a reload started a moment
 * earlier would show the quote as it was, and the next key (Backspace on a tag just added)
 * would act on what the analyst no longer sees.
 */
export function holdChange(id: string, change: Change): () => void {
  const list = held.get(id) ?? [];
  list.push(change);
  held.set(id, list);
  updateArticle(id, change);
  return () => {
    const rest = (held.get(id) ?? []).filter((c) => c !== change);
    if (rest.length) held.set(id, rest);
    else held.delete(id);
  };
}

/** The article as last loaded, without subscribing (for commands run outside React). */
export function cachedArticle(id: string): ArticleWithQuotes | undefined {
  return states.get(id)?.value;
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

/** The article `id`, loading it on first use. */
export function useArticle(id: string | null): ArticleState & { reload: () => void } {
  const state = useSyncExternalStore(subscribe, () => (id ? (states.get(id) ?? empty) : empty));
  useEffect(() => {
    if (id && !states.has(id)) reloadArticle(id);
  }, [id]);
  return { ...state, reload: () => id && reloadArticle(id) };
}

// An open article changed elsewhere (another window, a teammate's sync): show it as it is now.
live.onChanged((change) => {
  for (const ref of change.refs) if (ref.kind === 'article' && states.has(ref.id)) reloadArticle(ref.id);
});
