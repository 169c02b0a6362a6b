/**
 * States and provinces the article shows only by a court of their own ("the Brenna Supreme
 * Court"), for the about rules alone. regions.ts does not take that evidence: made a region there,
 * the name would leave the court's entity and could take its quotes. Here the name read alone
 * ("Brenna ranked 47th", "the people of Brenna") becomes an actor of its own, and "the state" in a
 * later quote is it, as for a region regions.ts found.
 */
import { gazetteer, key } from './cache';
import type { Entity } from './entities';
import { reference } from './government';

// A country's top court is "the Supreme Court of Brennia" or "Brennia's Supreme Court" in English
// copy; a name straight before "Supreme Court" is a state's.
const STATE_COURT = /(?<!\bof )\b(\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?)\s+Supreme Court\b/gu;
// Words before the court that are no place: "The Brenna Supreme Court", "State Supreme Court".
const NOT_PLACE = /^(?:The|A|An|State|Former|New)$/;

/** Regions shown only by their own supreme court and not among `known` (regions.ts), each an actor read where its name stands alone. */
export function courtRegions(text: string, known: ReadonlySet<string>, entities: readonly Entity[]): Entity[] {
  const names = new Map<string, string>();
  for (const m of text.matchAll(STATE_COURT)) {
    const words = m[1]!.split(/\s+/).filter((w, i) => i > 0 || !NOT_PLACE.test(w));
    const name = words.join(' ');
    if (!name || NOT_PLACE.test(name) || gazetteer(name) || known.has(key(name))) continue;
    if (entities.some((e) => e.kind !== 'organisation' && key(e.name) === key(name))) continue;
    names.set(key(name), name);
  }
  const out: Entity[] = [];
  for (const name of names.values()) {
    // The name alone: not the first word of a longer name ("Brenna Supreme Court"), nor a city's ("BRENNA CITY").
    const alone = new RegExp(`(?<![\\p{L}-])${name}(?![\\p{L}-]|\\s+\\p{Lu})`, 'gu');
    const mentions = [...text.matchAll(alone)].map((m) => reference(text, m.index!, m.index! + name.length, 'other'));
    if (mentions.length) out.push({ id: -3000 - out.length, name, kind: 'other', gender: undefined, genderCertain: false, role: '', affiliation: '', forms: new Set([name]), mentions, surnames: new Set(), firstNames: new Set(), spoke: false });
  }
  return out;
}
