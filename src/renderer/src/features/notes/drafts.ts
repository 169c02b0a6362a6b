/**
 * Crash-safe drafts: while a note is being edited, its unsaved state is kept in localStorage a
 * moment after each change. If Quotebook quits or crashes before the autosave reaches the
 * notebook, the next start finds a draft newer than the saved note and offers to restore it.
 */

const PREFIX = 'quotebook.noteDraft.v1:';

/** What is kept of an unsaved note. */
export interface NoteDraft {
  notebookId: string;
  noteId: string;
  title: string;
  content: Record<string, unknown>;
  /** When the analyst last changed the note (ISO time). */
  editedAt: string;
}

const keyOf = (notebookId: string, noteId: string) => `${PREFIX}${notebookId}:${noteId}`;

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** Keeps a draft; returns false when storage is unavailable or full. */
export function writeDraft(draft: NoteDraft): boolean {
  try {
    storage()?.setItem(keyOf(draft.notebookId, draft.noteId), JSON.stringify(draft));
    return !!storage();
  } catch {
    return false;
  }
}

function parse(raw: string | null): NoteDraft | null {
  if (!raw) return null;
  try {
    const value = JSON.parse(raw) as Partial<NoteDraft>;
    if (typeof value.noteId !== 'string' || typeof value.notebookId !== 'string' || typeof value.editedAt !== 'string') return null;
    if (typeof value.content !== 'object' || value.content === null) return null;
    return { notebookId: value.notebookId, noteId: value.noteId, title: typeof value.title === 'string' ? value.title : '', content: value.content, editedAt: value.editedAt };
  } catch {
    return null;
  }
}

/** The draft of one note, if any. */
export function readDraft(notebookId: string, noteId: string): NoteDraft | null {
  try {
    return parse(storage()?.getItem(keyOf(notebookId, noteId)) ?? null);
  } catch {
    return null;
  }
}

/** Forgets a note's draft (after it was saved, restored or discarded). */
export function removeDraft(notebookId: string, noteId: string): void {
  try {
    storage()?.removeItem(keyOf(notebookId, noteId));
  } catch {
    // Nothing to do: a draft that cannot be removed is offered again and can be discarded then.
  }
}

/** Every draft kept for a notebook. */
export function listDrafts(notebookId: string): NoteDraft[] {
  const store = storage();
  if (!store) return [];
  const drafts: NoteDraft[] = [];
  const prefix = `${PREFIX}${notebookId}:`;
  for (let i = 0; i < store.length; i++) {
    const key = store.key(i);
    if (key?.startsWith(prefix)) {
      const draft = parse(store.getItem(key));
      if (draft) drafts.push(draft);
    }
  }
  return drafts;
}

/** True when the draft holds work the saved note does not: changed after the save, and different. */
export function draftIsNewer(draft: NoteDraft, saved: { updatedAt: string; title: string; content?: Record<string, unknown> }): boolean {
  if (draft.editedAt <= saved.updatedAt) return false;
  if (!saved.content) return true;
  return draft.title !== saved.title || JSON.stringify(draft.content) !== JSON.stringify(saved.content);
}
