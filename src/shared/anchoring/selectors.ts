import type { TextTarget } from '../model';

/** Context length kept on each side of a quote (DESIGN.md: 32 characters). */
export const CONTEXT_LENGTH = 32;

/** Builds the TextQuote + TextPosition selectors for `[start, end)` of `text`. */
export function describeRange(text: string, start: number, end: number): TextTarget {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || start >= end) {
    throw new RangeError(`The range ${start}–${end} is not inside the article (length ${text.length}).`);
  }
  return {
    exact: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - CONTEXT_LENGTH), start),
    suffix: text.slice(end, end + CONTEXT_LENGTH),
    start,
    end,
  };
}

/** True when the position selector still points at the exact text. */
export function isAnchored(text: string, target: TextTarget): boolean {
  return text.slice(target.start, target.end) === target.exact;
}
