import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isInsideWord, snapToWords } from '../../../../src/shared/anchoring/snap';

const sample = 'remarks. “Putin must not win. That would show that aggression works,” he said of Russia’s war.';
const at = (needle: string) => sample.indexOf(needle);
const snapped = (start: number, end: number) => {
  const range = snapToWords(sample, start, end);
  return range && sample.slice(range.start, range.end);
};

describe('snapToWords', () => {
  it.each([
    ['drops an opening quotation mark and the space before it', at(' “Putin'), at('win.') + 4, 'Putin must not win.'],
    ['grows a start inside a word to the whole word', at('utin'), at('win.') + 4, 'Putin must not win.'],
    ['grows an end inside a word to the whole word', at('Putin'), at('win.') + 2, 'Putin must not win'],
    ['keeps the full stop that ends the sentence', at('That'), at('works,”') + 6, 'That would show that aggression works,'],
    ['drops a closing quotation mark and trailing spaces', at('That'), at('works,”') + 8, 'That would show that aggression works,'],
    ['keeps an apostrophe inside a word', at('Russia’s') + 2, at('Russia’s') + 7, 'Russia’s'],
    ['selects the word a click-drag inside it touched', at('aggression') + 3, at('aggression') + 5, 'aggression'],
  ])('%s', (_name, start, end, expected) => {
    expect(snapped(start, end)).toBe(expected);
  });

  it('accepts a backward selection (focus before anchor)', () => {
    expect(snapped(at('win.') + 4, at(' “Putin'))).toBe('Putin must not win.');
  });

  it('returns null when only quotation marks and spaces are selected', () => {
    expect(snapToWords(sample, at(' “Putin'), at('Putin'))).toBeNull();
    expect(snapToWords(sample, 3, 3)).toBeNull();
  });

  it('never splits a surrogate pair', () => {
    const text = 'ab 😀😀 cd';
    const range = snapToWords(text, 4, 6)!;
    expect(text.slice(range.start, range.end)).toBe('😀😀');
  });

  it('is idempotent and stays inside the selection’s words', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: sample.length }), fc.integer({ min: 0, max: sample.length }), (a, b) => {
        const once = snapToWords(sample, a, b);
        if (!once) return;
        expect(snapToWords(sample, once.start, once.end)).toEqual(once);
        expect(isInsideWord(sample, once.start)).toBe(false);
        expect(isInsideWord(sample, once.end)).toBe(false);
        expect(sample.slice(once.start, once.end)).toBe(sample.slice(once.start, once.end).trim());
      }),
    );
  });
});
