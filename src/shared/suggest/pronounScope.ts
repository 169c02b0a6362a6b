/**
 * A "he" or "she" inside a later clause of its own sentence ("…, and he promised …", "…, which she
 * said had …") is read against the sentence itself before the nearest name: a writer who has
 * opened the sentence on "she" does not use "she" again for someone else, and a clause joined by
 * "and" or "but" keeps the subject of the clause before it, not whoever that clause named last
 * ("Later she told volunteers in Flint that …, and she urged them …" is still her, not Flint).
 * Split from nounPhrase.ts to keep it short.
 */
import type { Paragraph, Sentence } from './document';
import { fits, type Pronoun, type Referent } from './discourse';
import { DOCUMENT_NOUNS, FINITE_MARKERS, SPEECH_VERBS } from './lexicon';
import type { Context } from './nounPhrase';

/** The same pronoun earlier in the sentence, outside quotations (its token index), or -1. */
export function earlierSamePronoun(para: Paragraph, sentence: Sentence, at: number, pronoun: Pronoun): number {
  if (pronoun !== 'he' && pronoun !== 'she') return -1;
  for (let i = sentence.from; i < at; i++) {
    if (para.quoteOf[i]! < 0 && para.tokens[i]!.lower === pronoun) return i;
  }
  return -1;
}

/**
 * The person who opens a sentence ("Rep. Ada Roe, a Democrat from Ohio, denied …"): the first
 * person it names outside quotations, not as an owner ("Roe’s lawyer" is the lawyer), before its
 * first reporting verb, when the pronoun fits them.
 */
export function openingPerson(ctx: Context, para: Paragraph, sentence: Sentence, at: number, pronoun: Pronoun): Referent | undefined {
  if (pronoun !== 'he' && pronoun !== 'she') return undefined;
  for (let i = sentence.from; i < at; i++) {
    const t = para.tokens[i]!;
    if (para.quoteOf[i]! >= 0) continue;
    if (t.type === 'word' && !t.cap && SPEECH_VERBS.has(t.lower)) return undefined;
    const m = ctx.mentionAt.get(`${para.index}:${i}`);
    if (!m || m.inQuote || m.possessive) continue;
    const entity = ctx.entities.ofMention.get(m);
    if (!entity) continue;
    if (entity.kind !== 'person') continue;
    const ref: Referent = { type: 'entity', entity };
    return fits(ref, pronoun) ? ref : undefined;
  }
  return undefined;
}

/**
 * The head of a document that opens a sentence ("The audit, released in May, found …"): a
 * lower-case document noun after "the" or "a", before the sentence's first verb. Its token index, or -1.
 */
export function openingThing(para: Paragraph, sentence: Sentence, at: number): number {
  if (!/^(?:the|a|an|its|this|that)$/.test(para.tokens[sentence.from]?.lower ?? '')) return -1;
  for (let i = sentence.from + 1; i < at && i < sentence.from + 6; i++) {
    const t = para.tokens[i]!;
    // (Before the verb test: "report", "estimate" and "notice" are verbs too.)
    if (t.type === 'word' && !t.cap && para.quoteOf[i]! < 0 && DOCUMENT_NOUNS.has(t.lower)) return i;
    if (t.type !== 'word' || para.quoteOf[i]! >= 0 || FINITE_MARKERS.has(t.lower) || SPEECH_VERBS.has(t.lower)) return -1;
  }
  return -1;
}

/** "and" or "but" right before the pronoun (past a comma or an adverb): a coordinated clause. */
export const COORDINATORS = new Set(['and', 'but']);
