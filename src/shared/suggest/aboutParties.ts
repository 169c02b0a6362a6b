/**
 * The two parties of American politics where a quote refers to them without their names: "a
 * Republican tax bill", "the Democratic amendment", "members of both parties". The labels count such a
 * bill's party as what the quote is about. An article that never names "Republicans" or
 * "Democrats" as such gets an actor of that name for the about rules (the speaker rules never see it).
 */
import type { Entity } from './entities';

// Keyed in lower case; an actor of its own is named with a capital ("Republicans").
type Party = 'republicans' | 'democrats';
const PARTIES = ['republicans', 'democrats'] as const;
const nameOf = (party: Party) => party[0]!.toUpperCase() + party.slice(1);

// "a Republican tax bill", "the Democratic amendment": the adjective before a noun in lower case.
// A noun for one person or for people ("a Republican senator", "Republican lawmakers") is left alone:
// the labels make those people, or their chamber, what the quote is about.
// Another party's name is left alone too: "the Social Democratic party", "an Irish Republican march".
const PARTY_ADJECTIVE = /(?<!\b(?!(?:The|A|An|This|That|Its|Their|His|Her)\s)\p{Lu}[\p{L}-]*\s)\b(Republican|Democratic)\s+(?!(?:senators?|lawmakers?|legislators?|congressman|congresswoman|representative|incumbent|candidate|nominee|challenger|member|leader|governor|mayor|strategist|operative|donor|voter|colleague|who|from|and|or|in|of|on|to|for|with|at|by|is|was|has|had|said|says)\b)\p{Ll}[\p{Ll}-]+/gu;

// "both parties", "the two parties": in an article that names both American parties, those two.
const BOTH_PARTIES = /\b(?:both|the two|the two major)\s+parties\b/gi;

// An article's own name for a party: "Republicans", "House Republicans", "the Republican Party", "GOP".
const PARTY_NAMES: Record<Party, RegExp> = {
  republicans: /^(?:(?:the\s+)?(?:\p{Lu}\p{Ll}+\s+)?Republicans|(?:the\s+)?Republican Party|GOP)$/u,
  democrats: /^(?:(?:the\s+)?(?:\p{Lu}\p{Ll}+\s+)?Democrats|(?:the\s+)?Democratic Party)$/u,
};

// Words that show an article is about American politics, for each party ("R-Ohio", "a Democrat").
const PARTY_WORDS: Record<Party, RegExp> = {
  republicans: /\bRepublicans?\b|\bGOP\b|\(R-|\bR-\p{Lu}/u,
  democrats: /\bDemocrat(?:s|ic)?\b|\(D-|\bD-\p{Lu}/u,
};

/**
 * Each party the article shows (by the words of PARTY_WORDS) but names by no entity of its own:
 * an actor called "Republicans" or "Democrats", with no mentions.
 */
export function describedParties(text: string, entities: readonly Entity[]): Entity[] {
  const out: Entity[] = [];
  for (const party of PARTIES) {
    if (!PARTY_WORDS[party].test(text) || entities.some((e) => e.kind !== 'person' && PARTY_NAMES[party].test(e.name))) continue;
    out.push({ id: -5000 - out.length, name: nameOf(party), kind: 'other', gender: undefined, genderCertain: false, role: '', affiliation: '', forms: new Set([nameOf(party)]), mentions: [], surnames: new Set(), firstNames: new Set(), spoke: false });
  }
  return out;
}

/** The entity that stands for each party: the one of that name the article names most. */
export function partiesOf(entities: readonly Entity[], listed: ReadonlySet<Entity>): Map<Party, Entity> {
  const out = new Map<Party, Entity>();
  for (const party of PARTIES) {
    // "GOP" is headline shorthand: a story that also says "Republicans" names the party so.
    const shorthand = (e: Entity) => (e.name === 'GOP' ? 1 : 0);
    const named = entities.filter((e) => listed.has(e) && e.kind !== 'person' && PARTY_NAMES[party].test(e.name)).sort((a, b) => shorthand(a) - shorthand(b) || b.mentions.length - a.mentions.length);
    if (named[0]) out.set(party, named[0]);
  }
  return out;
}

/** "a Republican tax bill", "members of both parties": the parties a stretch refers to without naming them. */
export function partyReferences(text: string, from: number, to: number, parties: ReadonlyMap<Party, Entity>): { entity: Entity; at: number }[] {
  if (parties.size === 0) return [];
  const out: { entity: Entity; at: number }[] = [];
  const stretch = text.slice(from, to);
  for (const m of stretch.matchAll(PARTY_ADJECTIVE)) {
    const entity = parties.get(m[1] === 'Republican' ? 'republicans' : 'democrats');
    if (entity) out.push({ entity, at: from + m.index! });
  }
  const both = [parties.get('democrats'), parties.get('republicans')];
  if (both[0] && both[1]) for (const m of stretch.matchAll(BOTH_PARTIES)) for (const entity of both) out.push({ entity: entity!, at: from + m.index! });
  return out;
}
