/**
 * Offices an article names only by description ("the prime minister", "the first minister"): no
 * person of the story holds the office, yet the labels make it an actor, named so, as a document
 * is. Each such office becomes one actor for the about rules, read wherever the article writes it;
 * the speaker rules never see it.
 */
import { holdsOfficeNamed } from './aboutDescriptions';
import type { Entity } from './entities';
import { reference } from './government';

// Offices held by one person of a government, which "the" names without a name.
const OFFICES = ['prime minister', 'first minister'];

/** One actor per office the article writes as "the <office>" more than once but gives to none of its persons. */
export function describedOffices(text: string, entities: readonly Entity[]): Entity[] {
  const out: Entity[] = [];
  for (const office of OFFICES) {
    // "the president of Brennia", "the president of the union": someone else's office, named after it.
    const written = [...text.matchAll(new RegExp(`\\b[Tt]he\\s+${office}\\b(?!\\s+of\\b)`, 'g'))];
    // Written once, the office is passed in a story about others ("… and the prime minister is due
    // in Askby next week"); a story that comes back to it makes it one of its actors.
    if (written.length < 2 || entities.some((e) => holdsOfficeNamed(text, e, office))) continue;
    const mentions = written.map((m) => reference(text, m.index!, m.index! + m[0].length, 'other'));
    const name = `the ${office}`;
    out.push({ id: -6000 - out.length, name, kind: 'person', gender: undefined, genderCertain: false, role: '', affiliation: '', forms: new Set([name]), mentions, surnames: new Set(), firstNames: new Set(), spoke: false });
  }
  return out;
}
