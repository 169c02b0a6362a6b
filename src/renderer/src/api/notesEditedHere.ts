/**
 * The notes this window is editing live right now, by id. A window's own typing reaches it again
 * as "this note changed" after every keystroke the owner saves; knowing which notes are open here
 * lets the window tell that from work done elsewhere (see WorkbenchContext's refresh).
 */
const open = new Map<string, number>();

/** A live note opened here; returns what to call when it closes. Opening a note twice counts twice. */
export function markEditedHere(noteId: string): () => void {
  open.set(noteId, (open.get(noteId) ?? 0) + 1);
  let done = false;
  return () => {
    if (done) return;
    done = true;
    const left = (open.get(noteId) ?? 1) - 1;
    if (left > 0) open.set(noteId, left);
    else open.delete(noteId);
  };
}

export function isEditedHere(noteId: string): boolean {
  return open.has(noteId);
}
