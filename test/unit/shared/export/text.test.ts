/** The shared text rules: paragraphs that join back exactly, code point offsets, dates, URLs. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cleanText, codePointOffset, isWebUrl, oneLine, readableDate, splitParagraphs } from '../../../../src/shared/export/text';

describe('splitParagraphs', () => {
  it.each([
    ['one', ['one']],
    ['a\n\nb', ['a', 'b']],
    ['a\nb', ['a\nb']],
    ['a\n\n\nb', ['a', '\nb']],
    ['a\n\n\n\nb', ['a\n\n', 'b']],
    ['\n\na', ['\n\na']],
    ['a\n\n', ['a\n\n']],
    ['a\n\n  \n\nb', ['a', '  ', 'b']],
  ])('%j → %j', (text, expected) => {
    expect(splitParagraphs(text)).toEqual(expected);
  });

  it('joins back to the original text, and never yields an empty paragraph unless the text is empty', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', ' ', '\n', '\n\n', 'b'), { minLength: 1 }).map((t) => t.join('')), (text) => {
        const parts = splitParagraphs(text);
        expect(parts.join('\n\n')).toBe(text);
        expect(parts.every((p) => p !== '')).toBe(true);
      }),
    );
  });
});

describe('cleanText and oneLine', () => {
  it.each([
    ['a\r\nb\rc', 'a\nb\nc'],
    ['nul\u0000bell\u0007del\u007f', 'nulbelldel'],
    ['tab\tkept\nnewline kept', 'tab\tkept\nnewline kept'],
  ])('cleanText(%j) = %j', (text, expected) => expect(cleanText(text)).toBe(expected));

  it('puts text on one line', () => expect(oneLine('a \n  b\n\nc')).toBe('a b c'));
});

describe('codePointOffset', () => {
  it.each([
    ['abc', 2, 2],
    ['😀abc', 2, 1],
    ['😀abc', 3, 2],
    ['a😀b😀c', 6, 4],
  ])('in %j, UTF-16 offset %i is code point %i', (text, offset, expected) => expect(codePointOffset(text, offset)).toBe(expected));

  it('agrees with counting the code points of the prefix', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), fc.nat(), (text, n) => {
        // Offsets from the model never split a surrogate pair: pick a code point boundary.
        const points = [...text];
        const k = points.length ? n % (points.length + 1) : 0;
        const offset = points.slice(0, k).join('').length;
        expect(codePointOffset(text, offset)).toBe(k);
      }),
    );
  });
});

describe('readableDate and isWebUrl', () => {
  it.each([
    ['2023-02-21', '21 February 2023'],
    ['2023-02-21T10:00:00Z', '21 February 2023'],
    ['Tuesday', 'Tuesday'],
    ['2023-13-01', '2023-13-01'],
  ])('readableDate(%j) = %j', (value, expected) => expect(readableDate(value)).toBe(expected));

  it.each([
    ['https://example.org/a?b=c', true],
    ['http://example.org', true],
    ['javascript:alert(1)', false],
    ['https://example.org/<script>', false],
    ['data:text/html,x', false],
    ['file:///etc/passwd', false],
    ['example.org', false],
  ])('isWebUrl(%j) = %s', (url, expected) => expect(isWebUrl(url)).toBe(expected));
});
