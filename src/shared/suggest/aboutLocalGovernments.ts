/**
 * "The city" and "the county" as actors: a local story calls its city or county government by the
 * bare noun ("the county will fight the fine", "the city had lost the plans", "told the county to
 * pay"), often without ever writing its full name. Only those uses are read: "parks across the city",
 * "the county elections" and "the city’s voters" are the place, not the government.
 */
import type { Placed } from './aboutContext';
import type { Entity } from './entities';
import { reference } from './government';

// The noun as the subject of a verb: an auxiliary, a modal, or a past tense ("the county studied").
// "Is" and "was" are left out: "the county is one of the poorest" describes the place.
const AS_SUBJECT = /^\s+(?:(?:also|already|never|still|now|then)\s+)?(?:had|has|have|would|will|could|can|should|must|may|might|did|does|cannot|can['’]t|won['’]t|didn['’]t|doesn['’]t|hasn['’]t|hadn['’]t|wouldn['’]t|\p{Ll}{3,}ed)\b/u;
// The noun as the object of an order or a plea with its infinitive: "ordered the county to pay".
const TOLD_TO = /\b(?:order|urg|ask|direct|requir|forc|press|want|allow|told|tell|call(?:ed|s|ing)? on)\w*\s+$/i;
// A place the words only say where: "parks in the city had closed", "farms across the county".
const PLACE_BEFORE = /\b(?:in|of|across|around|into|from|near|at|throughout|outside|within|to)\s+$/i;

// The government's own name, when the article writes it: "Brenna County", "City of Brenna".
const NAMED: Record<'city' | 'county', RegExp[]> = {
  county: [/^(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}County$/u, /^(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}County (?:Council|Board|Government)$/u],
  city: [/^City of (?:\p{Lu}[\p{L}'’.-]*\s*){1,3}$/u, /^(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}City Council$/u],
};

/**
 * The mentions of "the city" and "the county" used as an actor, each placed as the government the
 * article names (its one "Brenna County"), else as an actor named by the words ("the county").
 */
export function localGovernments(text: string, entities: readonly Entity[]): Placed[] {
  const out: Placed[] = [];
  const chosen = new Map<string, Entity>();
  for (const m of text.matchAll(/\b[Tt]he\s+(city|county)\b(?!['’-])/g)) {
    const start = m.index!;
    const end = start + m[0].length;
    const after = text.slice(end, end + 24);
    const before = text.slice(Math.max(0, start - 30), start);
    const subject = AS_SUBJECT.test(after) && !PLACE_BEFORE.test(before);
    const toldTo = /^\s+to\s+\p{Ll}/u.test(after) && TOLD_TO.test(before);
    if (!subject && !toldTo) continue;
    const noun = m[1] as 'city' | 'county';
    let entity = chosen.get(noun);
    if (!entity) {
      entity = namedGovernment(entities, noun) ?? describedGovernment(text, noun);
      chosen.set(noun, entity);
    }
    if (entity.id < 0) entity.mentions.push(reference(text, start, end, 'other'));
    out.push({ start, end, entity });
  }
  return out;
}

/** The one entity whose name is the city's or county's government, trying the plainest form first. */
function namedGovernment(entities: readonly Entity[], noun: 'city' | 'county'): Entity | undefined {
  for (const form of NAMED[noun]) {
    const fits = entities.filter((e) => e.kind !== 'person' && form.test(e.name));
    if (new Set(fits.map((e) => e.name)).size === 1) return fits[0];
  }
  return undefined;
}

/** An actor named "the city" or "the county", as a document the article only describes is. */
function describedGovernment(text: string, noun: 'city' | 'county'): Entity {
  const name = `the ${noun}`;
  return { id: noun === 'city' ? -7000 : -7001, name, kind: 'organisation', gender: undefined, genderCertain: false, role: '', affiliation: '', forms: new Set([name]), mentions: [], surnames: new Set(), firstNames: new Set(), spoke: false };
}
