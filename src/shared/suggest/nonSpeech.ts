/**
 * Quotation marks that do not mark speech: titles ("NBC’s “Meet The Press”", the BBC’s “Today”
 * programme), names ("an assistant called “Ask Ellie”"), signs ("banners that read « … »") and
 * scare quotes ("so-called ‘no-fault’ evictions").
 */
import type { QuoteSpan } from './marks';
import type { Paragraph } from './document';
import { isPunct, tokenStartingAt } from './tokens';

const SCARE_BEFORE = new Set(['so-called', 'dubbed', 'termed', 'nicknamed', 'self-styled', 'titled', 'entitled', 'headlined', 'read', 'reads', 'reading', 'hashtag', 'slogan', 'motto', 'codenamed', 'code-named']);
const TITLE_AFTER = new Set(['programme', 'program', 'show', 'series', 'podcast', 'film', 'movie', 'book', 'novel', 'album', 'song', 'campaign', 'debate', 'brand', 'app', 'hashtag', 'documentary', 'column', 'magazine', 'newsletter', 'operation']);
const SMALL = new Set(['of', 'the', 'and', 'a', 'an', 'in', 'on', 'for', 'to', 'at', 'by', 'with', 'de', 'la', 'le']);

/** True when the quotation is a title, name, sign or scare quote rather than something said. */
export function isNotSpeech(text: string, span: QuoteSpan, para: Paragraph, hasCue: boolean): boolean {
  const { tokens, quoteOf } = para;
  const open = tokenStartingAt(tokens, span.open);
  const close = span.close >= 0 ? tokenStartingAt(tokens, span.close) : -1;
  const before = tokens[open - 1];
  const beforeWord = before && before.type === 'word' ? before : undefined;
  if (beforeWord && SCARE_BEFORE.has(beforeWord.lower)) return true;
  if (before && isPunct(before, '-') && tokens[open - 2]?.lower === 'so') return true;
  const after = close >= 0 ? tokens[close + 1] : undefined;
  if (after && after.type === 'word' && TITLE_AFTER.has(after.lower) && !after.cap && wordsOf(text, span).length <= 6) return true;
  if (hasCue) return false;
  const words = wordsOf(text, span);
  if (words.length === 0 || words.length > 6) return false;
  const titleCase = words.every((w) => /^[\p{Lu}\d]/u.test(w) || SMALL.has(w.toLowerCase())) && /^[\p{Lu}\d]/u.test(words[0]!);
  const content = text.slice(span.start, span.end);
  if (!titleCase || /[,;:?!]$/.test(content)) return false;
  // A capitalised phrase after a possessive or "called" is a name; so is any in mid-sentence.
  const midSentence = beforeWord !== undefined && !(open > 0 && quoteOf[open - 1]! >= 0);
  return midSentence || (before !== undefined && before.possessive) || words.length >= 2;
}

function wordsOf(text: string, span: QuoteSpan): string[] {
  return text.slice(span.start, span.end).match(/[\p{L}\p{N}][\p{L}\p{N}’'-]*/gu) ?? [];
}
