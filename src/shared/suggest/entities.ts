/**
 * Groups an article's mentions into entities: "Jens Stoltenberg" and "Stoltenberg" are one
 * person, "United States" and "U.S." one state, "European Union (EU)" and "EU" one organisation,
 * and a capital used for its government ("Beijing said") is the state. Each entity remembers the
 * names it went by, its role, affiliation and (for people) the gender its pronouns will have.
 */
import type { ActorKind } from '../model';
import { gazetteer, key } from './cache';
import { HONORIFICS, ORG_WORDS, firstNameGender } from './lexicon';
import type { Mention } from './mentions';

/** One actor of the article. */
export interface Entity {
  id: number;
  name: string;
  kind: ActorKind | 'unknown';
  gender: 'm' | 'f' | undefined;
  /** The gender comes from a title ("Ms", "spokeswoman"), not from a list of first names. */
  genderCertain: boolean;
  role: string;
  affiliation: string;
  /** Every form the article used, canonical name included. */
  forms: Set<string>;
  mentions: Mention[];
  /** Keys of the surnames and first names of its multi-word forms (for matching "Stoltenberg", "Sir Alan"). */
  surnames: Set<string>;
  firstNames: Set<string>;
  /** Set when the entity was the subject of a reporting verb (evidence it is a person or organisation). */
  spoke: boolean;
}

/** Capitals that stand for an organisation rather than the host state, when that organisation is named. */
const SEATS: Record<string, string> = { brussels: 'european union' };

/** The entities of an article and a look-up from mention to entity. */
export interface EntityIndex {
  entities: Entity[];
  ofMention: Map<Mention, Entity>;
}

/** Clusters mentions into entities; `regions` are keys of the states and provinces inside a country the article names (regions.ts). */
export function buildEntities(mentions: readonly Mention[], regions: ReadonlySet<string> = new Set()): EntityIndex {
  const entities: Entity[] = [];
  const ofMention = new Map<Mention, Entity>();
  const byKey = new Map<string, Entity>();
  const add = (m: Mention, e: Entity) => {
    e.mentions.push(m);
    e.forms.add(m.name);
    const parts = m.name.split(/\s+/);
    if (parts.length >= 2) {
      e.surnames.add(key(parts[parts.length - 1]!));
      e.firstNames.add(key(parts[0]!));
    }
    if (m.acronym) e.forms.add(m.acronym);
    if (!e.role && m.role) e.role = m.role;
    if (!e.affiliation && m.affiliation) e.affiliation = m.affiliation;
    if (m.gender && (!e.gender || (m.genderCertain && !e.genderCertain))) {
      e.gender = m.gender;
      e.genderCertain ||= m.genderCertain;
    }
    if (e.kind === 'unknown' && m.kind !== 'unknown') e.kind = m.kind;
    ofMention.set(m, e);
  };
  const create = (m: Mention, name: string, kind: Entity['kind']): Entity => {
    const e: Entity = { id: entities.length, name, kind, gender: undefined, genderCertain: false, role: '', affiliation: '', forms: new Set(), surnames: new Set(), firstNames: new Set(), mentions: [], spoke: false };
    entities.push(e);
    byKey.set(`${kind === 'state' ? 's' : ''}${key(name)}`, e);
    add(m, e);
    return e;
  };
  const words = (m: Mention) => m.name.split(/\s+/);
  const capitals: Mention[] = [];
  const singles: Mention[] = [];

  for (const m of mentions) {
    const place = gazetteer(m.name);
    if (place?.viaCapital) capitals.push(m);
    else if (place || m.kind === 'state') {
      const name = place?.state.name ?? m.name;
      const e = byKey.get(`s${key(name)}`) ?? create(m, name, 'state');
      if (e.mentions[e.mentions.length - 1] !== m) add(m, e);
    } else if (words(m).length >= 2) {
      const e = byKey.get(key(m.name));
      if (e) add(m, e);
      else create(m, m.name, m.kind);
    } else singles.push(m);
  }

  for (const m of singles) {
    const k = key(m.name);
    const e = byKey.get(k) ?? byKey.get(`s${k}`) ?? matchSingle(entities, m, regions);
    if (e) add(m, e);
    else create(m, m.name, m.kind);
  }

  for (const m of capitals) {
    const state = gazetteer(m.name)!.state;
    const seat = SEATS[key(m.name)];
    const seatEntity = seat ? entities.find((e) => key(e.name) === seat || [...e.forms].some((f) => key(f) === seat)) : undefined;
    const existing = seatEntity ?? byKey.get(`s${key(state.name)}`);
    // A capital on its own is a place, not an actor, unless it acts ("Beijing said", "Moscow’s").
    if (existing) add(m, existing);
    else if (!seat && (m.possessive || !m.afterPreposition)) create(m, state.name, 'state').forms.add(m.name);
  }
  return { entities, ofMention };
}

/** "Stoltenberg" → the person whose surname it is; "Sir Alan" → by first name; "EU" → by initials. */
function matchSingle(entities: readonly Entity[], m: Mention, regions: ReadonlySet<string>): Entity | undefined {
  const k = key(m.name);
  const people = entities.filter((e) => e.kind === 'person' || e.kind === 'unknown');
  const sharing = people.filter((e) => e.surnames.has(k));
  // "Mr. Roe" after "Ada Roe" and a run the words alone could not type ("Tallis Hails Roe" in a
  // headline): the known person is meant.
  // Two people sharing a family name ("Ada Roe" and, no relation, "Tom Roe"): "Ms Roe" is one the honorific (or role) allows.
  const gender = m.genderCertain ? m.gender : m.honorific ? HONORIFICS.get(m.honorific) : undefined;
  const fitting = gender && sharing.length > 1 ? sharing.filter((e) => !e.gender || e.gender === gender) : sharing;
  const persons = fitting.filter((e) => e.kind === 'person');
  const bySurname = fitting.length > 1 && persons.length === 1 ? persons : fitting.length > 1 ? [lastNamed(fitting, m)].filter((e) => e !== undefined) : fitting;
  const byFirst = people.filter((e) => e.firstNames.has(k));
  const firstNameHonorific = m.honorific === 'sir' || m.honorific === 'dame' || m.honorific === 'lord' || m.honorific === 'lady';
  if (firstNameHonorific && byFirst.length === 1) return byFirst[0];
  if (bySurname.length === 1 && !(m.honorific && HONORIFICS.get(m.honorific) && bySurname[0]!.gender && bySurname[0]!.gender !== HONORIFICS.get(m.honorific))) return bySurname[0];
  // "Mr. Sorrin" after "Sorrin Vel Ado": a name written family name first, whose first word is no given name.
  const familyFirst = byFirst.length === 1 && firstNameGender(byFirst[0]!.name.split(/\s+/)[0]!) === undefined;
  if (bySurname.length === 0 && byFirst.length === 1 && (!m.honorific || familyFirst)) return byFirst[0];
  const orgs = entities.filter((e) => e.kind === 'organisation' || e.kind === 'unknown');
  const byInitials = orgs.find((e) => initials(e.name) === k.replace(/\s/g, ''));
  if (byInitials) return byInitials;
  // "MoD", "DfE": an acronym written with the small words' letters in lower case keeps them.
  const withSmall = /^\p{Lu}\p{Ll}{1,2}\p{Lu}$/u.test(m.name) ? orgs.find((e) => allInitials(e.name) === k) : undefined;
  if (withSmall) return withSmall;
  // "Pellam" for "Pellam Holdings"; but "Senate" or "House" in the body or a sentence-case headline is
  // a body of its own, not "Senate Whigs" or "House Tea Caucus" (a Title Case headline may cut a name
  // run short, so there it still joins).
  if (ORG_WORDS.has(k) && !m.titleCase) return undefined;
  // A state or province the article names as one (regions.ts) is itself, not the "Brenna Farm Bureau".
  if (regions.has(k)) return undefined;
  return orgs.find((e) => e.name.split(/\s+/).length >= 2 && key(e.name.split(/\s+/)[0]!) === k);
}

/**
 * Of several people sharing a family name, the one the article named last before `m`: a news story
 * writes the family name alone only for the person it is talking about at that point. Undefined
 * when none was named before.
 */
function lastNamed(sharing: readonly Entity[], m: Mention): Entity | undefined {
  let best: Entity | undefined;
  let at = -1;
  for (const e of sharing) {
    for (const other of e.mentions) if (other.start < m.start && other.start > at) [best, at] = [e, other.start];
  }
  return best;
}

/** "Ministry of Defence" → "mod": every word's first letter, small words too. */
function allInitials(name: string): string {
  return name
    .split(/\s+/)
    .map((w) => w[0]!.toLowerCase())
    .join('');
}

/** "International Olympic Committee" → "ioc" (small words skipped). */
function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0]!.toLowerCase())
    .join('');
}
