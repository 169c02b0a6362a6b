/**
 * Offices an article names only by description ("the prime minister", "the first minister", "the
 * president"): no person of the story holds the office, yet the labels make it an actor, named so,
 * as a document is. Each such office becomes one actor for the about rules, read wherever the
 * article writes it; the speaker rules never see it.
 */
import { holdsOfficeNamed, holdsPresidency } from './aboutDescriptions';
import type { Entity } from './entities';
import { reference } from './government';

// Offices held by one person of a government, which "the" names without a name.
const OFFICES = ['prime minister', 'first minister', 'president'];

/** One actor per office the article writes as "the <office>" more than once but gives to none of its persons. */
export function describedOffices(text: string, entities: readonly Entity[]): Entity[] {
  const out: Entity[] = [];
  for (const office of OFFICES) {
    // "the president of Brennia", "the president of the union": someone else's office, named after it.
    // British copy capitalises the office ("the Prime Minister"): the same office.
    const written = [...text.matchAll(new RegExp(`\\b[Tt]he\\s+${office.replace(/\b\w/g, (c) => `[${c}${c.toUpperCase()}]`)}\\b(?!\\s+of\\b)`, 'g'))];
    // Written once, the office is passed in a story about others ("… and the prime minister is due
    // in Askby next week"); a story that comes back to it makes it one of its actors.
    // A union's or a council's president ("Ada Roe, the union's president") holds another office
    // than the one "the president" names bare: only a head of state, titled so, holds that one.
    const holds = office === 'president' ? (e: Entity) => holdsPresidency(text, e) : (e: Entity) => holdsOfficeNamed(text, e, office);
    if (written.length < 2 || entities.some(holds)) continue;
    const mentions = written.map((m) => reference(text, m.index!, m.index! + m[0].length, 'other'));
    // Named as the article writes it ("the Prime Minister"), as a description of the story's own words is.
    const name = written[0]![0].replace(/^The\b/, 'the').replace(/\s+/g, ' ');
    out.push({ id: -6000 - out.length, name, kind: 'person', gender: undefined, genderCertain: false, role: '', affiliation: '', forms: new Set([name]), mentions, surnames: new Set(), firstNames: new Set(), spoke: false });
  }
  return out;
}
