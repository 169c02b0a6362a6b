/** The notes' entries in the command palette and shortcut list (spread into workbench/commands.ts). */
import type { Command } from '../../workbench/commands';
import { api } from '../../api';
import { activeNote } from './editor/activeEditor';
import { requestCiteInNote } from './citeRequests';
import { createNote, deleteNoteWithUndo } from './noteActions';

export const noteCommands: Command[] = [
  { id: 'notes.new', title: 'New note', group: 'Notes', run: (wb) => void createNote(wb) },
  {
    id: 'notes.cite',
    title: 'Cite the selected quote in a note…',
    group: 'Notes',
    available: (wb) => wb.selection.quoteId !== null,
    run: async (wb) => {
      const quoteId = wb.selection.quoteId;
      if (!quoteId) return;
      const result = await api.notesQuotes({ ids: [quoteId] });
      if (!result.ok) return wb.reportError(result.error);
      const [cited] = result.value;
      if (cited) requestCiteInNote(cited.quote);
      else wb.notify('The selected quote no longer exists, so it cannot be cited.');
    },
  },
  {
    id: 'notes.rename',
    title: 'Rename this note',
    group: 'Notes',
    available: (wb) => wb.active?.kind === 'note',
    run: () => document.querySelector<HTMLTextAreaElement>('.note-title')?.focus(),
  },
  {
    id: 'notes.delete',
    title: 'Delete this note',
    group: 'Notes',
    available: (wb) => wb.active?.kind === 'note',
    run: (wb) => {
      const id = wb.active?.kind === 'note' ? wb.active.id : null;
      const note = wb.notes.value?.find((n) => n.id === id);
      if (note) void deleteNoteWithUndo(wb, note);
    },
  },
  {
    id: 'notes.quote',
    title: 'Cite a quote in this note',
    shortcut: '/quote',
    group: 'Notes',
    available: (wb) => wb.active?.kind === 'note',
    run: () => activeNote()?.typeTrigger('/quote '),
  },
  {
    id: 'notes.mention',
    title: 'Mention an actor in this note',
    shortcut: '@',
    group: 'Notes',
    available: (wb) => wb.active?.kind === 'note',
    run: () => activeNote()?.typeTrigger('@'),
  },
];

