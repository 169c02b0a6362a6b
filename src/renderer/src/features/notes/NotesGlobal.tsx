/**
 * The notes feature's app-wide part, mounted once beside the workbench: the "Cite in note" dialog,
 * the notice at start-up that a note has unsaved changes to recover, and keeping quote cards
 * current when the analyst comes back to the window (the notebook may have changed elsewhere).
 */
import { useEffect, useRef, useState } from 'react';
import type { NoteListing } from '../../../../shared/editor/notesApi';
import { useWorkbench } from '../../workbench/WorkbenchContext';
import { refreshCitedQuotes, setCitedQuoteErrorReporter } from './citedQuotes';
import { onCiteRequest, type CitedThing } from './citeRequests';
import { draftIsNewer, listDrafts, removeDraft } from './drafts';
import { lazyComponent } from '../../ui/lazyComponent';

// Drawn only when asked for: loaded on first use (or in idle time after start), not with the first screen.
const CiteInNoteDialog = lazyComponent(() => import('./CiteInNoteDialog').then((m) => m.CiteInNoteDialog), null);

export function NotesGlobal() {
  const { info, notes, active, notify, openView } = useWorkbench();
  const checked = useRef<string | null>(null);
  // Each request is numbered, so asking again while the dialog is open starts it afresh.
  const [citing, setCiting] = useState<{ quote: CitedThing; request: number } | null>(null);
  useEffect(() => onCiteRequest((quote) => setCiting((last) => ({ quote, request: (last?.request ?? 0) + 1 }))), []);

  useEffect(() => setCitedQuoteErrorReporter((message) => notify(message)), [notify]);

  useEffect(() => {
    const onVisible = () => document.visibilityState === 'visible' && refreshCitedQuotes();
    document.addEventListener('visibilitychange', onVisible);
    return () => document.removeEventListener('visibilitychange', onVisible);
  }, []);

  // Once per notebook and start: drafts newer than their saved note are announced; stale ones go.
  useEffect(() => {
    const notebookId = info.value?.id;
    const list = notes.value as NoteListing[] | undefined;
    if (!notebookId || !list || checked.current === notebookId) return;
    checked.current = notebookId;
    for (const draft of listDrafts(notebookId)) {
      const saved = list.find((n) => n.id === draft.noteId);
      if (!saved || !draftIsNewer(draft, saved)) {
        if (!saved || draft.editedAt <= saved.updatedAt) removeDraft(notebookId, draft.noteId);
        continue;
      }
      // An open note shows its own banner; the message is for notes the analyst would not see.
      if (active?.kind === 'note' && active.id === saved.id) continue;
      notify(`Quotebook kept changes to the note “${saved.title}” that were not saved when it last closed.`, 'info', {
        label: 'Open note',
        run: () => openView({ kind: 'note', id: saved.id }),
      });
    }
  }, [info.value?.id, notes.value, active, notify, openView]);

  return citing && <CiteInNoteDialog key={citing.request} quote={citing.quote} onClose={() => setCiting(null)} />;
}
