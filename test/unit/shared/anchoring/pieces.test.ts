import { describe, expect, it } from 'vitest';
import { describePieces, isInPieces, piecesFit, placeTarget, quotePieces, quoteText } from '../../../../src/shared/anchoring/pieces';
import { describeRange } from '../../../../src/shared/anchoring/selectors';

const text = 'Rain fell. “The dam will hold,” the engineer Ada Roe said. “It was built for worse.” Then quiet.';
const a = { start: text.indexOf('The dam'), end: text.indexOf('hold,') + 'hold,'.length };
const b = { start: text.indexOf('It was'), end: text.indexOf('worse.') + 'worse.'.length };

describe('a quote in pieces', () => {
  it('spans first piece to last and lists the pieces', () => {
    const target = describePieces(text, [b, a]);
    expect(target).toMatchObject({ start: a.start, end: b.end, pieces: [a, b] });
    expect(target.exact).toContain('the engineer Ada Roe said');
    expect(quotePieces(target)).toEqual([a, b]);
    expect(isInPieces(target)).toBe(true);
  });

  it('shows its words joined, the attribution left out', () => {
    expect(quoteText(describePieces(text, [a, b]))).toBe('The dam will hold, … It was built for worse.');
  });

  it('is a plain target when it has one piece', () => {
    const target = describePieces(text, [a]);
    expect(target).toEqual(describeRange(text, a.start, a.end));
    expect(quoteText(target)).toBe('The dam will hold,');
  });

  it.each([
    ['overlapping', [a, { start: a.end - 2, end: b.end }]],
    ['touching', [a, { start: a.end, end: b.end }]],
    ['empty', [a, { start: b.start, end: b.start }]],
  ])('refuses %s pieces', (_, pieces) => {
    expect(() => describePieces(text, pieces)).toThrow(RangeError);
  });

  it('shows words that are not the whole range as they are (a suggestion holding its joined words)', () => {
    const target = { exact: 'The dam will hold, … It was built for worse.', prefix: '', suffix: '', start: a.start, end: b.end, pieces: [a, b] };
    expect(quoteText(target)).toBe(target.exact);
    expect(quotePieces(target)).toEqual([a, b]);
  });

  it('reads pieces that do not fit their target as one piece (an old or hand-edited file)', () => {
    const target = { ...describeRange(text, a.start, b.end), pieces: [a, { start: b.start, end: b.end + 3 }] };
    expect(piecesFit(target.pieces, target.start, target.end)).toBe(false);
    expect(quotePieces(target)).toEqual([{ start: a.start, end: b.end }]);
    expect(quoteText(target)).toBe(target.exact);
  });
});

describe('placing a quote in pieces in a new text', () => {
  const old = describePieces(text, [a, b]);

  it('moves the pieces with the quote when its words are the same', () => {
    const moved = 'A new first paragraph.\n\n' + text;
    const shift = moved.length - text.length;
    const placed = placeTarget(moved, old, old.start + shift, old.end + shift);
    expect(quoteText(placed)).toBe('The dam will hold, … It was built for worse.');
    expect(placed.pieces).toEqual([
      { start: a.start + shift, end: a.end + shift },
      { start: b.start + shift, end: b.end + shift },
    ]);
  });

  it('keeps the pieces when only the attribution between them changed', () => {
    const edited = text.replace('the engineer Ada Roe said', 'said Ada Roe, the chief engineer');
    const start = edited.indexOf('The dam');
    const end = edited.indexOf('worse.') + 'worse.'.length;
    expect(quoteText(placeTarget(edited, old, start, end))).toBe('The dam will hold, … It was built for worse.');
  });

  it('keeps the pieces when only typography changed', () => {
    const straight = text.replace('hold,”', 'hold,"').replace('“It', '"It');
    const placed = placeTarget(straight, old, old.start, old.end);
    expect(placed.pieces).toHaveLength(2);
  });

  it('falls back to one range, never losing the quote, when a piece’s words were edited', () => {
    const edited = text.replace('built for worse', 'built for much worse');
    const end = edited.indexOf('worse.') + 'worse.'.length;
    const placed = placeTarget(edited, old, old.start, end);
    expect(placed.pieces).toBeUndefined();
    expect(placed.exact).toBe(edited.slice(old.start, end));
  });
});
