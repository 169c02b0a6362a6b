import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isInsideWord, isQuoteMark, isWordChar, snapToWords } from '../../../../src/shared/anchoring/snap';

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

  it('keeps every word character the selection touched, is idempotent and ends on word edges', () => {
    const trimmable = (ch: string) => isQuoteMark(ch) || /\s/u.test(ch);
    let found = 0;
    fc.assert(
      fc.property(fc.integer({ min: 0, max: sample.length }), fc.integer({ min: 0, max: sample.length }), (a, b) => {
        const [from, to] = [Math.min(a, b), Math.max(a, b)];
        const selected = [...sample.slice(from, to)];
        const once = snapToWords(sample, a, b);
        if (selected.every(trimmable)) {
          // Only marks and spaces: nothing, or (an apostrophe inside a word) the word around it.
          if (once) expect(isWordChar(sample.slice(once.start, once.end).at(0) ?? '')).toBe(true);
          return;
        }
        // Something was selected: the snapped range must hold all of it.
        expect(once).not.toBeNull();
        found++;
        const chars = sample.slice(from, to);
        let head = 0;
        while (trimmable(chars[head]!)) head++;
        let tail = chars.length;
        while (trimmable(chars[tail - 1]!)) tail--;
        const [first, last] = [from + head, from + tail];
        expect(once!.start).toBeLessThanOrEqual(first);
        expect(once!.end).toBeGreaterThanOrEqual(last);
        expect(snapToWords(sample, once!.start, once!.end)).toEqual(once);
        expect(isInsideWord(sample, once!.start)).toBe(false);
        expect(isInsideWord(sample, once!.end)).toBe(false);
        expect(sample.slice(once!.start, once!.end)).toBe(sample.slice(once!.start, once!.end).trim());
      }),
    );
    expect(found).toBeGreaterThan(50); // most random selections hold words: the checks above ran
  });
});
