/**
 * What stands around a name and is no part of it, or says what the name is: an honorific written
 * with a full stop ("Mr. Roe"), a legislator's party-and-state tag ("Sen. Ada Roe, D-Ore."), a
 * party's member ("Democrat Ada Roe"), a peer's title ("Baroness Roe of Tallis") and a reporting
 * verb fronted before its speaker ("Said Ada Roe: …").
 */
import { HONORIFICS } from './lexicon';
import type { Mention } from './mentions';
import { isPunct, titleDot, type Token } from './tokens';

/** "Democrat Ada Roe", "Republican Roe": a party's member named by the party. */
export const PARTY_MEMBERS = /^(?:democrat|republican|independent|libertarian)$/;
/** Peers' titles, whose "of" names a seat, not where a person works ("Baroness Roe of Tallis"). */
export const PEERAGES = /^(?:baroness|baron|earl|countess|viscount|viscountess|duke|duchess|marquess|marchioness)$/;
/** Reporting verbs a sentence may open with, before their speaker ("Said Ada Roe, a retired judge: …"). */
export const FRONTED_CUES = /^(?:Said|Says|Added|Adds|Asked|Wrote|Writes)$/;

/**
 * Offices written short before a name ("Sen. Ada Roe", "Gov. Ada Roe"): the name's role, so that
 * "the senator" or "the governor" later finds her.
 */
const SHORT_OFFICES: Readonly<Record<string, string>> = {
  sen: 'senator', rep: 'representative', gov: 'governor', gen: 'general', col: 'colonel', capt: 'captain', sgt: 'sergeant', maj: 'major',
  cmdr: 'commander', adm: 'admiral', det: 'detective', supt: 'superintendent', insp: 'inspector', amb: 'ambassador', atty: 'attorney',
};

// Ranks written short that name no office of their own here ("Lt. Gov." is a lieutenant governor).
const OTHER_DOTTED_RANKS = new Set(['lt', 'cpl', 'brig']);

/** A short title written with a full stop that only a person bears ("Sen.", "Mr.", "Lt."); not "St." (a saint's or a street's). */
export function isDottedPersonTitle(word: string): boolean {
  return Object.hasOwn(SHORT_OFFICES, word) || HONORIFICS.has(word) || OTHER_DOTTED_RANKS.has(word);
}

/**
 * "Mr. Roe", "Ms. Roe", "Dr. Roe": an honorific written with a full stop ends the name run, so the
 * name after it would lose what the honorific says (a person, and the pronoun gender). Without
 * it "Ms. Roe" stayed of no gender and a later "he" went to her rather than to "Mr. Lee".
 */
export function withDottedHonorific(tokens: readonly Token[], from: number, mentions: Mention[]): Mention[] {
  const first = mentions[0];
  const abbreviation = tokens[from - 2];
  if (!first || first.token !== from || !titleDot(tokens, from - 1) || !abbreviation) return mentions;
  const office = SHORT_OFFICES[abbreviation.lower];
  if (office && !first.role && (first.kind === 'unknown' || first.kind === 'person')) {
    // "Lt. Gov. Ada Roe": the rank before the office is part of it.
    const rank = titleDot(tokens, from - 3) && tokens[from - 4]?.lower === 'lt' ? 'lieutenant ' : '';
    mentions[0] = { ...first, kind: 'person', role: `${rank}${office}` };
    return mentions;
  }
  if (!HONORIFICS.has(abbreviation.lower) || first.honorific) return mentions;
  const gender = HONORIFICS.get(abbreviation.lower);
  if (first.kind !== 'unknown' && first.kind !== 'person') return mentions;
  mentions[0] = { ...first, kind: 'person', honorific: abbreviation.lower, ...(gender ? { gender, genderCertain: true } : {}) };
  return mentions;
}

/**
 * "Sen. Ada Roe, D-Ore., said", "Rep. Lee Kim (R-N.Y.)": a legislator's party and state (or home
 * town) after the name, between commas or in brackets, is no one's name: without this it became a
 * person that took the "said" or a later "he".
 */
export function partyTag(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1];
  return /^[DRI]-\p{Lu}/u.test(tokens[i]!.text) && (isPunct(before, ',') || isPunct(before, '('));
}
