/** Notes: the analyst's own writing, stored as Lexical editor state. */
import type { ParsedInputOf } from '../../shared/api/contract';
import { SCHEMA_VERSION, type Note, type NoteSummary } from '../../shared/model';
import { UserError } from '../../shared/api/result';
import { newId } from './ids';
import type { NotebookSession } from './session';

export function listNotes(session: NotebookSession): NoteSummary[] {
  return session.store
    .notes()
    .map(({ note: { content: _content, ...summary } }) => summary)
    .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
}

export function getNote(session: NotebookSession, id: string): Note {
  const file = session.store.note(id);
  if (!file) throw new UserError('not-found', `There is no note with id "${id}". It may have been deleted.`);
  return file.note;
}

export async function saveNote(session: NotebookSession, input: ParsedInputOf<'notes:save'>): Promise<Note> {
  const now = new Date().toISOString();
  const existing = input.id ? session.store.note(input.id)?.note : undefined;
  if (input.id && !existing) throw new UserError('not-found', `There is no note with id "${input.id}" to save over. It may have been deleted.`);
  const note: Note = {
    ...(existing ?? {}),
    id: existing?.id ?? newId('note'),
    title: input.title.trim() || 'Untitled note',
    content: input.content,
    createdAt: existing?.createdAt ?? now,
    updatedAt: now,
  };
  await session.store.putNote({ format: 'quotebook-note', schemaVersion: SCHEMA_VERSION, note });
  return note;
}
