/** Tags: the analyst's codebook (one level of nesting). */
import type { ParsedInputOf } from '../../shared/api/contract';
import { UserError } from '../../shared/api/result';
import type { Tag } from '../../shared/model';
import { newId } from './ids';
import type { NotebookSession } from './session';

export function listTags(session: NotebookSession): Tag[] {
  return [...session.store.notebook().tags].sort((a, b) => a.name.localeCompare(b.name, undefined, { sensitivity: 'base' }));
}

export async function createTag(session: NotebookSession, input: ParsedInputOf<'tags:create'>): Promise<Tag> {
  const tags = session.store.notebook().tags;
  const clash = tags.find((t) => t.name.toLocaleLowerCase() === input.name.toLocaleLowerCase() && t.parentId === input.parentId);
  if (clash) throw new UserError('conflict', `A tag called "${clash.name}" already exists here. Use it, or choose another name.`);
  if (input.parentId !== null) {
    const parent = tags.find((t) => t.id === input.parentId);
    if (!parent) throw new UserError('not-found', `The parent tag "${input.parentId}" does not exist.`);
    if (parent.parentId !== null) throw new UserError('invalid-input', `Tags nest one level only: "${parent.name}" is already inside another tag.`);
  }
  const tag: Tag = { id: newId('tag'), ...input };
  await session.store.updateNotebook((nb) => {
    nb.tags.push(tag);
  });
  return tag;
}
