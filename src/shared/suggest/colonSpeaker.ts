/**
 * Who speaks a quotation after a colon when no name stands before it: "Her parting words: “…”"
 * (the person the pronoun stands for) and "Chancellor: “…”" on a live blog's line (the one person
 * the story gives the role).
 */
import type { Paragraph, Sentence } from './document';
import { resolvePronoun, type Context, type Speaker } from './nounPhrase';
import { roleHolder } from './roleHolders';
import { isAcronym, plain, type Token } from './tokens';

/** Nouns for what someone said, owned by "his", "her" or "their" before a colon. */
const SAID_NOUNS = /^(?:words|message|reply|answer|response|verdict|advice|warning|plea|promise|pledge|retort|comment|view|summary)$/;
const OWNERS: Readonly<Record<string, 'he' | 'she' | 'they'>> = { his: 'he', her: 'she', their: 'they' };

/** The speaker of the quotation opening at token `open` after a colon, or null. */
export function colonSpeaker(ctx: Context, para: Paragraph, sentence: Sentence, open: number): Speaker | null {
  const { tokens } = para;
  const colon = open - 1;
  let from = sentence.from;
  // (A live blog's time stamp may open the line: "09.10 GMT Chancellor: ‘…’".)
  while (from < colon && stampToken(tokens[from]!)) from++;
  const words = tokens.slice(from, colon);
  if (words.length < 1 || words.length > 4 || words.some((t) => t.type !== 'word' || t.possessive || para.quoteOf[from]! >= 0)) return null;
  const owner = OWNERS[words[0]!.lower];
  if (owner && words.length >= 2 && SAID_NOUNS.test(words[words.length - 1]!.lower)) {
    return resolvePronoun(ctx, para, sentence, from, owner);
  }
  if (words.length > 3 || owner) return null;
  const holder = roleHolder(ctx, words.map((t) => plain(t.text)));
  return holder ? { ref: { type: 'entity', entity: holder }, how: 'definite', confidence: 0.7 } : null;
}

function stampToken(t: Token): boolean {
  return t.type === 'number' || t.type === 'punct' || isAcronym(t) || /^(?:am|pm)$/i.test(t.text);
}
