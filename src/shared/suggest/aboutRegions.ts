/**
 * States and provinces the about rules need an actor for, where entity building gives none: a
 * region regions.ts found but the article names only inside another name ("Brenna Premier Ada
 * Kestrel"), and one shown only by a court of its own ("the Brenna Supreme Court"). regions.ts
 * does not take the court as evidence: made a region there, the name would leave the court's
 * entity and could take its quotes. Here the name read alone ("Brenna ranked 47th") is the
 * region, and so is "the state" in a later quote (aboutDescriptions.ts).
 */
import { gazetteer, key } from './cache';
import type { Entity } from './entities';
import { reference } from './government';

// A country's top court is "the Supreme Court of Brennia" or "Brennia's Supreme Court" in English
// copy; a name straight before "Supreme Court" is a state's.
const STATE_COURT = /(?<!\bof )\b(\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?)\s+Supreme Court\b/gu;
// Words before the court that are no place: "The Brenna Supreme Court", "State Supreme Court".
const NOT_PLACE = /^(?:The|A|An|State|Former|New)$/;

/**
 * Regions with no entity of their own: those regions.ts found that the article names only inside
 * another name ("Brenna Premier Ada Kestrel"), and those shown only by their own supreme court.
 * Each is an actor read where its name stands alone (maybe nowhere: "the state" still finds it).
 */
export function aboutRegions(text: string, known: ReadonlyMap<string, string>, entities: readonly Entity[]): Entity[] {
  const names = new Map<string, string>();
  const own = (name: string) => entities.some((e) => e.kind !== 'organisation' && e.kind !== 'person' && key(e.name) === key(name));
  for (const [k, name] of known) if (!own(name) && !entities.some((e) => key(e.name) === k)) names.set(k, name);
  for (const m of text.matchAll(STATE_COURT)) {
    const words = m[1]!.split(/\s+/).filter((w, i) => i > 0 || !NOT_PLACE.test(w));
    const name = words.join(' ');
    if (!name || NOT_PLACE.test(name) || gazetteer(name) || known.has(key(name)) || own(name)) continue;
    names.set(key(name), name);
  }
  const out: Entity[] = [];
  for (const name of names.values()) {
    // The name alone: not the first word of a longer name ("Brenna Supreme Court"), nor a city's ("BRENNA CITY").
    const alone = new RegExp(`(?<![\\p{L}-])${name}(?![\\p{L}-]|\\s+\\p{Lu})`, 'gu');
    const mentions = [...text.matchAll(alone)].map((m) => reference(text, m.index!, m.index! + name.length, 'other'));
    out.push({ id: -3000 - out.length, name, kind: 'other', gender: undefined, genderCertain: false, role: '', affiliation: '', forms: new Set([name]), mentions, surnames: new Set(), firstNames: new Set(), spoke: false });
  }
  return out;
}
