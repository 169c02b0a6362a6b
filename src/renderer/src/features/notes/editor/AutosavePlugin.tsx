/**
 * Saving a note without a Save button: a moment after typing stops the note is saved; while typing
 * goes on, a draft is kept in localStorage several times a second (in idle time, so typing stays
 * smooth); leaving the note, hiding the window or closing it keeps the draft and saves at once. Saves never overlap, and a change made while one is under way is saved right after it.
 */
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect, useRef, type RefObject } from 'react';
import type { Note } from '../../../../../shared/model';
import { api, type ApiError } from '../../../api';
import { removeDraft, writeDraft } from '../drafts';
import { idleThrottle } from './idle';

/** After this pause in typing the note is saved. */
export const SAVE_DELAY_MS = 800;
/** While typing goes on, the unsaved state is kept as a draft at most this often, in idle time. */
export const DRAFT_INTERVAL_MS = 400;
/** After a failed save, the next attempt. */
const RETRY_MS = 5000;

export type SaveState = 'saved' | 'unsaved' | 'saving' | 'failed';

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
    let revision = 0;
    let savedRevision = 0;
    let saving: Promise<void> | null = null;
    let saveTimer = 0;
    let failedBefore = false;
    let editedAt = '';
    const report = (state: SaveState) => callbacks.current.onState(state);

    const draft = idleThrottle(() => {
      if (revision === savedRevision || titleOnly) return;
      writeDraft({ notebookId, noteId, title: title.current ?? '', content: editor.getEditorState().toJSON() as unknown as Record<string, unknown>, editedAt });
    }, DRAFT_INTERVAL_MS);
    const keepDraft = () => draft.now();

    const save = async (): Promise<void> => {
      window.clearTimeout(saveTimer);
      saveTimer = 0;
      while (saving) await saving;
      if (revision === savedRevision) return;
      const target = revision;
      report('saving');
      const request = titleOnly
        ? api.notesRename({ id: noteId, title: title.current ?? '' }).then((result) => (result.ok ? api.notesGet({ id: noteId }) : result))
        : api.notesSave({ id: noteId, title: title.current ?? '', content: editor.getEditorState().toJSON() as unknown as Record<string, unknown> });
      saving = request.then((result) => {
        saving = null;
        if (result.ok) {
          failedBefore = false;
          savedRevision = Math.max(savedRevision, target);
          callbacks.current.onSaved(result.value);
          if (savedRevision === revision) {
            removeDraft(notebookId, noteId);
            report('saved');
          } else schedule();
          return;
        }
        keepDraft();
        report('failed');
        // The same failure again and again would bury the screen in messages: tell once per streak.
        if (!failedBefore) callbacks.current.onError(result.error);
        failedBefore = true;
        if (result.error.code !== 'not-found') saveTimer = window.setTimeout(() => void save(), RETRY_MS);
      });
      await saving;
    };

    const schedule = () => {
      window.clearTimeout(saveTimer);
      saveTimer = window.setTimeout(() => void save(), SAVE_DELAY_MS);
    };

    const changed = () => {
      revision++;
      editedAt = new Date().toISOString();
      report('unsaved');
      draft.schedule();
      schedule();
    };

    const flushNow = () => {
      if (revision !== savedRevision) keepDraft();
      return save();
    };
    const onHidden = () => document.visibilityState === 'hidden' && void flushNow();
    const onLeave = () => void flushNow();

    const unregister = titleOnly
      ? () => undefined
      : editor.registerUpdateListener(({ dirtyElements, dirtyLeaves }) => {
          if (dirtyElements.size > 0 || dirtyLeaves.size > 0) changed();
        });
    window.addEventListener('pagehide', onLeave);
    window.addEventListener('beforeunload', onLeave);
    document.addEventListener('visibilitychange', onHidden);
    handle.current = { markChanged: changed, flush: flushNow };

    return () => {
      unregister();
      window.removeEventListener('pagehide', onLeave);
      window.removeEventListener('beforeunload', onLeave);
      document.removeEventListener('visibilitychange', onHidden);
      handle.current = null;
      draft.cancel();
      // Closing the tab or switching notes: whatever is unsaved goes to the notebook now.
      void flushNow();
    };
  }, [editor, noteId, notebookId, title, handle, titleOnly]);

  return null;
}
