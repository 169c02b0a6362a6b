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

// People a party or body has, after its name: "SNP MPs", "Whig senators", "Brenna Labour councillors".
// Words after a name that show it used as one ("the SNP would", "the SNP to").
const AFTER_NAME = /^\s+(?:is|was|are|were|has|had|have|will|would|can|could|should|must|may|might|said|says|to|and|or|in|on|at|for|with|by|from)\b/;
const MEMBERS = /^(.+?)\s+(?:MPs|MSPs|MEPs|members|lawmakers|legislators|senators|councillors|councilors|peers|activists|leaders)$/;

/**
 * Bodies an entity of their members stands for: the text wrote "SNP" alone, but the entity took
 * the name "SNP MPs" from another mention. A quote about "the SNP" is about the party, which is
 * no entity of its own (and speakers keep the members' entity). Keyed by the members' entity.
 */
export function bodiesOfMembers(text: string, entities: readonly Entity[]): Map<Entity, Entity> {
  const out = new Map<Entity, Entity>();
  for (const e of entities) {
    const body = MEMBERS.exec(e.name)?.[1];
    if (!body || e.kind === 'person' || e.kind === 'state' || !e.forms.has(body) || entities.some((x) => x !== e && x.name === body)) continue;
    const alone = e.mentions.filter((m) => m.name === body);
    // "Whig" in "Whig MPs" and "a Whig leadership race" is an adjective; "the SNP would", "urged the SNP to" a name.
    if (!alone.some((m) => m.possessive || !/^\s+\p{Ll}/u.test(text.slice(m.end, m.end + 3)) || AFTER_NAME.test(text.slice(m.end, m.end + 12)))) continue;
    out.set(e, { ...e, id: -1000 - e.id, name: body, kind: 'organisation', forms: new Set([body]), mentions: alone, spoke: false });
  }
  return out;
}
