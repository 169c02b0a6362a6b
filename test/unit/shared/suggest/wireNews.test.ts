/**
 * Wire and political news constructions of issue 14 (round rules6), each on a sentence made up for
 * this test (none is taken from the labelled articles): the span offered and its speaker.
 */
import { describe, expect, it } from 'vitest';
import { suggestQuotes, type SuggestedQuote } from '../../../../src/shared/suggest';

const suggest = (text: string) => suggestQuotes({ text }).quotes;
const brief = (q: SuggestedQuote) => [q.stance ? 'stance' : q.kind, q.text, q.speaker?.name ?? null];

describe('month abbreviations', () => {
  it('do not end the sentence before a day ("on Oct. 4")', () => {
    expect(suggest('Dagny Mervane said on Tuesday the co-op would shut its bakeries on Oct. 4 unless flour got cheaper.').map(brief)).toEqual([
      ['indirect', 'the co-op would shut its bakeries on Oct. 4 unless flour got cheaper', 'Dagny Mervane'],
    ]);
  });

  it('still end it when no day follows', () => {
    const quotes = suggest('Dagny Mervane said the depot was sold in Sept. The vans went too.');
    expect(quotes.map((q) => q.text)).toEqual(['the depot was sold in Sept']);
  });

  it('leave a dated attribution between two pieces of one quote', () => {
    const quotes = suggest('“We held out as long as we could,” Dagny Mervane wrote on Nov. 3. “Nobody answered.”');
    expect(quotes.map(brief)).toEqual([['direct', 'We held out as long as we could, … Nobody answered.', 'Dagny Mervane']]);
  });
});
