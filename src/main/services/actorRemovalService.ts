/**
 * Deleting and merging actors, and undoing either. Quotes live in article files, so a removal
 * rewrites every article that mentions the actor. Order matters for a crash half-way: quotes are
 * moved first and the actor removed last (a removal never leaves a quote pointing at nothing, and
 * running it again finishes the job); undo brings the actor back first, then its quotes.
 */
import type { ParsedInputOf } from '../../shared/api/contract';
import type { ActorDeleted, ActorMerged } from '../../shared/actors/api';
import { actorsAfterRemoval, actorsAfterRestore, detachQuote, reattachQuote, restoreMentions, retargetMentions, type ActorRemoval, type QuoteChange } from '../../shared/actors';
import { UserError } from '../../shared/api/result';
import type { Actor } from '../../shared/model';
import { describeUses, requireActor } from './actorsService';
import { rewriteEveryQuote } from './quoteRewrite';
import type { NotebookSession } from './session';

/** Takes `from` out of the notebook, handing its quotes and members to `into` (or to nobody). */
async function removeActor(session: NotebookSession, from: Actor, into: Actor | null): Promise<{ record: ActorRemoval; survivor: Actor | null }> {
  const detached = await rewriteEveryQuote(session, (quote) => detachQuote(quote, from.id, into?.id ?? null)?.quote ?? null);
  const changes: QuoteChange[] = detached.map((quote) => detachQuote(quote, from.id, into?.id ?? null)!.change);
  // A merge also points the notes' actor mentions at the survivor; after a delete they keep the
  // text they were written with (the note shows it as an unknown actor) and undo relinks them.
  const notes = into ? await rewriteNotes(session, (content) => retargetMentions(content, from.id, into.id)) : [];
  let result: ReturnType<typeof actorsAfterRemoval> | undefined;
  let before = null as Actor | null; // "as": assigned in the callback, which narrowing cannot see
  await session.store.updateNotebook((nb) => {
    // Computed inside the update so that a concurrent edit of another actor is not overwritten.
    before = into ? (nb.actors.find((a) => a.id === into.id) ?? into) : null;
    result = actorsAfterRemoval(nb.actors, from, before);
    nb.actors = result.actors;
    // Recorded so that a quote linked to the actor on another replica meanwhile follows it too.
    nb.removedActors = [...(nb.removedActors ?? []).filter((r) => r.id !== from.id), { id: from.id, name: from.name, mergedInto: into?.id ?? null, removedAt: new Date().toISOString() }];
  });
  const { affiliated, survivor } = result!;
  const record: ActorRemoval = {
    kind: into ? 'merge' : 'delete',
    actor: from,
    into: before && survivor ? { before, after: survivor } : null,
    quotes: changes,
    affiliated,
    notes,
  };
  return { record, survivor };
}

export async function deleteActor(session: NotebookSession, input: ParsedInputOf<'actors:delete'>): Promise<ActorDeleted> {
  const actor = requireActor(session, input.id);
  const uses = describeUses(session, actor);
  if (uses && !input.force) {
    throw new UserError('conflict', `${uses} Merge it into another actor to keep those links, or confirm the deletion to remove it from them.`);
  }
  const { record } = await removeActor(session, actor, null);
  return { actor, detachedQuotes: record.quotes.length, undo: record };
}

export async function mergeActors(session: NotebookSession, input: ParsedInputOf<'actors:merge'>): Promise<ActorMerged> {
  if (input.fromId === input.intoId) throw new UserError('invalid-input', 'An actor cannot be merged into itself. Choose two different actors.');
  const from = requireActor(session, input.fromId);
  const into = requireActor(session, input.intoId);
  const { record, survivor } = await removeActor(session, from, into);
  return { survivor: survivor!, movedQuotes: record.quotes.length, undo: record };
}

/** Undoes a delete or a merge from the record it returned. */
export async function restoreActor(session: NotebookSession, input: ParsedInputOf<'actors:restore'>): Promise<Actor> {
  const record = input.record as ActorRemoval;
  await session.store.updateNotebook((nb) => {
    try {
      nb.actors = actorsAfterRestore(nb.actors, record);
    } catch (error) {
      throw new UserError('conflict', (error as Error).message);
    }
    const removed = (nb.removedActors ?? []).filter((r) => r.id !== record.actor.id);
    if (removed.length) nb.removedActors = removed;
    else delete nb.removedActors;
  });
  const changes = new Map(record.quotes.map((c) => [c.id, c]));
  const intoId = record.into?.after.id ?? null;
  await rewriteEveryQuote(session, (quote) => {
    const change = changes.get(quote.id);
    return change ? reattachQuote(quote, change, record.actor.id, intoId) : null;
  });
  if (intoId) {
    const paths = new Map(record.notes.map((n) => [n.id, n.paths]));
    await rewriteNotes(session, (content, id) => {
      const where = paths.get(id);
      const restored = where ? restoreMentions(content, where, record.actor.id, intoId) : null;
      return restored ? { content: restored, paths: where! } : null;
    });
  }
  return requireActor(session, record.actor.id);
}

/** Applies `rewrite` to every note's content and saves the notes it changed (their updatedAt is kept: the analyst did not edit them). */
async function rewriteNotes(
  session: NotebookSession,
  rewrite: (content: unknown, id: string) => { content: unknown; paths: string[] } | null,
): Promise<{ id: string; paths: string[] }[]> {
  const changed: { id: string; paths: string[] }[] = [];
  for (const { note } of session.store.notes()) {
    // Inside the note's write queue, so an autosave landing meanwhile is rewritten, not undone.
    await session.store.updateNote(note.id, (file) => {
      const result = rewrite(file.note.content, file.note.id);
      if (!result) return file;
      changed.push({ id: file.note.id, paths: result.paths });
      return { ...file, note: { ...file.note, content: result.content as Record<string, unknown> } };
    });
  }
  return changed;
}
