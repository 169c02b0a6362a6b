/**
 * A quote in pieces: `“A,” she said. “B.”` is one quote whose words are A and B, not the
 * attribution between them. The target still spans first piece → last piece (so every selector,
 * search and old reader keeps working on one range) and lists the pieces inside it. Everything that
 * moves or shows a quote goes through here, so a quote whose pieces no longer fit its text falls
 * back to one range instead of being lost.
 */
import type { TextTarget } from '../model';
import { foldForSearch } from './find';
import { describeRange } from './selectors';

/** One `[start, end)` piece of a quote, in UTF-16 code units of the article text. */
export interface Piece {
  start: number;
  end: number;
}

/** What joins the pieces' words when a quote in pieces is shown or exported as one string. */
export const PIECE_JOINER = ' … ';

/** True when `pieces` are two or more non-empty, sorted, apart ranges running from `start` to `end`. */
export function piecesFit(pieces: readonly Piece[] | undefined, start: number, end: number): pieces is readonly Piece[] {
  if (!pieces || pieces.length < 2) return false;
  if (pieces[0]!.start !== start || pieces[pieces.length - 1]!.end !== end) return false;
  return pieces.every((p, i) => Number.isInteger(p.start) && Number.isInteger(p.end) && p.start < p.end && (i === 0 || pieces[i - 1]!.end < p.start));
}

/** The pieces of a quote's target: its pieces when they fit, otherwise its whole range as one. */
export function quotePieces(target: Pick<TextTarget, 'start' | 'end' | 'pieces'>): Piece[] {
  return piecesFit(target.pieces, target.start, target.end) ? target.pieces.map((p) => ({ start: p.start, end: p.end })) : [{ start: target.start, end: target.end }];
}

/** True when the quote is in two or more pieces. */
export function isInPieces(target: Pick<TextTarget, 'start' | 'end' | 'pieces'>): boolean {
  return piecesFit(target.pieces, target.start, target.end);
}

/** What the words of a quote are read from; a target known only by its words is one piece. */
export type WordsOf = Pick<TextTarget, 'exact'> & Partial<Pick<TextTarget, 'start' | 'end' | 'pieces'>>;

/** The words of each piece, taken from the target's own `exact` (no article text needed). */
export function pieceWords(target: WordsOf): string[] {
  const { start, end } = target;
  // Words that are not the whole range (a suggestion shown as a quote holds its joined words) are shown as they are.
  if (start === undefined || end === undefined || target.exact.length !== end - start || !piecesFit(target.pieces, start, end)) return [target.exact];
  return target.pieces.map((p) => target.exact.slice(p.start - start, p.end - start));
}

/** The quote's words as one string: `exact`, or for a quote in pieces "A … B" (the attribution left out). */
export function quoteText(target: WordsOf): string {
  const words = pieceWords(target);
  return words.length === 1 ? words[0]! : words.map((w) => w.trim()).join(PIECE_JOINER);
}

/** The target of a quote made of `pieces` of `text` (one piece: a plain target without `pieces`). */
export function describePieces(text: string, pieces: readonly Piece[]): TextTarget {
  const sorted = [...pieces].sort((a, b) => a.start - b.start);
  if (sorted.length === 0) throw new RangeError('A quote needs at least one range.');
  const first = sorted[0]!;
  const last = sorted[sorted.length - 1]!;
  const target = describeRange(text, first.start, last.end);
  if (sorted.length === 1) return target;
  if (!piecesFit(sorted, first.start, last.end) || sorted.some((p) => p.end > text.length)) {
    throw new RangeError(`The pieces ${sorted.map((p) => `${p.start}–${p.end}`).join(', ')} overlap or are empty.`);
  }
  return { ...target, pieces: sorted.map((p) => ({ start: p.start, end: p.end })) };
}

/**
 * The target `old` placed at `[start, end)` of a new `text` (a re-import, a corrected text, a
 * replica's older text). Its pieces move with it when their words are found there in order
 * (typography aside); when one is not (its words were edited), the quote keeps the whole range
 * as one piece: the analyst still has the quote, only the attribution is no longer left out.
 */
export function placeTarget(text: string, old: TextTarget, start: number, end: number): TextTarget {
  const base = describeRange(text, start, end);
  if (!isInPieces(old)) return base;
  const pieces = quotePieces(old);
  if (base.exact === old.exact) return describePieces(text, pieces.map((p) => ({ start: p.start - old.start + start, end: p.end - old.start + start })));
  const folded = foldForSearch(text.slice(start, end));
  const found: Piece[] = [];
  let from = 0;
  for (const words of pieceWords(old)) {
    const at = folded.indexOf(foldForSearch(words), from);
    if (at < 0 || words.length === 0) return base;
    found.push({ start: start + at, end: start + at + words.length });
    from = at + words.length + 1;
  }
  return describePieces(text, found);
}
