/**
 * Mounts the Export dialog when asked (top bar button, command table, Ctrl/Cmd+Shift+E), with
 * scopes worked out from what is open.
 */
import { useEffect, useMemo, useState } from 'react';
import { useWorkbench } from '../../workbench/WorkbenchContext';
import { IconExport } from './exportIcons';
import { onExportRequest, openExportDialog, type ExportRequest } from './exportEvents';
import { scopeChoices, type ExportContext } from './exportChoices';
import { lazyComponent } from '../../ui/lazyComponent';

// Drawn only when asked for: loaded on first use (or in idle time after start), not with the first screen.
const ExportDialog = lazyComponent(() => import('./ExportDialog').then((m) => m.ExportDialog), null);

const mod = typeof navigator !== 'undefined' && /Mac/.test(navigator.platform) ? '⌘⇧' : 'Ctrl+Shift+';

/** The top bar's Export button. */
export function ExportButton() {
  return (
    <button type="button" className="icon-button" aria-label="Export" title={`Export… (${mod}E)`} onClick={() => openExportDialog()}>
      <IconExport />
    </button>
  );
}

/** Listens for export requests and shows the dialog. */
export function ExportHost() {
  const wb = useWorkbench();
  const [request, setRequest] = useState<ExportRequest | null>(null);

  useEffect(() => onExportRequest(setRequest), []);
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.shiftKey && !event.altKey && event.code === 'KeyE') {
        event.preventDefault();
        openExportDialog();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  const context: ExportContext = useMemo(
    () => ({
      active: wb.active,
      selectedQuoteId: wb.active?.kind === 'article' ? wb.selection.quoteId : null,
      articleTitle: (id) => wb.articles.value?.find((a) => a.id === id)?.title,
      noteTitle: (id) => wb.notes.value?.find((n) => n.id === id)?.title,
      actorName: (id) => wb.actors.value?.find((a) => a.id === id)?.name,
    }),
    [wb.active, wb.selection.quoteId, wb.articles.value, wb.notes.value, wb.actors.value],
  );
  const choices = useMemo(() => scopeChoices(context), [context]);
  if (!request) return null;
  const requested = request.scope && choices.find((c) => JSON.stringify(c.scope) === JSON.stringify(request.scope));
  // An explicit scope is preselected; otherwise the open item (not a lone selected quote) is.
  const initial = requested?.key ?? choices.find((c) => c.key !== 'quote')?.key;
  return <ExportDialog choices={choices} {...(initial ? { initialScope: initial } : {})} {...(request.format ? { initialFormat: request.format } : {})} onClose={() => setRequest(null)} />;
}
