/**
 * Likely duplicates among a notebook's actors: two entries that probably name the same person,
 * organisation or state ("Stoltenberg" and "Jens Stoltenberg"; "US" and "United States"). They
 * are pointed out for the analyst to merge or dismiss, never merged automatically.
 */
import type { Actor } from '../model';
import { isDescription } from './descriptionName';
import { lookupGazetteer } from './lookupGazetteer';
import { nameKey, surnameKey } from './normaliseName';

type ActorLike = Pick<Actor, 'id' | 'name' | 'kind' | 'aliases'>;

/** Two actors that may be one, with the reasons in words. */
export interface DuplicatePair {
  /** The two actor ids, in a stable order (see `pairKey`). */
  ids: [string, string];
  reasons: string[];
}

/** The order-independent key of a pair of actor ids (how dismissed pairs are remembered). */
export function pairKey(a: string, b: string): string {
  return a < b ? `${a} ${b}` : `${b} ${a}`;
}

/** Every name an actor goes by, keyed for matching, with one spelling to show. */
function namesOf(actor: ActorLike): Map<string, string> {
  const names = new Map<string, string>();
  for (const n of [actor.name, ...actor.aliases]) {
    const key = nameKey(n);
    if (key && !names.has(key)) names.set(key, n.trim());
  }
  return names;
}

/**
 * Pairs of actors that look like duplicates: a shared name or alias, a one-word name that is the
 * other's surname, the same surname (people), or two names of one built-in state. Two actors both
 * named by a description ("the union") are not a pair: each stands for its own article's.
 * `dismissed` holds `pairKey`s the analyst said are different actors.
 */
export function findLikelyDuplicates(actors: readonly ActorLike[], dismissed: ReadonlySet<string> = new Set()): DuplicatePair[] {
  const reasons = new Map<string, { ids: [string, string]; reasons: string[] }>();
  const add = (a: ActorLike, b: ActorLike, reason: string) => {
    if (a.id === b.id) return;
    const key = pairKey(a.id, b.id);
    if (dismissed.has(key)) return;
    const entry = reasons.get(key) ?? { ids: (a.id < b.id ? [a.id, b.id] : [b.id, a.id]) as [string, string], reasons: [] };
    if (!entry.reasons.includes(reason)) entry.reasons.push(reason);
    reasons.set(key, entry);
  };

  // Buckets instead of comparing every pair: a notebook may hold thousands of actors.
  const byName = new Map<string, { actor: ActorLike; shown: string }[]>();
  const bySurname = new Map<string, ActorLike[]>();
  const byState = new Map<string, { actor: ActorLike; shown: string }[]>();
  const push = <T>(map: Map<string, T[]>, key: string, value: T) => map.set(key, [...(map.get(key) ?? []), value]);
  for (const actor of actors) {
    const names = namesOf(actor);
    for (const [key, shown] of names) push(byName, key, { actor, shown });
    const surname = actor.kind === 'person' ? surnameKey(actor.name) : '';
    if (surname) push(bySurname, surname, actor);
    const states = new Set<string>();
    for (const shown of names.values()) {
      const hit = lookupGazetteer(shown);
      if (hit && !states.has(hit.state.name)) {
        states.add(hit.state.name);
        push(byState, hit.state.name, { actor, shown });
      }
    }
  }

  for (const entries of byName.values()) {
    for (let i = 0; i < entries.length; i++) {
      for (let j = i + 1; j < entries.length; j++) {
        const [a, b] = [entries[i]!.actor, entries[j]!.actor];
        // Two actors named by a description ("the union", one per article that says it) are two
        // bodies until the analyst says otherwise; listing them would also pair every "the company"
        // of a corpus with every other, thousands of pairs in a few hundred articles.
        if (isDescription(a.name) && isDescription(b.name)) continue;
        add(a, b, `both are called “${entries[i]!.shown}”`);
      }
    }
  }
  for (const [surname, people] of bySurname) {
    for (let i = 0; i < people.length; i++) {
      for (let j = i + 1; j < people.length; j++) add(people[i]!, people[j]!, `same surname “${lastWord(people[i]!.name)}”`);
    }
    // "Stoltenberg" entered on its own next to "Jens Stoltenberg".
    for (const { actor, shown } of byName.get(surname) ?? []) {
      if (actor.kind !== 'person' && actor.kind !== 'other') continue;
      // When the person has the surname as an alias too, "both are called" already says it.
      for (const person of people) if (!namesOf(person).has(surname)) add(actor, person, `“${shown}” is ${person.name}’s surname`);
    }
  }
  for (const [state, entries] of byState) {
    for (let i = 0; i < entries.length; i++) {
      for (let j = i + 1; j < entries.length; j++) {
        const [a, b] = [entries[i]!, entries[j]!];
        if (a.actor.kind === 'person' || b.actor.kind === 'person') continue;
        if (nameKey(a.shown) === nameKey(b.shown)) continue; // already reported as a shared name
        add(a.actor, b.actor, `“${a.shown}” and “${b.shown}” both name ${state}`);
      }
    }
  }
  return [...reasons.values()];
}

function lastWord(name: string): string {
  const words = name.trim().split(/\s+/);
  return words[words.length - 1] ?? name;
}
