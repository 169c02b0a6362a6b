import { describe, expect, it } from 'vitest';
import { describeRange, isAnchored } from '../../../../src/shared/anchoring/selectors';

describe('describeRange', () => {
  const text = 'x'.repeat(40) + '“Putin must not win.”' + 'y'.repeat(40);
  it('keeps the exact text, 32 characters of context each side and the offsets', () => {
    const start = 41;
    const end = start + 'Putin must not win.'.length;
    const target = describeRange(text, start, end);
    expect(target).toEqual({ exact: 'Putin must not win.', prefix: 'x'.repeat(31) + '“', suffix: '”' + 'y'.repeat(31), start, end });
    expect(isAnchored(text, target)).toBe(true);
    expect(isAnchored('z' + text, target)).toBe(false);
  });
  it('shortens the context at the edges of the text', () => {
    expect(describeRange('abc', 0, 3)).toMatchObject({ prefix: '', suffix: '', exact: 'abc' });
  });
  it.each([
    [-1, 2],
    [2, 2],
    [3, 2],
    [0, 4],
    [0.5, 2],
  ])('refuses the range %s–%s', (start, end) => {
    expect(() => describeRange('abc', start, end)).toThrow(RangeError);
  });
  it('counts offsets in UTF-16 code units, as JavaScript does', () => {
    const emoji = '😀 said “yes”';
    const start = emoji.indexOf('yes');
    expect(describeRange(emoji, start, start + 3).start).toBe(9);
  });
});
