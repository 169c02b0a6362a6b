/**
 * Cue words that are also nouns ("pledge", "report", "states", "backs"): whether one is used as a
 * noun where it stands, so "the pledge to …" or "several states that …" is not read as a cue.
 * Split out of complements.ts, which reads what a cue verb takes after it.
 */
import { stateOfDemonym } from './data/demonyms';
import type { Token } from './tokens';

/** Cue words that are also nouns. */
const NOUN_FORMS = new Set(
  'pledge pledges promise promises report reports state states claim claims demand demands call calls offer offers vow vows estimate estimates find finds hope hopes fear fears support note notes post signal signals question questions order orders reply tweet tweets remark remarks protest protests boast joke jokes quip quips counter counters whisper whispers shout shouts back backs'.split(' '),
);
const PLACE_ADJECTIVES = /^(?:western|eastern|northern|southern|central|coastal|border|member|neighbouring|neighboring|gulf|baltic|nordic|island|frontline|swing|rural|urban|poorer|richer|smaller|larger|bigger|federal|individual|remaining)$/;

/** Prepositions after which a cue word is a noun ("to" is left out: "wants to claim" is a verb). */
const NOUN_PREPOSITIONS = new Set(['in', 'of', 'for', 'across', 'from', 'among', 'between', 'with', 'by', 'into', 'over', 'under', 'about', 'than', 'at', 'on', 'without', 'despite']);
const STRICT_DETERMINERS = new Set(['a', 'an', 'the', 'this', 'that', 'these', 'those', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'every', 'each', 'no', 'any', 'whose']);
const QUANTIFIERS = new Set(['many', 'several', 'some', 'both', 'all', 'few', 'most', 'other', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'dozen', 'dozens', 'various', 'certain']);

/**
 * True when a cue word is used as a noun: "the pledge to …", "Serrano's pledge", "Labour's manifesto
 * pledge", "several states that …", "a long-standing demand". Past tenses and participles are
 * never nouns here.
 */
export function usedAsNoun(tokens: readonly Token[], at: number): boolean {
  const w = tokens[at]!.lower;
  if (!NOUN_FORMS.has(w)) return false;
  const prev = tokens[at - 1];
  if (!prev) return false;
  const determiner = (t: Token | undefined) => t !== undefined && (t.possessive || /['’]s$/.test(t.text) || (t.type === 'word' && STRICT_DETERMINERS.has(t.lower)));
  if (determiner(prev) || prev.type === 'number') return true;
  // "lawmakers in states that …", "a list of demands": a preposition takes a noun, never a finite verb.
  if (prev.type === 'word' && !prev.cap && NOUN_PREPOSITIONS.has(prev.lower)) return true;
  // "the coastal states that …", "German states", "border states": a place or kind before a plural makes it a noun ("EU offers" stays a verb).
  if (/[^s]s$/.test(w)) return prev.type === 'word' && (QUANTIFIERS.has(prev.lower) || PLACE_ADJECTIVES.test(prev.lower) || stateOfDemonym(prev.text) !== undefined);
  // "the manifesto pledge", "a long-standing demand": a singular word between a determiner and the cue.
  return prev.type === 'word' && !prev.cap && !/s$/.test(prev.lower) && determiner(tokens[at - 2]);
}
