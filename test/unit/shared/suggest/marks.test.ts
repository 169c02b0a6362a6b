/** Quotation-mark pairing: every typographic convention, apostrophes, and unbalanced marks. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findQuoteSpans } from '../../../../src/shared/suggest/marks';
import { plainTextBlocks } from '../../../../src/shared/text/plainTextBlocks';

const contents = (text: string) => findQuoteSpans(text, plainTextBlocks(text)).map((s) => text.slice(s.start, s.end));

describe('findQuoteSpans', () => {
  it.each([
    ['English double', 'He said “we will win” today.', ['we will win']],
    ['English single with apostrophes', '‘Russia’s war isn’t over,’ she said.', ['Russia’s war isn’t over,']],
    ['a decade apostrophe inside a single quote', '‘Since the ’90s we’ve waited,’ he said.', ['Since the ’90s we’ve waited,']],
    ['plural possessive outside quotes', 'The farmers’ union said “no”.', ['no']],
    ['plural possessive inside a single quote', '‘The allies’ weapons are late,’ she said.', ['The allies’ weapons are late,']],
    ['nested single inside double', '“He said ‘never’ twice,” she said.', ['He said ‘never’ twice,']],
    ['German low-high', 'Er sagte „wir schaffen das“ gestern.', ['wir schaffen das']],
    ['German with inner single', '„Wir haben ‚genug‘ getan“, sagte sie.', ['Wir haben ‚genug‘ getan']],
    ['Polish low-high with right mark', 'Powiedział „dość” wczoraj.', ['dość']],
    ['French guillemets with spaces', 'Elle a dit « nous verrons » hier.', ['nous verrons']],
    ['French guillemets with no-break spaces', 'Elle a dit «\u00a0nous verrons\u00a0» hier.', ['nous verrons']],
    ['reversed guillemets', 'Er sagte »wir schaffen das« gestern.', ['wir schaffen das']],
    ['corner brackets, nested', '「彼は『はい』と言った」', ['彼は『はい』と言った']],
    ['straight double', 'She said "we will see" and left.', ['we will see']],
    ['straight single with an apostrophe', "'Nordwerk's costs are high,' he said.", ["Nordwerk's costs are high,"]],
    ['continued over a paragraph break', '“First paragraph.\n\n“Second paragraph,” she said.', ['First paragraph.\n\n“Second paragraph,']],
    ['an unclosed quote stops at its paragraph', '“This never closes, and it goes on\n\nNext paragraph “is quoted” here.', ['This never closes, and it goes on', 'is quoted']],
    ['a stray closing mark is ignored', 'Nothing opens here” but “this” does.', ['this']],
    ['Swedish ” quotes continue in a paragraph opening with ”', '”First part.\n\n”Second part,” she said.', ['First part.\n\n”Second part,']],
  ])('%s', (_name, text, expected) => {
    expect(contents(text)).toEqual(expected);
  });

  it('never crashes and never lets a quote run past its paragraph without a reopening mark', () => {
    const piece = fc.constantFrom('“', '”', '‘', '’', '"', "'", '«', '»', '„', '‚', '「', '」', ' ', 'word', 'it’s', '\n\n', '.', ',');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), (parts) => {
        const text = parts.join('');
        const blocks = plainTextBlocks(text);
        for (const span of findQuoteSpans(text, blocks)) {
          expect(span.start).toBeGreaterThanOrEqual(0);
          expect(span.end).toBeLessThanOrEqual(text.length);
          expect(span.start).toBeLessThanOrEqual(span.end);
          // Each later paragraph opens again with the quote's own mark (» or « for «, as in French
          // and German; ” for ”, as in Swedish).
          const reopeners = span.mark === '«' ? '«»' : span.mark;
          for (let b = span.block + 1; b <= span.lastBlock; b++) expect(reopeners.includes(text[blocks[b]!.start]!)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});
