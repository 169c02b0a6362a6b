/**
 * The suggester on text nobody wrote for it: it never throws, and every suggestion stays bounded
 * (a reported clause ends at its sentence and is never longer than the cap), however the text is
 * punctuated. How fast it is on such text is measured in bench/suggestHostile.ts, not here.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_SUGGEST_CHARS, suggestQuotes } from '../../../../src/shared/suggest';
import { MAX_CLAUSE_CHARS } from '../../../../src/shared/suggest/clauseBounds';

function expectSound(text: string): void {
  const { quotes, actors } = suggestQuotes({ text });
  for (const q of quotes) {
    expect(q.start).toBeGreaterThanOrEqual(0);
    expect(q.end).toBeLessThanOrEqual(text.length);
    expect(q.text).toBe(text.slice(q.start, q.end));
    if (q.kind === 'indirect') expect(q.text.length).toBeLessThanOrEqual(MAX_CLAUSE_CHARS);
  }
  for (const a of actors) expect(a.name.length).toBeGreaterThan(0);
}

describe('suggestQuotes on hostile text', () => {
  it.each([
    ['a post-nominal after a comma', '"Biden, Jr.,"'],
    ['a post-nominal alone', 'Jr.'],
    ['post-nominals in a row', 'He met Smith, Jr., Sr., and said "yes, MP," today.'],
    ['an honorific alone', 'Mr.'],
    ['brackets and initials', '(J. R. R.) [Dr.] {U.S.} “A. B.” said: ‘C.’'],
    ['only quotation marks', '"""“”‘’«»„‚'],
  ])('does not throw on %s', (_name, text) => {
    expect(() => expectSound(text)).not.toThrow();
  });

  it('never throws on arbitrary text with quotation marks, abbreviations, initials and brackets', () => {
    const piece = fc.oneof(
      fc.constantFrom('“', '”', '‘', '’', '"', "'", '«', '»', '„', '‚', '‹', '›', '「', '」', '(', ')', '[', ']', '{', '}', '—', '–', '-', ',', '.', ';', ':', '?', '!', '…'),
      fc.constantFrom('Jr.', 'Sr.', 'Mr.', 'Dr.', 'U.S.', 'U.K.', 'J.', 'R.', 'A. B.', 'St.', 'No.', 'Inc.', 'MP', 'KC', 'II', 'Prof.', 'Gen.'),
      fc.constantFrom('said', 'told', 'according to', 'added', 'he', 'she', 'they', 'it', 'that', 'and', 'of', 'the', 'Minister', 'President', 'Biden', 'Anna Berg', 'NATO', 'China’s', 'officials'),
      fc.constantFrom(' ', ' ', ' ', '\n', '\n\n', '\u00a0'),
      fc.string({ unit: 'grapheme', maxLength: 6 }),
      fc.string({ unit: 'binary', maxLength: 4 }),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 80 }), (pieces) => {
        const text = pieces.join('');
        if (text.trim() === '') return;
        expectSound(text);
      }),
      { numRuns: 400 },
    );
  });

  it('ends a reported clause at its sentence, and at the cap in a paragraph without full stops', () => {
    expect(suggestQuotes({ text: 'Officials said the plan would work. Critics disagree with that.' }).quotes.map((q) => q.text)).toEqual(['the plan would work']);
    const endless = 'officials said the plan would work well for everyone there '.repeat(400);
    const { quotes } = suggestQuotes({ text: endless });
    const reported = quotes.filter((q) => q.kind === 'indirect');
    expect(reported.length).toBeGreaterThan(10);
    for (const q of reported) expect(q.text.length).toBeLessThanOrEqual(MAX_CLAUSE_CHARS);
    // The clauses together are a small multiple of the text, not its square.
    expect(reported.reduce((sum, q) => sum + q.text.length, 0)).toBeLessThan(endless.length * 12);
  });

  it('refuses a text over the limit with a message saying what to do', () => {
    expect(() => suggestQuotes({ text: 'a'.repeat(MAX_SUGGEST_CHARS + 1) })).toThrow(/at most 5,000,000\. Split the text/);
  });
});
