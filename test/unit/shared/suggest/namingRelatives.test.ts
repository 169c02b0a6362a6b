/**
 * A relative clause that names its noun in someone's quoted words ("…, which the mayor called
 * “…”", "a toll that drivers call ‘…’"), on sentences made up for this test (none is taken from the
 * labelled articles): the quotation is a direct quote of the relative's subject, and a clause
 * reported around it ends before the relative.
 */
import { describe, expect, it } from 'vitest';
import { suggestQuotes, type SuggestedQuote } from '../../../../src/shared/suggest';

const suggest = (text: string) => suggestQuotes({ text }).quotes;
const brief = (q: SuggestedQuote) => [q.stance ? 'stance' : q.kind, q.text, q.speaker?.name ?? null];
const LEAD = 'Harbour councillors met on Monday to discuss the ferry budget.\n\n';

describe('a relative that names its noun in quoted words', () => {
  it('ends the reported clause before ", which she called"', () => {
    const text = `${LEAD}Mayor Ada Roe said the board could renew the tug contract but not the old lease, which she called “a relic of the coal years.”`;
    expect(suggest(text).map(brief)).toEqual([
      ['indirect', 'the board could renew the tug contract but not the old lease', 'Ada Roe'],
      ['direct', 'a relic of the coal years.', 'Ada Roe'],
    ]);
  });

  it('gives the quoted words to the subject of "that … called"', () => {
    const text = `${LEAD}The board raised the bridge toll on Friday, a toll that drivers called ‘robbery in broad daylight’.`;
    expect(suggest(text).map(brief)).toEqual([['direct', 'robbery in broad daylight', 'drivers']]);
  });

  it('reads the "that" after a noun as a relative, not the "that" of a report', () => {
    const text = `${LEAD}Pilots will stop work on Sunday after rejecting a 5% pay offer that their union called “a danger to every crew on the estuary”.`;
    expect(suggest(text).map(brief)).toEqual([
      ['indirect', 'a 5% pay offer', 'pilots'],
      ['direct', 'a danger to every crew on the estuary', 'their union'],
    ]);
  });

  it('leaves "called the toll “…”" a reported complement', () => {
    const text = `${LEAD}The mayor called the toll “robbery in broad daylight”.`;
    expect(suggest(text).map(brief)).toEqual([['indirect', 'the toll “robbery in broad daylight”', 'the mayor']]);
  });

  it('keeps "what she called their “…”" a direct quote of the naming verb\'s subject', () => {
    const text = `${LEAD}Ada Roe thanked the crews for what she called their "calm under fire." Then she left.`;
    expect(suggest(text).map(brief)).toEqual([['direct', 'calm under fire.', 'Ada Roe']]);
  });
});
