/**
 * A note edited live: its text is the owner's shared document, reached through Lexical's own
 * collaboration binding. Every window showing the note types into the same document, so two
 * windows never overwrite each other. The text cannot be edited until the first exchange with the
 * owner is done (typing into an empty editor first would add a stray paragraph to the note).
 */
import { CollaborationPlugin } from '@lexical/react/LexicalCollaborationPlugin';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useCallback, useEffect, useRef } from 'react';
import * as Y from 'yjs';
import { live } from '../../../api';
import { createNoteProvider, type NoteProvider } from '../../../api/noteProvider';
import { markEditedHere } from '../../../api/notesEditedHere';
import type { SaveState } from './AutosavePlugin';

export interface LiveNotePluginProps {
  noteId: string;
  notebookId: string;
  onState: (state: SaveState) => void;
  onError: (message: string) => void;
}

function storageOrNull(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

export function LiveNotePlugin({ noteId, notebookId, onState, onError }: LiveNotePluginProps) {
  const [editor] = useLexicalComposerContext();
  const provider = useRef<NoteProvider | null>(null);
  const callbacks = useRef({ onState, onError });
  callbacks.current = { onState, onError };

  const providerFactory = useCallback(
    (id: string, docs: Map<string, Y.Doc>) => {
      const doc = new Y.Doc();
      docs.set(id, doc);
      const created = createNoteProvider({
        live,
        name: id,
        doc,
        storage: storageOrNull(),
        storageKey: `quotebook.liveNote.v1:${notebookId}:${noteId}`,
        onError: (message) => callbacks.current.onError(message),
      });
      created.on('status', ({ status }: { status: string }) => {
        callbacks.current.onState(status === 'connected' ? 'saved' : 'unsaved');
        editor.setEditable(created.synced);
      });
      provider.current = created;
      return created;
    },
    [editor, noteId, notebookId],
  );

  useEffect(() => {
    editor.setEditable(provider.current?.synced ?? false);
  }, [editor]);
  useEffect(() => markEditedHere(noteId), [noteId]);

  const author = live.author();
  return (
    <CollaborationPlugin
      id={`note:${noteId}`}
      providerFactory={providerFactory}
      // The owner made the document from the stored note; a window must never seed it (Lexical's advice).
      shouldBootstrap={false}
      username={author?.name ?? 'You'}
    />
  );
}
