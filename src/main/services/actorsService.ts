/** Actors: the people, organisations and states quotes are by or about. */
import type { ParsedInputOf } from '../../shared/api/contract';
import { UserError } from '../../shared/api/result';
import type { Actor } from '../../shared/model';
import { newId } from './ids';
import type { NotebookSession } from './session';

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, undefined, { sensitivity: 'base' });

export function listActors(session: NotebookSession): Actor[] {
  return [...session.store.notebook().actors].sort(byName);
}

/** Looks an actor up by id, with a message the user understands when it is gone. */
export function requireActor(session: NotebookSession, id: string): Actor {
  const actor = session.store.notebook().actors.find((a) => a.id === id);
  if (!actor) throw new UserError('not-found', `There is no actor with id "${id}". It may have been deleted or merged.`);
  return actor;
}

function checkAffiliation(session: NotebookSession, actorId: string | null, affiliationId: string | null): void {
  if (affiliationId === null) return;
  requireActor(session, affiliationId);
  // Walk up the chain: an actor affiliated (even indirectly) with itself would make a cycle.
  const seen = new Set<string>();
  for (let id: string | null = affiliationId; id; id = requireActor(session, id).affiliationId) {
    if (id === actorId || seen.has(id)) throw new UserError('invalid-input', 'An actor cannot be affiliated with itself, directly or through others.');
    seen.add(id);
  }
}

export async function createActor(session: NotebookSession, input: ParsedInputOf<'actors:create'>): Promise<Actor> {
  checkAffiliation(session, null, input.affiliationId);
  const actor: Actor = { id: newId('act'), ...input, aliases: dedupe(input.aliases) };
  await session.store.updateNotebook((nb) => {
    nb.actors.push(actor);
  });
  return actor;
}

export async function updateActor(session: NotebookSession, input: ParsedInputOf<'actors:update'>): Promise<Actor> {
  const current = requireActor(session, input.id);
  if (input.patch.affiliationId !== undefined) checkAffiliation(session, current.id, input.patch.affiliationId);
  const updated: Actor = { ...current, ...input.patch, ...(input.patch.aliases ? { aliases: dedupe(input.patch.aliases) } : {}) };
  await session.store.updateNotebook((nb) => {
    nb.actors = nb.actors.map((a) => (a.id === current.id ? updated : a));
  });
  return updated;
}

function dedupe(names: string[]): string[] {
  const seen = new Set<string>();
  return names.filter((n) => {
    const key = n.toLocaleLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
