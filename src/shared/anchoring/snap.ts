/**
 * Selection snapping: what the analyst drags over is rarely exactly the quote. Edges that fall
 * inside a word grow to the whole word, and quotation marks and spaces at either edge are dropped,
 * so `“Putin must not w` becomes `Putin must not win` and `win.” ` becomes `win.`.
 */

/** Quotation marks of the languages news is written in (straight, curly, low-9, guillemets, CJK). */
const QUOTE_MARKS = new Set(['"', "'", '“', '”', '„', '‟', '‘', '’', '‚', '‛', '«', '»', '‹', '›', '「', '」', '『', '』', '〝', '〞', '＂']);

/** Characters that join two word characters into one word (don't, Thomas-Greenfield, U.S.). */
const JOINERS = new Set(["'", '’', '-', '‐', '‑', '.', '·']);

const WORD_CHAR = /[\p{L}\p{N}\p{M}_]/u;

/** The code point ending just before `pos`, or '' at the start. */
function charBefore(text: string, pos: number): string {
  if (pos <= 0) return '';
  const low = text.charCodeAt(pos - 1);
  if (low >= 0xdc00 && low <= 0xdfff && pos >= 2) {
    const high = text.charCodeAt(pos - 2);
    if (high >= 0xd800 && high <= 0xdbff) return text.slice(pos - 2, pos);
  }
  return text[pos - 1]!;
}

/** The code point starting at `pos`, or '' at the end. */
function charAt(text: string, pos: number): string {
  if (pos >= text.length) return '';
  const cp = text.codePointAt(pos)!;
  return String.fromCodePoint(cp);
}

/** True for a letter, digit or combining mark: a character words are made of. */
export function isWordChar(ch: string): boolean {
  return ch !== '' && WORD_CHAR.test(ch);
}

/**
 * True when `pos` lies inside a word: between two word characters, or next to a joiner that has
 * word characters on both sides ("Russia|’s", "Russia’|s").
 */
export function isInsideWord(text: string, pos: number): boolean {
  const before = charBefore(text, pos);
  const after = charAt(text, pos);
  if (isWordChar(before) && isWordChar(after)) return true;
  if (isWordChar(before) && JOINERS.has(after)) return isWordChar(charAt(text, pos + after.length));
  if (JOINERS.has(before) && isWordChar(after)) return isWordChar(charBefore(text, pos - before.length));
  return false;
}

/** True when `pos` falls between the two halves of a surrogate pair. */
function splitsPair(text: string, pos: number): boolean {
  if (pos <= 0 || pos >= text.length) return false;
  const high = text.charCodeAt(pos - 1);
  const low = text.charCodeAt(pos);
  return high >= 0xd800 && high <= 0xdbff && low >= 0xdc00 && low <= 0xdfff;
}

const isTrimmable = (ch: string) => ch !== '' && (QUOTE_MARKS.has(ch) || /\s/u.test(ch));

/** True for a quotation mark (straight, curly, guillemet, …). */
export function isQuoteMark(ch: string): boolean {
  return QUOTE_MARKS.has(ch);
}

/**
 * Snaps `[start, end)` of `text` to whole words and drops quotation marks and white space at both
 * edges. Returns null when nothing but marks and spaces was selected. Offsets are UTF-16 units;
 * a surrogate pair is never split. `start > end` (a backward selection) is accepted.
 */
export function snapToWords(text: string, start: number, end: number): { start: number; end: number } | null {
  let from = Math.max(0, Math.min(start, end, text.length));
  let to = Math.min(text.length, Math.max(start, end, 0));
  if (from >= to) return null;
  // Never start or end between the halves of a surrogate pair.
  if (splitsPair(text, from)) from -= 1;
  if (splitsPair(text, to)) to += 1;

  while (from > 0 && isInsideWord(text, from)) from -= charBefore(text, from).length;
  while (to < text.length && isInsideWord(text, to)) to += charAt(text, to).length;

  while (from < to && isTrimmable(charAt(text, from))) from += charAt(text, from).length;
  while (to > from && isTrimmable(charBefore(text, to))) to -= charBefore(text, to).length;
  return from < to ? { start: from, end: to } : null;
}
