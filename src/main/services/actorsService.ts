/** Actors: the people, organisations and states quotes are by or about. */
import type { ParsedInputOf } from '../../shared/api/contract';
import type { QuoteCounts } from '../../shared/actors/api';
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
  const actor: Actor = { id: newId('act'), ...input, aliases: dedupe(input.aliases, input.name) };
  await session.store.updateNotebook((nb) => {
    nb.actors.push(actor);
  });
  return actor;
}

export async function updateActor(session: NotebookSession, input: ParsedInputOf<'actors:update'>): Promise<Actor> {
  requireActor(session, input.id);
  if (input.patch.affiliationId !== undefined) checkAffiliation(session, input.id, input.patch.affiliationId);
  let updated!: Actor;
  // The patch goes onto the actor as it is inside the write, so two edits a moment apart both stay.
  await session.store.updateNotebook((nb) => {
    const current = nb.actors.find((a) => a.id === input.id);
    if (!current) throw new UserError('not-found', `There is no actor with id "${input.id}". It may have been deleted.`);
    const name = input.patch.name ?? current.name;
    updated = { ...current, ...input.patch, aliases: dedupe(input.patch.aliases ?? current.aliases, name) };
    nb.actors = nb.actors.map((a) => (a.id === current.id ? updated : a));
  });
  return updated;
}

/** How many quotes each actor said and is the subject of, keyed by actor id (actors without quotes are left out). */
export function countQuotes(session: NotebookSession): Record<string, QuoteCounts> {
  const counts: Record<string, QuoteCounts> = {};
  const entry = (id: string) => (counts[id] ??= { said: 0, about: 0 });
  for (const file of session.store.articles()) {
    for (const quote of file.quotes) {
      if (quote.speakerId) entry(quote.speakerId).said++;
      for (const id of new Set(quote.aboutIds)) entry(id).about++;
    }
  }
  return counts;
}

/** In words, what still points at an actor; null when nothing does. */
export function describeUses(session: NotebookSession, actor: Actor): string | null {
  const counts = countQuotes(session)[actor.id] ?? { said: 0, about: 0 };
  const members = session.store.notebook().actors.filter((a) => a.affiliationId === actor.id).length;
  const parts = [
    counts.said ? `the speaker of ${counts.said} quote${counts.said === 1 ? '' : 's'}` : '',
    counts.about ? `the subject of ${counts.about} quote${counts.about === 1 ? '' : 's'}` : '',
    members ? `the affiliation of ${members} other actor${members === 1 ? '' : 's'}` : '',
  ].filter(Boolean);
  if (parts.length === 0) return null;
  const list = parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}` : parts[0];
  return `“${actor.name}” is ${list}.`;
}

/** Aliases without repeats and without the actor's own name ("U.S." and "US" may both stay: the analyst typed both). */
function dedupe(names: string[], ownName: string): string[] {
  const seen = new Set<string>([ownName.trim().toLocaleLowerCase()]);
  return names.filter((n) => {
    const key = n.trim().toLocaleLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
