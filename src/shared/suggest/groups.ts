/**
 * Groups of people named by a plural ("Democrats", "Labour MPs", "Tories"): the labels' actors of
 * kind `other`, subkind `group`. The suggester decides speakers without them; they are told apart
 * here so that the about rules can still say a quote is about one.
 */
import { stateOfDemonym } from './data/demonyms';
import type { Entity } from './entities';
import { isFirstName, PARTY_GROUPS } from './lexicon';

/** "Democrats", "Labour MPs", "Brexit-supporting Conservatives" (not "Evans" or "Jan Peters"). */
export function isPluralName(name: string): boolean {
  const words = name.split(/\s+/);
  const last = words[words.length - 1]!;
  if (PARTY_GROUPS.has(last.toLowerCase()) || /^\p{Lu}+s$/u.test(last)) return true;
  return words.length >= 2 && !isFirstName(words[0]!) && /^\p{Lu}\p{Ll}+(?:ats|ans|ives|ists|ers)$/u.test(last);
}

/**
 * A group a quote can be about: a plural name that is not a people ("Karabakh Armenians",
 * "Brennish Americans" are people in general, which the labels leave out).
 */
export function isAboutGroup(e: Entity): boolean {
  const last = e.name.split(/\s+/).pop()!;
  return e.kind === 'other' && isPluralName(e.name) && !stateOfDemonym(last.replace(/s$/, ''));
}
