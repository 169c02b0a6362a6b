/**
 * A name in lower case is a description an article gives ("the union", "the board", "documents
 * released by the committee"), not a proper name: in another article the same words mean another
 * body. So such an actor is matched by name only within the article it came from; elsewhere it
 * would gather every union of a corpus under one actor.
 */
export function isDescription(name: string): boolean {
  return /^\p{Ll}/u.test(name.trim());
}

const WEEKDAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.|Feb\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.)';
const UNIT = '(?:week|month|year|night|morning|afternoon|evening|weekend|spring|summer|autumn|fall|winter)';
// When, at the end of a description: "on Tuesday", "last week", "earlier this month", "in March 2024", "on Jan. 5".
const TRAILING_WHEN = new RegExp(
  `\\s+(?:(?:on\\s+)?${WEEKDAY}(?:\\s+${UNIT})?|(?:last|this|next|earlier\\s+this|late\\s+last|early\\s+this)\\s+(?:${UNIT}|${WEEKDAY})|(?:in|on|since)\\s+${MONTH}(?:\\s+\\d{1,2})?(?:,?\\s+\\d{4})?|(?:yesterday|today|overnight))$`,
);

/**
 * A description without the day it ends on: "documents released by the council on Tuesday" names
 * the documents; the day says when they came out, and would read oddly as an actor's name.
 */
export function withoutWhen(description: string): string {
  const trimmed = description.trim();
  const cut = trimmed.replace(TRAILING_WHEN, '');
  // "the last week" is itself the description: what is left must be a phrase of its own.
  return /\s/.test(cut) && !/\b(?:the|a|an|this|that|of|by|to|from|in|on)$/i.test(cut) ? cut : trimmed;
}
