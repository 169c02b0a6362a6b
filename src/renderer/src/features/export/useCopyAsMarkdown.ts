/** "Copy as Markdown": a note or chosen quotes, with attributions and source footnotes, on the clipboard. */
import { useCallback } from 'react';
import type { ExportScope } from '../../../../shared/export/bundle';
import { api } from '../../api';
import { useToasts, type ToastKind } from '../../ui/toasts';
import { copyText } from './clipboard';

/** Copies the Markdown of `scope` and says how it went through `notify`. */
export async function copyAsMarkdown(scope: ExportScope, notify: (message: string, kind?: ToastKind) => void): Promise<void> {
  const result = await api.exportMarkdown({ scope });
  if (!result.ok) return notify(result.error.message);
  const what = scope.kind === 'quotes' ? (scope.ids.length === 1 ? 'The quote' : `${scope.ids.length} quotes`) : scope.kind === 'note' ? 'The note' : 'The export';
  if (await copyText(result.value.content?.text ?? '')) notify(`${what} was copied as Markdown.`, 'info');
  else notify('Quotebook could not reach the clipboard. Use Export… (Ctrl+Shift+E) and save the file instead.');
}

/** The same as a hook, for buttons (e.g. a note's toolbar): `copy({ kind: 'note', id })`. */
export function useCopyAsMarkdown(): (scope: ExportScope) => Promise<void> {
  const { notify } = useToasts();
  return useCallback((scope: ExportScope) => copyAsMarkdown(scope, notify), [notify]);
}
