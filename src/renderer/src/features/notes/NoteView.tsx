/**
 * The workspace view of one note: its title (rename by typing), dates, the editor, and Delete
 * (undoable). If the last session left unsaved changes, a banner offers to restore them.
 */
import type { LexicalEditor } from 'lexical';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { makeNoteLoadable } from '../../../../shared/editor/noteContent';
import type { Note } from '../../../../shared/model';
import { api, live } from '../../api';
import { EmptyState } from '../../ui/EmptyState';
import { formatDate } from '../../ui/format';
import { useResult } from '../../ui/useResult';
import type { View } from '../../workbench/views';
import { useWorkbench } from '../../workbench/WorkbenchContext';
import { draftIsNewer, readDraft, removeDraft, type NoteDraft } from './drafts';
import type { AutosaveHandle } from './editor/AutosavePlugin';
import { NoteEditor } from './editor/NoteEditor';
import { deleteNoteWithUndo } from './noteActions';
import { IconTrash } from './ui/noteIcons';

const timeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export function NoteView({ view }: { view: View }) {
  const wb = useWorkbench();
  const { info, reportError } = wb;
  const note = useResult(() => api.notesGet({ id: view.id }), [view.id], reportError);
  const notebookId = info.value?.id;

  if (note.error && !note.value) {
    return (
      <div className="workspace-empty">
        <EmptyState
          title="This note could not be opened"
          tone="error"
          actions={
            <button type="button" className="button" onClick={note.reload}>
              Try again
            </button>
          }
        >
          <p>{note.error.message}</p>
        </EmptyState>
      </div>
    );
  }
  if (!note.value || !notebookId) return <p className="pane-note note-loading">Opening the note…</p>;
  return <LoadedNote key={note.value.id} note={note.value} notebookId={notebookId} />;
}

function LoadedNote({ note, notebookId }: { note: Note; notebookId: string }) {
  const wb = useWorkbench();
  const { refresh, notify, reportError } = wb;
  const [title, setTitle] = useState(note.title === 'Untitled note' ? '' : note.title);
  const [saved, setSaved] = useState(note);
  const titleRef = useRef(title || 'Untitled note');
  const autosave = useRef<AutosaveHandle | null>(null);
  const editorRef = useRef<LexicalEditor | null>(null);
  // With a live channel the note is edited together with other windows, and unsent words are kept
  // by the live note itself; the old whole-note drafts are only for a window without one.
  const isLive = live.available;
  const [draft, setDraft] = useState<NoteDraft | null>(() => {
    if (isLive) return null;
    const kept = readDraft(notebookId, note.id);
    if (kept && !draftIsNewer(kept, note)) {
      removeDraft(notebookId, note.id); // already saved: nothing to offer
      return null;
    }
    return kept;
  });
  const loadable = useMemo(() => makeNoteLoadable(note.content), [note]);
  const onEditor = useCallback((editor: LexicalEditor) => void (editorRef.current = editor), []);
  const titleInput = useRef<HTMLTextAreaElement>(null);

  // A new note starts in its title, so the analyst can name it straight away.
  useEffect(() => {
    if (note.title === 'Untitled note' && note.createdAt === note.updatedAt) titleInput.current?.focus();
  }, [note]);

  const onSaved = useCallback(
    (value: Note) => {
      setSaved(value);
      refresh('notes');
    },
    [refresh],
  );

  const restoreDraft = () => {
    const editor = editorRef.current;
    if (!draft || !editor) return;
    try {
      editor.setEditorState(editor.parseEditorState(JSON.stringify(draft.content)));
    } catch (error) {
      notify(`The unsaved changes could not be restored (${error instanceof Error ? error.message : String(error)}). The saved note is unchanged.`);
      return;
    }
    if (draft.title && draft.title !== 'Untitled note') setTitle(draft.title);
    titleRef.current = draft.title || titleRef.current;
    autosave.current?.markChanged();
    setDraft(null);
    notify('Your unsaved changes were restored.', 'info');
  };
  const discardDraft = () => {
    removeDraft(notebookId, note.id);
    setDraft(null);
  };

  const header = (
    <header className="note-head">
      <textarea
        ref={titleInput}
        rows={1}
        className="note-title"
        aria-label="Note title"
        placeholder="Untitled note"
        value={title}
        maxLength={500}
        onChange={(event) => {
          // A title is one line: line breaks pasted into it become spaces.
          const value = event.target.value.replace(/[\r\n]+/g, ' ');
          setTitle(value);
          titleRef.current = value.trim() || 'Untitled note';
          autosave.current?.markChanged();
        }}
        onKeyDown={(event) => {
          const atEnd = event.currentTarget.selectionStart === event.currentTarget.value.length;
          if (event.key === 'Enter' || (event.key === 'ArrowDown' && atEnd)) {
            event.preventDefault();
            editorRef.current?.focus();
          }
        }}
      />
      <div className="note-meta">
        <span>Created {formatDate(note.createdAt)}</span>
        <span>Edited {timeFormat.format(Date.parse(saved.updatedAt))}</span>
        <button
          type="button"
          className="button button--small note-meta__delete"
          onClick={() => void deleteNoteWithUndo(wb, { id: note.id, title: titleRef.current }, autosave.current)}
        >
          <IconTrash /> Delete note
        </button>
      </div>
      {draft && (
        <div className="note-banner" role="alert">
          <p>
            <strong>Unsaved changes were kept from {timeFormat.format(Date.parse(draft.editedAt))}.</strong> Quotebook closed before they were
            saved. Restore them, or keep the note as it was last saved.
          </p>
          <div className="note-banner__actions">
            <button type="button" className="button button--primary button--small" onClick={restoreDraft}>
              Restore unsaved changes
            </button>
            <button type="button" className="button button--small" onClick={discardDraft}>
              Discard them
            </button>
          </div>
        </div>
      )}
      {loadable.replaced > 0 && (
        <p className="note-banner note-banner--quiet" role="status">
          Parts of this note were written by a newer version of Quotebook and are shown as plain text.
        </p>
      )}
    </header>
  );

  return (
    <NoteEditor
      note={note}
      notebookId={notebookId}
      header={header}
      title={titleRef}
      autosave={autosave}
      initialContent={loadable.content}
      live={isLive}
      onEditor={onEditor}
      onSaveState={() => {}}
      onSaved={onSaved}
      onSaveError={reportError}
    />
  );
}
