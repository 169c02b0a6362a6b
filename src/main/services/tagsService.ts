/**
 * Tags: the analyst's codebook (one level of nesting). Quotes hold tag ids, so a rename needs no
 * quote to change; a merge or a deletion rewrites the quotes first and changes the codebook last,
 * so a crash half-way never leaves a quote pointing at a tag that is gone.
 */
import type { ParsedInputOf } from '../../shared/api/contract';
import { UserError } from '../../shared/api/result';
import type { TagDeleted, TagMerged } from '../../shared/tags/api';
import { placementProblem } from '../../shared/tags/codebook';
import type { Tag } from '../../shared/model';
import { newId } from './ids';
import { rewriteEveryQuote } from './quoteRewrite';
import type { NotebookSession } from './session';

export function listTags(session: NotebookSession): Tag[] {
  return [...session.store.notebook().tags].sort((a, b) => a.name.localeCompare(b.name, undefined, { sensitivity: 'base' }));
}

/** Looks a tag up by id, with a message the user understands when it is gone. */
export function requireTag(session: NotebookSession, id: string): Tag {
  const tag = session.store.notebook().tags.find((t) => t.id === id);
  if (!tag) throw new UserError('not-found', `There is no tag with id "${id}". It may have been deleted or merged.`);
  return tag;
}

/** Checks a tag's name and place against the codebook as it is (inside a write: against the latest one). */
function checkPlacement(tags: readonly Tag[], id: string | null, name: string, parentId: string | null): void {
  const problem = placementProblem(tags, id, name, parentId);
  if (problem) throw new UserError(problem.startsWith('A tag called') ? 'conflict' : 'invalid-input', problem);
}

export async function createTag(session: NotebookSession, input: ParsedInputOf<'tags:create'>): Promise<Tag> {
  const tag: Tag = { id: newId('tag'), ...input };
  await session.store.updateNotebook((nb) => {
    // Inside the write, so two tags of one name created at once cannot both get in.
    checkPlacement(nb.tags, null, input.name, input.parentId);
    nb.tags.push(tag);
  });
  return tag;
}

export async function updateTag(session: NotebookSession, input: ParsedInputOf<'tags:update'>): Promise<Tag> {
  requireTag(session, input.id);
  const patch = Object.fromEntries(Object.entries(input.patch).filter(([, value]) => value !== undefined)) as Partial<Tag>;
  let updated!: Tag;
  await session.store.updateNotebook((nb) => {
    const current = nb.tags.find((t) => t.id === input.id);
    if (!current) throw new UserError('not-found', `There is no tag with id "${input.id}". It may have been deleted or merged.`);
    updated = { ...current, ...patch };
    checkPlacement(nb.tags, current.id, updated.name, updated.parentId);
    nb.tags = nb.tags.map((t) => (t.id === current.id ? updated : t));
  });
  return updated;
}

export async function mergeTags(session: NotebookSession, input: ParsedInputOf<'tags:merge'>): Promise<TagMerged> {
  if (input.fromId === input.intoId) throw new UserError('invalid-input', 'A tag cannot be merged into itself. Choose another tag to merge into.');
  const from = requireTag(session, input.fromId);
  const into = requireTag(session, input.intoId);
  const { length: quotes } = await rewriteEveryQuote(session, (quote) =>
    quote.tagIds.includes(from.id) ? { ...quote, tagIds: [...new Set(quote.tagIds.map((id) => (id === from.id ? into.id : id)))] } : null,
  );
  // The survivor keeps its place unless it sat inside the merged tag; the merged tag's children
  // join the survivor, or the survivor's parent when the survivor is itself a child.
  const survivorParent = into.parentId === from.id ? from.parentId : into.parentId;
  const childParent = survivorParent ?? into.id;
  await session.store.updateNotebook((nb) => {
    nb.tags = nb.tags
      .filter((t) => t.id !== from.id)
      .map((t) => {
        if (t.id === into.id) return { ...t, parentId: survivorParent, description: t.description || from.description };
        return t.parentId === from.id ? { ...t, parentId: childParent } : t;
      });
  });
  return { tag: requireTag(session, into.id), merged: from, quotes };
}

export async function deleteTag(session: NotebookSession, id: string): Promise<TagDeleted> {
  const tag = requireTag(session, id);
  const { length: quotes } = await rewriteEveryQuote(session, (quote) => (quote.tagIds.includes(tag.id) ? { ...quote, tagIds: quote.tagIds.filter((t) => t !== tag.id) } : null));
  let children = 0;
  await session.store.updateNotebook((nb) => {
    children = nb.tags.filter((t) => t.parentId === tag.id).length;
    nb.tags = nb.tags.filter((t) => t.id !== tag.id).map((t) => (t.parentId === tag.id ? { ...t, parentId: null } : t));
  });
  return { tag, quotes, children };
}

/** How many quotes carry each tag directly (the codebook shows these beside each tag). */
export function tagCounts(session: NotebookSession): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const file of session.store.articles()) for (const quote of file.quotes) for (const id of quote.tagIds) counts[id] = (counts[id] ?? 0) + 1;
  return counts;
}
