/**
 * One function resolves a mention in text to an actor: by name, alias, surname (people only; the
 * first word of a name written family name first, "Wang" for Wang Wenbin) or
 * role + affiliation ("NATO Secretary-General"). Used by the speaker autocomplete, the CLI and the
 * suggester, so every front door agrees on who "the U.S." is.
 */
import type { Actor } from '../model';
import { familyNameFirst } from './familyNames';
import { nameKey, surnameKey } from './normaliseName';

export type MatchKind = 'name' | 'alias' | 'surname' | 'role';

export interface ActorMatch {
  actor: Actor;
  how: MatchKind;
}

export interface Resolution {
  /** The single best actor, or null when none or several match equally well. */
  match: ActorMatch | null;
  /** Every actor that matched at the best level (more than one means ambiguous). */
  candidates: ActorMatch[];
}

type ActorLike = Pick<Actor, 'id' | 'name' | 'kind' | 'aliases' | 'role' | 'affiliationId'>;

/** Resolves `mention` among `actors`; ambiguity is reported, never guessed. */
export function resolveActor<A extends ActorLike>(mention: string, actors: readonly A[]): { match: { actor: A; how: MatchKind } | null; candidates: { actor: A; how: MatchKind }[] } {
  const key = nameKey(mention);
  if (!key) return { match: null, candidates: [] };
  const byId = new Map(actors.map((a) => [a.id, a]));
  const levels: [MatchKind, (a: A) => boolean][] = [
    ['name', (a) => nameKey(a.name) === key],
    ['alias', (a) => a.aliases.some((alias) => nameKey(alias) === key)],
    // "Stoltenberg" for Jens Stoltenberg, and "Wang" for Wang Wenbin (family name first).
    ['surname', (a) => a.kind === 'person' && (surnameKey(a.name) === key || nameKey(familyNameFirst(a.name)) === key)],
    ['role', (a) => roleKeys(a, byId).includes(key)],
  ];
  for (const [how, test] of levels) {
    const hits = actors.filter(test).map((actor) => ({ actor, how }));
    if (hits.length) return { match: hits.length === 1 ? hits[0]! : null, candidates: hits };
  }
  return { match: null, candidates: [] };
}

/**
 * The actor a mention of a given kind is, or null: as resolveActor, except that a surname only
 * names a person ("Lee" the organisation is not Ada Lee). Suggesting, accepting suggestions and
 * relabelling open ones after an acceptance all match this way.
 */
export function actorOfKind<A extends ActorLike>(mention: string, kind: Actor['kind'] | 'unknown', actors: readonly A[]): A | null {
  const hit = resolveActor(mention, actors).match;
  return hit && (hit.how !== 'surname' || kind === 'person') ? hit.actor : null;
}

/** "Secretary-General" of NATO is also "NATO Secretary-General" and "Secretary-General of NATO". */
function roleKeys<A extends ActorLike>(actor: A, byId: Map<string, A>): string[] {
  const role = nameKey(actor.role);
  if (!role) return [];
  const affiliation = actor.affiliationId ? byId.get(actor.affiliationId) : undefined;
  if (!affiliation) return [];
  const names = [affiliation.name, ...affiliation.aliases].map(nameKey).filter(Boolean);
  return names.flatMap((n) => [`${n} ${role}`, `${role} of ${n}`, `${role} ${n}`]);
}

/** Actors whose name, alias or surname starts with what the user typed, best first (for autocomplete). */
export function searchActors<A extends ActorLike>(typed: string, actors: readonly A[], limit = 10): A[] {
  const key = nameKey(typed);
  if (!key) return actors.slice(0, limit);
  const score = (a: A): number => {
    const names = [a.name, ...a.aliases].map(nameKey);
    if (names.includes(key)) return 0;
    if (names.some((n) => n.startsWith(key))) return 1;
    if (names.some((n) => n.split(' ').some((w) => w.startsWith(key)))) return 2;
    if (roleKeys(a, new Map(actors.map((x) => [x.id, x]))).some((r) => r.includes(key))) return 3;
    return 9;
  };
  return actors
    .map((a) => ({ a, s: score(a) }))
    .filter((x) => x.s < 9)
    .sort((x, y) => x.s - y.s || x.a.name.localeCompare(y.a.name))
    .slice(0, limit)
    .map((x) => x.a);
}
