/**
 * Asking for an import from anywhere (the library's buttons, empty states, the command palette)
 * without threading state through the tree: a window event that the ImportHost listens for.
 */

const EVENT = 'quotebook:import';

/** What to start: choose files, open the paste dialog, or import the sample article. */
export type ImportRequest = 'files' | 'paste' | 'sample';

/** Starts an import. */
export function requestImport(request: ImportRequest): void {
  window.dispatchEvent(new CustomEvent<ImportRequest>(EVENT, { detail: request }));
}

/** Calls `listener` for every request; returns the unsubscribe function. */
export function onImportRequest(listener: (request: ImportRequest) => void): () => void {
  const handler = (event: Event) => listener((event as CustomEvent<ImportRequest>).detail);
  window.addEventListener(EVENT, handler);
  return () => window.removeEventListener(EVENT, handler);
}
