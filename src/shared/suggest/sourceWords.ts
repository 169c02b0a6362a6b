/**
 * Word tests for descriptions of unnamed sources: times that are no part of who, people named by
 * their trade, counts before "of", and nouns that head their own phrase before a preposition.
 * Split from nounPhrase.ts to keep it short.
 */
import { FINITE_MARKERS, isOccupation, PREPOSITIONS, SOURCE_NOUNS, SPEECH_VERBS } from './lexicon';
import { plain, type Token } from './tokens';

/** Words after a source noun that qualify it ("close to", "familiar with", "seen by"). */
export const QUALIFIERS = new Set(['in', 'at', 'from', 'close', 'familiar', 'briefed', 'with', 'of', 'for', 'on', 'based', 'involved', 'near', 'seen', 'obtained', 'released', 'published', 'shared', 'filed', 'by', 'sent', 'drafted', 'prepared', 'circulated', 'leaked', 'commissioned', 'reviewed', 'compiled', 'conducted']);

export const WHEN = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|time|weekend|week|month|year|night|morning|evening|afternoon|today|yesterday|tonight|january|february|march|april|may|june|july|august|september|october|november|december)$/;

/** "Friday", "the time", "the weekend", "last week": a time, not a qualifier of who. */
export function timePhrase(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (!t) return false;
  if (WHEN.test(t.lower) || t.type === 'number') return true;
  return /^(?:the|this|last|that|each|every)$/.test(t.lower) && WHEN.test(tokens[k + 1]?.lower ?? '');
}

/** Plural nouns in "-ers", "-ists", "-ians" that are things, not people. */
const THINGS_IN_PERSON_FORM = new Set('numbers papers orders letters matters waters towers powers borders quarters headquarters centers centres containers computers chambers barriers layers answers offers lists twists others registers meters filters'.split(' '));

/**
 * "Booksellers expect …", "grain exporters expect …", "forecasters said": a plural noun naming
 * people by what they do ("-ers", "-ists", "-ians") is an unnamed source like "analysts".
 */
export function peopleByTrade(t: Token): boolean {
  return t.type === 'word' && /^[a-z]{3,}(?:ers|ists|ians)$/.test(t.lower) && !THINGS_IN_PERSON_FORM.has(t.lower);
}

/** Words before "of" that count or measure the source after it ("two of the officials", "hundreds of protesters"). */
export const QUANTITY = /^(?:one|two|three|four|five|six|seven|eight|nine|ten|some|many|most|all|none|each|any|both|several|dozen|dozens|hundreds|thousands|tens|millions|handful|number|majority|minority|third|half|quarter|more|less|fewer|than|about|nearly|almost|around|least|at|a|an|the|of|other|others)$/;

/** A lower-case noun (or one capitalised as a sentence's first word) that heads its own phrase before a preposition ("fees at", "the fate of"), not a count, a participle, a qualifier ("those close to the firm") or a person ("the chair of the committee", "the mother of …"). */
export function headBeforePreposition(t: Token, initial: boolean): boolean {
  return t.type === 'word' && (!t.cap || initial) && !QUANTITY.test(t.lower) && !QUALIFIERS.has(t.lower) && !isOccupation(t.lower) && !/^(?:mother|father|wife|husband|son|daughter|sister|brother|family|friends?|relatives?|partner|widow|parents?)$/.test(t.lower) && !/(?:ed|en)$/.test(t.lower) && !SOURCE_NOUNS.has(plain(t.text)) && !peopleByTrade(t) && !PREPOSITIONS.has(t.lower) && !FINITE_MARKERS.has(t.lower) && !SPEECH_VERBS.has(t.lower);
}

/** The longest segment read as a speaker (longer ones are clauses, not noun phrases). */
export const MAX_SPEAKER_TOKENS = 12;

/** "who requested anonymity", "who declined to be identified": a relative that says how a source spoke, not who it is. */
const ANONYMITY = /^(?:spoke|speaks|asked|requested|requests|declined|insisted|was|were|is|are)$/;

/**
 * "according to two councillors who sat in on a briefing with the whips late on Friday": a source
 * described by a relative clause runs past the length a speaker may have. Its relative is cut
 * (not the whole source dropped) where a time begins, or after an anonymity clause at "who", or
 * at the cap. Only a phrase that opens on an article or a count and has its relative within the
 * first words. Returns the segment's new end.
 */
export function cutLongRelative(tokens: readonly Token[], a: number, b: number): number {
  if (b - a <= MAX_SPEAKER_TOKENS || !/^(?:a|an|one|two|three|four|five|six|several|some)$/.test(tokens[a]!.lower)) return b;
  let who = -1;
  for (let i = a + 2; i < a + 8 && i < b; i++) {
    if (tokens[i]!.lower === 'who') {
      who = i;
      break;
    }
    if (tokens[i]!.type !== 'word' || FINITE_MARKERS.has(tokens[i]!.lower) || SPEECH_VERBS.has(tokens[i]!.lower)) return b;
  }
  if (who < 0) return b;
  if (ANONYMITY.test(tokens[who + 1]?.lower ?? '') && who - a <= MAX_SPEAKER_TOKENS) return who;
  let end = Math.min(b, a + MAX_SPEAKER_TOKENS);
  for (let k = who + 2; k < end; k++) {
    if (PREPOSITIONS.has(tokens[k]!.lower) && timePhrase(tokens, k + 1)) {
      end = k;
      break;
    }
  }
  while (end > who + 2 && /^(?:of|the|a|an|by|with|for|to|in|at|on|and|or)$/.test(tokens[end - 1]!.lower)) end--;
  return end;
}
