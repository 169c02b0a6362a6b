/**
 * REFI-QDA counts a selection's start and end in characters of the source's plain text, and
 * Quotebook stores UTF-16 code units (JavaScript string indices). We read "characters" as Unicode
 * code points (what a UTF-8 reader such as QualCoder counts), so outside the Basic Multilingual
 * Plane (emoji, some CJK, historic scripts) the two differ and every offset is converted.
 */
import { codePointOffset } from '../export/text';

/** The code-point position of UTF-16 offset `offset` in `text` (REFI position of a Quotebook offset). */
export const toCodePoints = (text: string, offset: number): number => codePointOffset(text, offset);

/** The UTF-16 offset of code-point position `points` in `text`; null when `text` is shorter. */
export function fromCodePoints(text: string, points: number): number | null {
  let units = 0;
  for (let seen = 0; seen < points; seen++) {
    if (units >= text.length) return null;
    const unit = text.charCodeAt(units);
    const pair = unit >= 0xd800 && unit <= 0xdbff && units + 1 < text.length && (text.charCodeAt(units + 1) & 0xfc00) === 0xdc00;
    units += pair ? 2 : 1;
  }
  return units;
}
