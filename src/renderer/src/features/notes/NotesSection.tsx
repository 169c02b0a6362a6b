/**
 * The navigator's Notes section: the analyst's notes, most recently edited first, with a filter
 * that searches titles and text, "New note", rename (F2) and delete (Delete, undoable). A quote
 * dragged onto a note is cited in it.
 */
import { useRef, useState, type KeyboardEvent } from 'react';
import type { NoteListing } from '../../../../shared/editor/notesApi';
import { filterNotes } from './noteSearch';
import { api } from '../../api';
import { EmptyState } from '../../ui/EmptyState';
import { formatDate, plural } from '../../ui/format';
import { onListboxKey } from '../../ui/listKeys';
import { useWorkbench } from '../../workbench/WorkbenchContext';
import { citeInNote, createNote, deleteNoteWithUndo } from './noteActions';
import { isQuoteDrag, readQuoteDrag } from './quoteDrag';
import { IconPlus } from './ui/noteIcons';
import { FilterBox } from '../../ui/FilterBox';

export function NotesSection() {
  const wb = useWorkbench();
  const { notes, active, openView, refresh, reportError } = wb;
  const [query, setQuery] = useState('');
  const [activeIndex, setActiveIndex] = useState(0);
  const [renaming, setRenaming] = useState<string | null>(null);
  const [dropTarget, setDropTarget] = useState<string | null>(null);
  const list = useRef<HTMLUListElement>(null);
  const all = (notes.value ?? []) as NoteListing[];
  const shown = filterNotes(all, query);
  const index = Math.min(activeIndex, Math.max(0, shown.length - 1));

  const rename = async (note: NoteListing, title: string) => {
    setRenaming(null);
    if (title.trim() === note.title) return;
    const result = await api.notesRename({ id: note.id, title });
    if (!result.ok) return reportError(result.error);
    refresh('notes');
  };

  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    if (renaming) return;
    const note = shown[index];
    if (note && event.key === 'F2') {
      event.preventDefault();
      setRenaming(note.id);
    } else if (note && event.key === 'Delete') {
      event.preventDefault();
      void deleteNoteWithUndo(wb, note);
    } else {
      onListboxKey(event, { index, count: shown.length, open: (i) => openView({ kind: 'note', id: shown[i]!.id }), moveTo: setActiveIndex, list: list.current });
    }
  };

  return (
    <div className="pane-body">
      <header className="pane-header">
        <h1 className="pane-title">
          Notes
          {all.length > 0 && <span className="pane-title__count">{all.length.toLocaleString()}</span>}
        </h1>
        <button type="button" className="button button--small" onClick={() => void createNote(wb)}>
          <IconPlus /> New note
        </button>
      </header>
      {all.length > 0 && (
        <FilterBox value={query} onChange={setQuery} placeholder="Search notes" listRef={list} />
      )}
      <div className="pane-scroll">
        {notes.value === undefined && <p className="pane-note">Loading…</p>}
        {notes.value && all.length === 0 && (
          <EmptyState
            title="No notes yet"
            actions={
              <button type="button" className="button button--primary" onClick={() => void createNote(wb)}>
                Write a note
              </button>
            }
          >
            <p>Notes are where you write your assessment next to the evidence, citing quotes and mentioning actors.</p>
          </EmptyState>
        )}
        {all.length > 0 && shown.length === 0 && <EmptyState title="No note matches the search" />}
        {shown.length > 0 && (
          <ul className="article-list" role="listbox" aria-label="Notes" ref={list} onKeyDown={onKeyDown}>
            {shown.map((note, i) => (
              <li
                key={note.id}
                className="article-row note-row"
                role="option"
                aria-selected={active?.kind === 'note' && active.id === note.id}
                data-drop-target={dropTarget === note.id || undefined}
                tabIndex={i === index ? 0 : -1}
                title="Enter to open · F2 to rename · Delete to delete"
                onClick={() => openView({ kind: 'note', id: note.id })}
                onFocus={() => setActiveIndex(i)}
                onDragOver={(event) => {
                  if (!isQuoteDrag(event.dataTransfer)) return;
                  event.preventDefault();
                  event.dataTransfer.dropEffect = 'copy';
                  setDropTarget(note.id);
                }}
                onDragLeave={() => setDropTarget((t) => (t === note.id ? null : t))}
                onDrop={(event) => {
                  setDropTarget(null);
                  const quote = readQuoteDrag(event.dataTransfer);
                  if (!quote) return;
                  event.preventDefault();
                  // The note opens with the new card, so the analyst sees where it went.
                  citeInNote(wb, note.id, { id: quote.quoteId, target: { exact: quote.citedText } });
                }}
              >
                {renaming === note.id ? (
                  <input
                    className="note-row__rename"
                    aria-label="New title"
                    defaultValue={note.title}
                    autoFocus
                    onFocus={(event) => event.currentTarget.select()}
                    onClick={(event) => event.stopPropagation()}
                    onKeyDown={(event) => {
                      event.stopPropagation();
                      if (event.key === 'Enter') void rename(note, event.currentTarget.value);
                      if (event.key === 'Escape') setRenaming(null);
                    }}
                    onBlur={(event) => void rename(note, event.currentTarget.value)}
                  />
                ) : (
                  <span className="article-row__title">{note.title || 'Untitled note'}</span>
                )}
                {note.preview && <span className="note-row__preview">{note.preview.split('\n').slice(0, 2).join(' — ')}</span>}
                <span className="article-row__meta">
                  <span className="article-row__source">Edited {formatDate(note.updatedAt)}</span>
                  {note.quoteCount > 0 && <span className="article-row__count">{plural(note.quoteCount, 'quote')}</span>}
                </span>
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
