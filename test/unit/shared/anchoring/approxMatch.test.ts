import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { approxEnds, bestStarts, editDistance } from '../../../../src/shared/anchoring/approxMatch';

/** Sellers' dynamic programme: the textbook answer the bit-parallel search must agree with. */
function slowEnds(text: string, pattern: string, k: number) {
  let column = Array.from({ length: pattern.length + 1 }, (_, i) => i);
  const ends: { end: number; errors: number }[] = [];
  for (let j = 1; j <= text.length; j++) {
    const next = [0];
    for (let i = 1; i <= pattern.length; i++) {
      next[i] = Math.min(column[i - 1]! + (text[j - 1] === pattern[i - 1] ? 0 : 1), column[i]! + 1, next[i - 1]! + 1);
    }
    column = next;
    if (column[pattern.length]! <= k) ends.push({ end: j, errors: column[pattern.length]! });
  }
  return ends;
}

const small = (max: number, min = 0) => fc.string({ unit: fc.constantFrom('a', 'b', 'c', ' '), minLength: min, maxLength: max });

describe('approxEnds', () => {
  it('agrees with the dynamic programme for short patterns (one 32-bit block)', () => {
    fc.assert(
      fc.property(small(120), small(30, 1), fc.nat(8), (text, pattern, k) => {
        expect(approxEnds(text, pattern, k)).toEqual(slowEnds(text, pattern, k));
      }),
      { numRuns: 300 },
    );
  });

  it('agrees with the dynamic programme for long patterns (several blocks)', () => {
    fc.assert(
      fc.property(small(300, 40), small(140, 33), fc.nat(40), (text, pattern, k) => {
        expect(approxEnds(text, pattern, k)).toEqual(slowEnds(text, pattern, k));
      }),
      { numRuns: 150 },
    );
  });

  it('searches only the window it is given', () => {
    const text = 'abc xyz abc';
    expect(approxEnds(text, 'abc', 0).map((e) => e.end)).toEqual([3, 11]);
    expect(approxEnds(text, 'abc', 0, 4).map((e) => e.end)).toEqual([11]);
  });
});

describe('bestStarts', () => {
  it('finds where a match with the fewest edits begins', () => {
    const text = 'he said Putin must not win today';
    const end = text.indexOf(' today');
    expect(bestStarts(text, 'Putin must not win', end, 4)).toEqual({ starts: [text.indexOf('Putin')], errors: 0 });
    const edited = 'he said utin must not win today';
    const result = bestStarts(edited, 'Putin must not win', edited.indexOf(' today'), 4);
    expect(result.errors).toBe(1);
    expect(result.starts).toContain(edited.indexOf('utin'));
  });
});

describe('editDistance', () => {
  it.each([
    ['', '', 0],
    ['abc', '', 3],
    ['kitten', 'sitting', 3],
    ['Putin must not win.', 'Putin must not win!', 1],
  ])('%s → %s is %i', (a, b, d) => {
    expect(editDistance(a, b)).toBe(d);
    expect(editDistance(b, a)).toBe(d);
  });
});
