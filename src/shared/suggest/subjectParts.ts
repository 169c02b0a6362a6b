/**
 * Tests on what stands around a cue, split from cues.ts: whether a document "shows" a bare clause,
 * whether a relative without a comma belongs to the subject ("Lawmakers who rely on the grants
 * said"), and the rest of a clause the cue interrupts ("A, officials warned, if B").
 */
import { skipAdverbials } from './clauseBounds';
import type { Paragraph, Sentence } from './document';
import { DOCUMENT_NOUNS, SOURCE_NOUNS, SPEECH_VERBS, SUBORDINATORS, VERB_ADVERBS } from './lexicon';
import { isPunct, plain, type Token } from './tokens';

/**
 * "Payroll records show a third of …", "the figures showed wages had …", "a survey published in May
 * by the board found the town shrinking …": a document or data reports what it shows or finds
 * as a speaker does (a "TV show" or "the video shows a man" does not: the subject's head must be a
 * document or data noun, right before the verb or with a qualifier after it).
 */
export function documentShows(tokens: readonly Token[], verb: number): boolean {
  if (!/^(?:show(?:s|ed)?|found|finds)$/.test(tokens[verb]!.lower)) return false;
  // "The audit also shows": adverbs between the subject and its verb.
  let end = verb;
  while (end > 0 && VERB_ADVERBS.has(tokens[end - 1]!.lower)) end--;
  // "Minutes of the meeting show", "accounts filed with the harbour office show": the noun with a qualifier.
  for (let j = end - 1; j >= 0 && j >= end - 12 && tokens[j]!.type === 'word'; j--) {
    if (DOCUMENT_NOUNS.has(tokens[j]!.lower)) return j === end - 1 || DOCUMENT_QUALIFIERS.test(tokens[j + 1]!.lower) || (/^[a-z]{3,}ed$/.test(tokens[j + 1]!.text) && !/^(?:showed|found)$/.test(tokens[j + 1]!.lower));
  }
  return false;
}

const DOCUMENT_QUALIFIERS = /^(?:of|from|by|obtained|seen|reviewed|compiled|released|published|filed|kept|shared|collected|cited)$/;

/**
 * "Lawmakers who rely on the grants said", "agencies that run the depots warned": a relative
 * without a comma on a source noun, with a verb of its own before the cue, belongs to the subject.
 */
export function restrictiveRelative(para: Paragraph, at: number, verb: number): boolean {
  const { tokens, quoteOf } = para;
  const rel = tokens[at]!;
  const noun = tokens[at - 1];
  const next = tokens[at + 1];
  if (!/^(?:who|that)$/.test(rel.lower) || !noun || noun.type !== 'word' || !SOURCE_NOUNS.has(plain(noun.text)) || !next || verb - at < 3 || verb - at > 12) return false;
  // "who the mayor said …", "that officials say …": the relative's own subject follows, so the cue is inside it.
  if (next.type !== 'word' || next.cap || /^(?:the|a|an|his|her|its|their|he|she|they|it|we|i|officials|people)$/.test(next.lower) || SPEECH_VERBS.has(next.lower)) return false;
  for (let k = at + 1; k < verb; k++) if (quoteOf[k]! >= 0 || tokens[k]!.type === 'punct' || SUBORDINATORS.has(tokens[k]!.lower) || SPEECH_VERBS.has(tokens[k]!.lower)) return false;
  return true;
}

/**
 * "Ferries could stop, the pilots warned, if fuel runs short": a condition or cause after the
 * cue finishes the clause the cue interrupted ("…, she said, as crowds gathered" is the writer's).
 */
export function interruptedRest(para: Paragraph, sentence: Sentence, verbEnd: number): { from: number; to: number } | null {
  const { tokens, quoteOf } = para;
  const k = skipAdverbials(tokens, verbEnd, sentence.to);
  if (!isPunct(tokens[k], ',') || !/^(?:if|unless|because|until)$/.test(tokens[k + 1]?.lower ?? '') || quoteOf[k + 1]! >= 0) return null;
  let to = sentence.to;
  while (to > k + 1 && isPunct(tokens[to - 1]!) && !/[”’"'»]/.test(tokens[to - 1]!.text)) to--;
  return to - (k + 1) >= 3 ? { from: k + 1, to } : null;
}
