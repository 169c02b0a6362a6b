/**
 * How much text the suggester takes. One limit for every way in (`suggest FILE`, `suggest
 * ARTICLE_ID`, the app's Suggest button): the longest article an import may produce, so every
 * article in a notebook can be suggested on.
 */
import { MAX_ARTICLE_CHARS } from '../import/formats';

/** The longest text, in characters (UTF-16 code units), the suggester reads. */
export const MAX_SUGGEST_CHARS = MAX_ARTICLE_CHARS;

/** Why a text is too long to suggest on (null when it is not), for a message that names it. */
export function suggestTooLongReason(length: number): string | null {
  if (length <= MAX_SUGGEST_CHARS) return null;
  return `is ${length.toLocaleString('en')} characters long; suggestions read at most ${MAX_SUGGEST_CHARS.toLocaleString('en')}. Split the text into several articles and suggest on each.`;
}
