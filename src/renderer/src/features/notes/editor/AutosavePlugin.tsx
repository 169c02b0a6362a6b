/**
 * Saving a note without a Save button: a moment after typing stops the note is saved; while typing
 * goes on, a draft is kept in localStorage several times a second (in idle time, so typing stays
 * smooth); leaving the note, hiding the window or closing it keeps the draft and saves at once. Saves never overlap, and a change made while one is under way is saved right after it.
 */
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect, useRef, type RefObject } from 'react';
import type { Note } from '../../../../../shared/model';
import { api, transportKind, type ApiError } from '../../../api';
import { removeDraft, writeDraft } from '../drafts';
import { idleThrottle } from './idle';
import { createCloseGuard, createNoteSaver, type NoteSaver, type SaveState } from './noteSaver';

/** After this pause in typing the note is saved. */
export const SAVE_DELAY_MS = 800;
/** While typing goes on, the unsaved state is kept as a draft at most this often, in idle time. */
export const DRAFT_INTERVAL_MS = 400;
/** After a failed save, the next attempt. */
const RETRY_MS = 5000;

export type { SaveState };

/** What the note's header can ask of the autosave. */
export interface AutosaveHandle {
  /** Something outside the editor changed (the title): save it like a text change. */
  markChanged: () => void;
  /** Saves now if anything is unsaved; resolves when the notebook has it (or the save failed). */
  flush: () => Promise<void>;
}

export interface AutosavePluginProps {
  /** The text is saved by the live note (windows edit it together): only the title is saved here. */
  titleOnly?: boolean;
  noteId: string;
  notebookId: string;
  title: RefObject<string>;
  handle: RefObject<AutosaveHandle | null>;
  onState: (state: SaveState) => void;
  onSaved: (note: Note) => void;
  onError: (error: ApiError) => void;
}

export function AutosavePlugin({ titleOnly = false, noteId, notebookId, title, handle, onState, onSaved, onError }: AutosavePluginProps) {
  const [editor] = useLexicalComposerContext();
  const callbacks = useRef({ onState, onSaved, onError });
  callbacks.current = { onState, onSaved, onError };

  useEffect(() => {
    let editedAt = '';
    let saver: NoteSaver | null = null;
    const draft = idleThrottle(() => {
      if (!saver?.pending() || titleOnly) return;
      writeDraft({ notebookId, noteId, title: title.current ?? '', content: editor.getEditorState().toJSON() as unknown as Record<string, unknown>, editedAt });
    }, DRAFT_INTERVAL_MS);

    saver = createNoteSaver({
      send: () =>
        titleOnly
          ? api.notesRename({ id: noteId, title: title.current ?? '' }).then((result) => (result.ok ? api.notesGet({ id: noteId }) : result))
          : api.notesSave({ id: noteId, title: title.current ?? '', content: editor.getEditorState().toJSON() as unknown as Record<string, unknown> }),
      keepDraft: () => draft.now(),
      removeDraft: () => removeDraft(notebookId, noteId),
      report: (state) => callbacks.current.onState(state),
      onSaved: (note) => callbacks.current.onSaved(note),
      onError: (error) => callbacks.current.onError(error),
      delays: { save: SAVE_DELAY_MS, retry: RETRY_MS },
      setTimer: (fn, ms) => window.setTimeout(fn, ms),
      clearTimer: (timer) => window.clearTimeout(timer as number),
    });
    const notes = saver;

    const changed = () => {
      editedAt = new Date().toISOString();
      notes.changed();
      draft.schedule();
    };
    const flushNow = async () => {
      await notes.flush();
    };
    const onHidden = () => document.visibilityState === 'hidden' && void flushNow();
    const onLeave = () => void flushNow();
    // The desktop window waits for the last save before it closes (a browser tab cannot be held
    // without a prompt; there the draft kept on this computer covers a save cut short).
    const onBeforeUnload = transportKind === 'electron' ? createCloseGuard(notes, () => window.close()) : onLeave;

    const unregister = titleOnly
      ? () => undefined
      : editor.registerUpdateListener(({ dirtyElements, dirtyLeaves }) => {
          if (dirtyElements.size > 0 || dirtyLeaves.size > 0) changed();
        });
    window.addEventListener('pagehide', onLeave);
    window.addEventListener('beforeunload', onBeforeUnload);
    document.addEventListener('visibilitychange', onHidden);
    handle.current = { markChanged: changed, flush: flushNow };

    return () => {
      unregister();
      window.removeEventListener('pagehide', onLeave);
      window.removeEventListener('beforeunload', onBeforeUnload);
      document.removeEventListener('visibilitychange', onHidden);
      handle.current = null;
      draft.cancel();
      // Closing the tab or switching notes: whatever is unsaved goes to the notebook now.
      void flushNow().finally(() => notes.dispose());
    };
  }, [editor, noteId, notebookId, title, handle, titleOnly]);

  return null;
}
