/**
 * Loads an operation's Result into React state. The previous value stays visible while a reload
 * runs (no flashing), answers to outdated requests are ignored, and a failure is reported through
 * `onError` (the toasts) as well as returned, so the pane can offer "Try again".
 */
import { useCallback, useEffect, useMemo, useRef, useState, type DependencyList } from 'react';
import type { ApiError, Result } from '../../../shared/api/result';

export interface Loaded<T> {
  value: T | undefined;
  loading: boolean;
  error: ApiError | null;
  reload: () => void;
  /** Changes the loaded value at once (e.g. adds what was just created) until the next reload. */
  patch: (update: (value: T) => T) => void;
}

/** Runs `load` whenever `deps` change (or `reload` is called); `null` means "nothing to load". */
export function useResult<T>(load: (() => Promise<Result<T>>) | null, deps: DependencyList, onError: (error: ApiError) => void): Loaded<T> {
  const [state, setState] = useState<{ value: T | undefined; loading: boolean; error: ApiError | null }>({
    value: undefined,
    loading: load !== null,
    error: null,
  });
  const [generation, setGeneration] = useState(0);
  const latestError = useRef(onError);
  useEffect(() => {
    latestError.current = onError;
  });

  useEffect(() => {
    if (!load) {
      setState({ value: undefined, loading: false, error: null });
      return;
    }
    let current = true;
    setState((previous) => ({ ...previous, loading: true, error: null }));
    load().then((result) => {
      if (!current) return;
      if (result.ok) setState({ value: result.value, loading: false, error: null });
      else {
        setState((previous) => ({ ...previous, loading: false, error: result.error }));
        latestError.current(result.error);
      }
    });
    return () => {
      current = false;
    };
    // `load` is recreated every render; `deps` say when it actually changes.
  }, [...deps, generation]);

  const reload = useCallback(() => setGeneration((n) => n + 1), []);
  const patch = useCallback(
    (update: (value: T) => T) => setState((previous) => (previous.value === undefined ? previous : { ...previous, value: update(previous.value) })),
    [],
  );
  // The same object until something loaded changes: the workbench shares these with the whole
  // window, and a new object on every render would re-render every reader of an unchanged list.
  return useMemo(() => ({ ...state, reload, patch }), [state, reload, patch]);
}
