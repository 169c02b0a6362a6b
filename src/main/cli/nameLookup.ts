/**
 * Names typed on the command line → actors and tags, created when missing. Actors are resolved
 * with the same function the app uses (name, alias, surname, role), so "Stoltenberg" finds "Jens
 * Stoltenberg"; an ambiguous name is refused with the candidates rather than guessed.
 */
import { resolveActor } from '../../shared/actors';
import type { Actor, Tag } from '../../shared/model';
import { guessActorKind } from '../../shared/text/names';
import { leastUsedTint } from '../../shared/palette';
import { findTagsByName, tagPath } from '../../shared/tags/codebook';
import { CliError } from './cliError';
import type { Caller } from './context';

/** What a command created on the way, to report it. */
export interface Created {
  actors: Actor[];
  tags: Tag[];
}

/** The actor `name` refers to (by id, name, alias, surname or role), or null when none does. */
export function lookUpActor(actors: readonly Actor[], name: string): Actor | null {
  const byId = actors.find((a) => a.id === name);
  if (byId) return byId;
  const { match, candidates } = resolveActor(name, actors);
  if (match) return match.actor;
  if (candidates.length > 1) {
    const list = candidates.map((c) => `${c.actor.name} (${c.actor.id})`).join(', ');
    throw new CliError(`“${name}” could be any of: ${list}. Name one by its full name or id.`);
  }
  return null;
}

/** The actor called `name`, created (with a kind guess and its own tint) when there is none. */
export async function actorByName(call: Caller, actors: Actor[], name: string, created: Created): Promise<Actor> {
  const found = lookUpActor(actors, name);
  if (found) return found;
  const actor = await call('actors:create', {
    name: name.trim(),
    kind: guessActorKind(name),
    colour: leastUsedTint(actors.map((a) => a.colour)),
  });
  actors.push(actor);
  created.actors.push(actor);
  return actor;
}

/** The tag `name` (or "PARENT/NAME") refers to, or null when none does. */
export function lookUpTag(tags: readonly Tag[], name: string): Tag | null {
  const byId = tags.find((t) => t.id === name);
  if (byId) return byId;
  const found = findTagsByName(tags, name);
  if (found.length > 1) {
    const list = found.map((t) => `"${tagPath(t, tags)}"`).join(', ');
    throw new CliError(`There are several tags called “${name}”: ${list}. Name one as PARENT/NAME.`);
  }
  return found[0] ?? null;
}

/** The tag `name` (or "PARENT/NAME") refers to, created (with its parent) when missing. */
export async function tagByName(call: Caller, tags: Tag[], name: string, created: Created): Promise<Tag> {
  const found = lookUpTag(tags, name);
  if (found) return found;
  const parts = name.split(/\s*(?:\/|›)\s*/u).filter((p) => p.trim() !== '');
  if (parts.length > 2) throw new CliError(`Tags nest one level only: “${name}” has ${parts.length} levels. Use NAME or PARENT/NAME.`, 2);
  let parentId: string | null = null;
  if (parts.length === 2) {
    const parent = tags.find((t) => t.parentId === null && t.name.toLocaleLowerCase() === parts[0]!.toLocaleLowerCase());
    parentId = parent ? parent.id : (await createTag(call, tags, parts[0]!, null, created)).id;
  }
  return createTag(call, tags, parts[parts.length - 1] ?? name, parentId, created);
}

async function createTag(call: Caller, tags: Tag[], name: string, parentId: string | null, created: Created): Promise<Tag> {
  const tag = await call('tags:create', { name: name.trim(), parentId, colour: leastUsedTint(tags.map((t) => t.colour)) });
  tags.push(tag);
  created.tags.push(tag);
  return tag;
}
