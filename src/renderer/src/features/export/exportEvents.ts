/**
 * Opening the Export dialog from anywhere (the top bar, the command table, a note's toolbar)
 * without threading state through the tree: a window event the dialog host listens for.
 */
import type { ExportScope } from '../../../../shared/export/bundle';
import type { ExportFormat } from '../../../../shared/export/schemas';

const EVENT = 'quotebook:export';

/** What to preselect when the dialog opens. */
export interface ExportRequest {
  scope?: ExportScope;
  format?: ExportFormat;
}

/** Opens the Export dialog. */
export function openExportDialog(request: ExportRequest = {}): void {
  window.dispatchEvent(new CustomEvent<ExportRequest>(EVENT, { detail: request }));
}

/** Calls `listener` whenever the dialog is asked for; returns the unsubscribe function. */
export function onExportRequest(listener: (request: ExportRequest) => void): () => void {
  const handler = (event: Event) => listener((event as CustomEvent<ExportRequest>).detail ?? {});
  window.addEventListener(EVENT, handler);
  return () => window.removeEventListener(EVENT, handler);
}
