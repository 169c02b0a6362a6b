/**
 * "Cite in note…": choose the note (open ones first, then the most recently edited, or a new
 * one) and the quote is cited there as a card; the note opens to show it. Any feature asks with
 * `requestCiteInNote(quote)` (citeRequests.ts); NotesGlobal draws this dialog, loading its code
 * on first use.
 */
import { useState, type KeyboardEvent } from 'react';
import type { NoteListing } from '../../../../shared/editor/notesApi';
import { formatDate } from '../../ui/format';
import { quotedLine } from '../../ui/QuoteWords';
import { nextIndex } from '../../ui/listKeys';
import { Modal } from '../../ui/Modal';
import { useWorkbench } from '../../workbench/WorkbenchContext';
import { citeInNote, createNote } from './noteActions';
import type { CitedThing } from './citeRequests';
import { filterNotes } from './noteSearch';
import { quoteText } from '../../../../shared/anchoring/pieces';

const NEW_NOTE = '__new__';

/** The dialog for one request; drawn afresh (query and choice reset) for each. */
export function CiteInNoteDialog({ quote, onClose }: { quote: CitedThing; onClose: () => void }) {
  const wb = useWorkbench();
  const [query, setQuery] = useState('');
  const [index, setIndex] = useState(0);

  const openIds = wb.tabs.filter((t) => t.kind === 'note').map((t) => t.id);
  const notes = filterNotes((wb.notes.value ?? []) as NoteListing[], query).sort(
    (a, b) => Number(openIds.includes(b.id)) - Number(openIds.includes(a.id)) || b.updatedAt.localeCompare(a.updatedAt),
  );
  const choices = [...notes.map((n) => n.id), NEW_NOTE];
  const current = Math.min(index, choices.length - 1);

  const choose = async (id: string) => {
    onClose();
    const noteId = id === NEW_NOTE ? await createNote(wb) : id;
    if (noteId) citeInNote(wb, noteId, quote);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const next = nextIndex(event.key, current, choices.length, 5);
    if (next !== null) {
      event.preventDefault();
      setIndex(next);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      void choose(choices[current]!);
    }
  };

  return (
    <Modal
      title="Cite in a note"
      onClose={onClose}
      className="note-dialog"
      actions={
        <button type="button" className="button" onClick={onClose}>
          Cancel
        </button>
      }
    >
      <div className="note-dialog__body">
        <p className="note-dialog__quote">{quotedLine(quote.kind, quoteText(quote.target))}</p>
        <input
          className="note-input"
          type="search"
          placeholder="Find a note"
          aria-label="Find a note"
          aria-controls="cite-note-choices"
          aria-activedescendant={`cite-note-${current}`}
          autoFocus
          value={query}
          onChange={(event) => {
            setQuery(event.target.value);
            setIndex(0);
          }}
          onKeyDown={onKeyDown}
        />
        <ul id="cite-note-choices" className="note-choices" role="listbox" aria-label="Notes">
          {notes.map((note, i) => (
            <li
              key={note.id}
              id={`cite-note-${i}`}
              role="option"
              aria-selected={i === current}
              className="note-choices__item"
              onMouseEnter={() => setIndex(i)}
              onClick={() => void choose(note.id)}
            >
              <span className="note-choices__title">{note.title}</span>
              <span className="note-choices__meta">{openIds.includes(note.id) ? 'Open' : `Edited ${formatDate(note.updatedAt)}`}</span>
            </li>
          ))}
          <li
            id={`cite-note-${notes.length}`}
            role="option"
            aria-selected={current === notes.length}
            className="note-choices__item note-choices__item--new"
            onMouseEnter={() => setIndex(notes.length)}
            onClick={() => void choose(NEW_NOTE)}
          >
            <span className="note-choices__title">New note</span>
            <span className="note-choices__meta">Start a note with this quote</span>
          </li>
        </ul>
      </div>
    </Modal>
  );
}
