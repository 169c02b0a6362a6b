/** Notes: the analyst's own writing, stored as Lexical editor state, with the quotes and actors it cites. */
import type { ParsedInputOf } from '../../shared/api/contract';
import { SCHEMA_VERSION, type Note, type NoteSummary } from '../../shared/model';
import { UserError } from '../../shared/api/result';
import { countWords, noteReferences, notePlainText, type NoteReferences } from '../../shared/editor/noteContent';
import type { NoteBacklink, NoteListing } from '../../shared/editor/notesApi';
import { newId } from './ids';
import { createHeadlessNoteEditor } from '../../shared/editor/noteNodes';
import type { NotebookSession } from './session';

interface NoteFacts {
  refs: NoteReferences;
  preview: string;
  wordCount: number;
}

// Stored notes are frozen and replaced (never mutated) on save, so a note object is a safe key:
// listing or looking up backlinks walks each note's JSON once, not on every call.
const facts = new WeakMap<Note, NoteFacts>();

function factsOf(note: Note): NoteFacts {
  let known = facts.get(note);
  if (!known) {
    const text = notePlainText(note.content);
    known = { refs: noteReferences(note.content), preview: text.slice(0, 240), wordCount: countWords(text) };
    facts.set(note, known);
  }
  return known;
}

const summaryOf = ({ content: _content, ...summary }: Note): NoteSummary => summary;
const byRecent = (a: { updatedAt: string }, b: { updatedAt: string }) => b.updatedAt.localeCompare(a.updatedAt);

export function listNotes(session: NotebookSession): NoteListing[] {
  return session.store
    .notes()
    .map(({ note }) => {
      const { refs, preview, wordCount } = factsOf(note);
      let quoteCount = 0;
      for (const count of refs.quotes.values()) quoteCount += count;
      return { ...summaryOf(note), preview, wordCount, quoteCount };
    })
    .sort(byRecent);
}

function existingNote(session: NotebookSession, id: string, doing: string): Note {
  const file = session.store.note(id);
  if (!file) throw new UserError('not-found', `There is no note with id "${id}" ${doing}. It may have been deleted.`);
  return file.note;
}

export function getNote(session: NotebookSession, id: string): Note {
  return existingNote(session, id, '');
}

/** Lexical's editor state always has a root with children; anything else would not open again. */
function checkContent(content: Record<string, unknown>): void {
  const root = content.root as { children?: unknown } | undefined;
  if (typeof root !== 'object' || root === null || !Array.isArray(root.children)) {
    throw new UserError('invalid-input', 'The note could not be saved: its content is not an editor state (it has no "root" with "children"). Reload the note and try again.');
  }
  try {
    createHeadlessNoteEditor().parseEditorState(JSON.stringify(content));
  } catch (error) {
    throw new UserError('invalid-input', `The note could not be saved: its content is not an editor state this version can open (${(error as Error).message}). Reload the note and try again.`);
  }
}

async function putNote(session: NotebookSession, note: Note): Promise<Note> {
  return (await session.store.putNote({ format: 'quotebook-note', schemaVersion: SCHEMA_VERSION, note })).note;
}

export async function saveNote(session: NotebookSession, input: ParsedInputOf<'notes:save'>): Promise<Note> {
  checkContent(input.content);
  const now = new Date().toISOString();
  const title = input.title.trim() || 'Untitled note';
  if (!input.id) {
    const note: Note = { id: newId('note'), title, content: input.content, createdAt: now, updatedAt: now };
    return putNote(session, note);
  }
  return changeNote(session, input.id, 'to save over', (note) => ({ ...note, title, content: input.content, updatedAt: now }));
}

/** Renames a note; its content stays as the last save left it, even one that landed a moment ago. */
export async function renameNote(session: NotebookSession, input: ParsedInputOf<'notes:rename'>): Promise<NoteSummary> {
  const title = input.title.trim() || 'Untitled note';
  return summaryOf(await changeNote(session, input.id, 'to rename', (note) => ({ ...note, title, updatedAt: new Date().toISOString() })));
}

/** Changes a stored note inside its write queue, so overlapping saves and renames do not undo each other. */
async function changeNote(session: NotebookSession, id: string, doing: string, change: (note: Note) => Note): Promise<Note> {
  existingNote(session, id, doing);
  const saved = await session.store.updateNote(id, (file) => ({ ...file, note: change(file.note) }));
  // Deleted while the change waited for an earlier write.
  if (!saved) existingNote(session, id, doing);
  return saved!.note;
}

export async function deleteNote(session: NotebookSession, id: string): Promise<NoteSummary> {
  const existing = existingNote(session, id, 'to delete');
  await session.store.deleteNote(id);
  return summaryOf(existing);
}

export async function restoreNote(session: NotebookSession, id: string): Promise<NoteSummary> {
  if (session.store.note(id)) throw new UserError('conflict', 'This note is not deleted, so there is nothing to restore.');
  const file = await session.store.restoreNote(id);
  session.searchRefresh({ kind: 'note', id });
  return summaryOf(file.note);
}

/** Quote ids said by or about `actorId`, across the notebook. */
function quotesOfActor(session: NotebookSession, actorId: string): Set<string> {
  const ids = new Set<string>();
  for (const file of session.store.articles()) {
    for (const quote of file.quotes) if (quote.speakerId === actorId || quote.aboutIds.includes(actorId)) ids.add(quote.id);
  }
  return ids;
}

/** The notes citing a quote, or mentioning an actor or citing its quotes; most recently edited first. */
export function noteBacklinks(session: NotebookSession, input: ParsedInputOf<'notes:backlinks'>): NoteBacklink[] {
  const quoteIds = input.quoteId ? new Set([input.quoteId]) : quotesOfActor(session, input.actorId!);
  const links: NoteBacklink[] = [];
  for (const { note } of session.store.notes()) {
    const { refs } = factsOf(note);
    let citations = 0;
    for (const [quoteId, count] of refs.quotes) if (quoteIds.has(quoteId)) citations += count;
    const mentions = input.actorId ? (refs.actors.get(input.actorId) ?? 0) : 0;
    if (citations + mentions > 0) links.push({ id: note.id, title: note.title, updatedAt: note.updatedAt, citations, mentions });
  }
  return links.sort(byRecent);
}
