/**
 * Asking the quote editor to put the keyboard in one of its fields: after a new quote is marked
 * (the speaker comes next) or from a shortcut (S, A, T, C). The editor may not be mounted yet when
 * asked, so the request waits until it is.
 */

/** The quote editor's fields that can take focus on request. */
export type EditorField = 'speaker' | 'about' | 'tags' | 'comment' | 'kind';

let pending: EditorField | null = null;
const listeners = new Set<(field: EditorField) => void>();

/** Asks the quote editor to focus `field` now, or as soon as it appears. */
export function requestEditorFocus(field: EditorField): void {
  pending = field;
  for (const listener of listeners) listener(field);
}

/** Takes the waiting request, if any (the editor calls this when it mounts). */
export function takeEditorFocusRequest(): EditorField | null {
  const field = pending;
  pending = null;
  return field;
}

/** Calls `listener` on every request while subscribed. */
export function onEditorFocusRequest(listener: (field: EditorField) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
