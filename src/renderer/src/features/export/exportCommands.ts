/** The export entries of the command table (palette and shortcut list). */
import type { Command } from '../../workbench/commands';
import { openExportDialog } from './exportEvents';
import { copyAsMarkdown } from './useCopyAsMarkdown';

export const exportCommands: Command[] = [
  { id: 'export.open', title: 'Export…', shortcut: 'Ctrl+Shift+E', group: 'Notebook', run: () => openExportDialog() },
  {
    id: 'export.copyQuote',
    title: 'Copy the selected quote as Markdown',
    group: 'Quotes',
    available: (wb) => wb.active?.kind === 'article' && wb.selection.quoteId !== null,
    run: (wb) => wb.selection.quoteId && void copyAsMarkdown({ kind: 'quotes', ids: [wb.selection.quoteId] }, wb.notify),
  },
  {
    id: 'export.copyNote',
    title: 'Copy this note as Markdown',
    group: 'Notes',
    available: (wb) => wb.active?.kind === 'note',
    run: (wb) => wb.active && void copyAsMarkdown({ kind: 'note', id: wb.active.id }, wb.notify),
  },
];
