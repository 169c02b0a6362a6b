/**
 * What can be done to notes from anywhere in the app: create one, delete one (with Undo), and cite
 * a quote in one. Commands, the Notes list and the note view share these.
 */
import { emptyNoteContent } from '../../../../shared/editor/noteNodes';
import type { Quote } from '../../../../shared/model';
import { api } from '../../api';
import type { Workbench } from '../../workbench/WorkbenchContext';
import { queueCitation } from './pendingCitations';
import type { AutosaveHandle } from './editor/AutosavePlugin';
import { quoteText } from '../../../../shared/anchoring/pieces';

/** Creates an empty note and opens it (its title field takes the focus). */
export async function createNote(wb: Workbench, title = 'Untitled note'): Promise<string | null> {
  const result = await api.notesSave({ title, content: emptyNoteContent() });
  if (!result.ok) {
    wb.reportError(result.error);
    return null;
  }
  wb.refresh('notes', 'info');
  wb.openView({ kind: 'note', id: result.value.id });
  return result.value.id;
}

/** Deletes a note after saving what was typed, closes its tab, and offers Undo. */
export async function deleteNoteWithUndo(wb: Workbench, note: { id: string; title: string }, autosave?: AutosaveHandle | null): Promise<void> {
  // Save first, so that Undo brings back the latest words.
  await autosave?.flush();
  const result = await api.notesDelete({ id: note.id });
  if (!result.ok) {
    wb.reportError(result.error);
    return;
  }
  wb.closeView({ kind: 'note', id: note.id });
  wb.refresh('notes', 'info');
  wb.notify(`Deleted the note “${result.value.title}”.`, 'info', {
    label: 'Undo',
    run: async () => {
      const restored = await api.notesRestore({ id: note.id });
      if (!restored.ok) return wb.reportError(restored.error);
      wb.refresh('notes', 'info');
      wb.openView({ kind: 'note', id: note.id });
    },
  });
}

/** Cites `quote` at the end of note `noteId` and opens the note to show the new card. */
export function citeInNote(wb: Workbench, noteId: string, quote: { id: string; target: Pick<Quote['target'], 'exact'> }): void {
  queueCitation(noteId, { quoteId: quote.id, citedText: quoteText(quote.target) });
  wb.openView({ kind: 'note', id: noteId });
}
