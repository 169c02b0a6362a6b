/**
 * What a card or mention inside a note opens (the article at a quote, an actor's page), handed
 * down by the note editor. Cards take these from here rather than from the workbench, so the
 * workbench changing (a list reloaded after an autosave) does not re-render every card of a note.
 */
import { createContext, useContext } from 'react';

export interface NoteLinks {
  openQuote: (quoteId: string) => void;
  openActor: (actorId: string) => void;
}

export const NoteLinksContext = createContext<NoteLinks | null>(null);

export function useNoteLinks(): NoteLinks {
  const links = useContext(NoteLinksContext);
  if (!links) throw new Error('useNoteLinks must be used inside a note editor.');
  return links;
}
