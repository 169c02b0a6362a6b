/**
 * Names the entity rules could not class (no title, no known first name, no organisation word)
 * that the sentence around them shows to be a person's ("Ada Roe, who chaired the board", "Ada
 * Roe, 58,", "a retired engineer named Ada Roe", "the board's solicitor, Ada Roe,") or an
 * organisation's ("Brenna Coaches, which runs …", "the company, Brenna Health,", "Brenna Fields, a
 * campaign group", "strategists at Brenna Capital"). Read only for names that never spoke (a
 * speaker is classed by its quote), so no speaker changes: the about rules and the actor list
 * then know them for what they are.
 */
import type { Entity } from './entities';
import { isPluralName } from './groups';
import { isOccupation } from './lexicon';

// People a description before a name can say the name is ("the lone dissenting member, Ada Roe,"), besides titles and "-ist" jobs.
const personNouns = new Set(['man', 'woman', 'member', 'czar', 'tsar', 'solicitor', 'staff', 'founder', 'owner', 'partner', 'wife', 'husband', 'son', 'daughter', 'mother', 'father', 'brother', 'sister', 'widow', 'friend', 'resident', 'neighbour', 'neighbor', 'farmer', 'worker', 'nurse', 'teacher', 'student', 'engineer', 'candidate', 'nominee', 'challenger', 'incumbent', 'lobbyist', 'donor', 'aide', 'deputy', 'clerk', 'manager', 'boss', 'organiser', 'organizer', 'campaigner', 'treasurer', 'trustee', 'whistleblower', 'witness', 'defendant', 'plaintiff']);

// After the name: a relative for people ("Ada Roe, who …") or an age ("Ada Roe, 58,").
const afterPerson = /^,\s+(?:who\b|\d{2},)/;
// Before the name: where someone works or lives, which a relative after is not about ("head of strategy at Brenna Securities, who …").
const placeBefore = /\b(?:at|from|in|with)\s+(?:the\s+)?$/i;
// Two or three words as names are written, nothing else ("Ada Roe", "Ada Roe-Kestrel"; not "MP for Brenna South").
const nameWords = /^\p{Lu}\p{Ll}[\p{L}'’-]*(?:\s+\p{Lu}\p{Ll}[\p{L}'’-]*){1,2}$/u;
// Before the name: "a retired engineer named Ada Roe", "a man called Ada Roe" (not "a coalition called …").
const namedBefore = /\b([\p{Ll}-]+)\s+(?:named|called)\s+$/u;
// Before the name: a description ending on a person noun and a comma ("the board's solicitor, ").
const describedBefore = /\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+(?:[\p{Ll}\p{Lu}'’-]+\s+){0,4}?([\p{Ll}-]+),\s+$/u;

/** Whether a name that never spoke is shown to be a person's by what is written around any of its mentions. */
export function shownToBePerson(text: string, e: Entity): boolean {
  // A single word is too often a place or a body ("Brenna, whose port …").
  // Plural names are groups ("The Liberal Democrats, who …").
  if (!nameWords.test(e.name) || e.spoke || isPluralName(e.name)) return false;
  const personNoun = (noun: string | undefined) => noun !== undefined && (personNouns.has(noun) || isOccupation(noun));
  return e.mentions.some((m) => {
    const before = text.slice(Math.max(0, m.start - 80), m.start);
    if (afterPerson.test(text.slice(m.end, m.end + 12)) && !placeBefore.test(before)) return true;
    return personNoun(namedBefore.exec(before)?.[1]) || personNoun(describedBefore.exec(before)?.[1]);
  });
}

// Bodies a description says a name is ("the company, Brenna Health,", "Brenna Fields, a campaign group").
const bodyNouns = new Set(['company', 'firm', 'contractor', 'subcontractor', 'supplier', 'operator', 'developer', 'lender', 'insurer', 'retailer', 'manufacturer', 'maker', 'carrier', 'utility', 'bank', 'fund', 'charity', 'group', 'coalition', 'campaign', 'alliance', 'nonprofit', 'non-profit', 'organisation', 'organization', 'association', 'union', 'consultancy', 'publisher', 'broadcaster', 'newspaper', 'newsletter', 'outlet', 'club', 'team', 'party', 'caucus', 'lobby', 'think-tank', 'tank', 'agency', 'body', 'trust', 'network', 'chain', 'business', 'startup', 'start-up', 'provider', 'owner']);
// After the name: a relative for things ("Brenna Coaches, which runs …"), or what kind of body it is ("Brenna Fields, a campaign group").
const whichAfter = /^,\s+which\b/;
const kindAfter = /^,\s+(?:a|an|the)\s+(?:[\p{Ll}-]+\s+){0,3}?([\p{Ll}-]+)\b/u;
// Before the name: a place it is in, of which "which" may say something ("in Brenna Falls, which …").
const inPlaceBefore = /\b(?:in|from|near|across|outside|to|into)\s+(?:the\s+)?$/i;
// Before the name: people who work there ("strategists at Brenna Capital", "the founder of Brenna Health").
const staffBefore = /\b(?:founder|co-founder|owner|chief executive|executive|executives|director|directors|head|chairman|chairwoman|president|analysts?|strategists?|economists?|employees|staff|lawyers?|spokes(?:man|woman|person)|shareholders|investors)\s+(?:of|at)\s+(?:the\s+)?$/i;

// Laws, plans and events take "which" too ("the Brenna Act, which …").
// So do people ("Brenna Patrolmen, which …" is the men, not a body).
const notBody = /\s(?:Act|Bill|Law|Treaty|Accord|Agreement|Plan|Program|Programme|Code|Rule|Order|Fund|Day|Week|Report|Review|\p{Lu}\p{Ll}*(?:men|women))$/u;

/** Whether a name that never spoke is shown to be an organisation's by what is written around any of its mentions. */
export function shownToBeOrganisation(text: string, e: Entity): boolean {
  if (!nameWords.test(e.name) || e.spoke || isPluralName(e.name) || notBody.test(e.name)) return false;
  return e.mentions.some((m) => {
    const before = text.slice(Math.max(0, m.start - 80), m.start);
    const after = text.slice(m.end, m.end + 60);
    if (whichAfter.test(after) && !inPlaceBefore.test(before)) return true;
    if (staffBefore.test(before)) return true;
    const kind = kindAfter.exec(after)?.[1] ?? describedBefore.exec(before)?.[1];
    return kind !== undefined && bodyNouns.has(kind);
  });
}
