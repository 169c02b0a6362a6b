/**
 * Asking for the "Cite in note" dialog. Apart from the dialog, so the features that ask (the note
 * commands, backlinks) and the app-wide host that listens (NotesGlobal) do not load the dialog's
 * code with the first screen.
 */
import type { Quote } from '../../../../shared/model';

/** What a quote card needs of the quote being cited. */
export type CitedThing = { id: string; kind: Quote['kind']; target: Pick<Quote['target'], 'exact'> };

let listener: ((quote: CitedThing) => void) | null = null;

/** Opens the "Cite in note" dialog for `quote`. */
export function requestCiteInNote(quote: CitedThing): void {
  listener?.(quote);
}

/** Where requests go (one host in the app); returns the way to stop listening. */
export function onCiteRequest(handle: (quote: CitedThing) => void): () => void {
  listener = handle;
  return () => {
    if (listener === handle) listener = null;
  };
}
