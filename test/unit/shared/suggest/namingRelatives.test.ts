/**
 * A relative clause that names its noun in someone's quoted words ("…, which she called “…”", "a
 * plan that campaigners called ‘…’"), on sentences made up for this test (none is taken from the
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
    const text = `${LEAD}Judge Ada Roe said the defence could ask about his loans but not about his divorce, which she called “irrelevant to anything this jury must decide.”`;
    expect(suggest(text).map(brief)).toEqual([
      ['indirect', 'the defence could ask about his loans but not about his divorce', 'Ada Roe'],
      ['direct', 'irrelevant to anything this jury must decide.', 'Ada Roe'],
    ]);
  });

  it('gives the quoted words to the subject of "that … called"', () => {
    const text = `${LEAD}Councillors voted on Thursday to back a budget plan that campaigners called ‘an act of civic vandalism’.`;
    expect(suggest(text).map(brief)).toEqual([['direct', 'an act of civic vandalism', 'campaigners']]);
  });

  it('reads the "that" after a noun as a relative, not the "that" of a report', () => {
    const text = `${LEAD}Dock workers will strike next week after rejecting a 3% pay offer that their union called “an insult to every worker on the night shift”.`;
    expect(suggest(text).map(brief)).toEqual([
      ['indirect', 'a 3% pay offer', 'dock workers'],
      ['direct', 'an insult to every worker on the night shift', 'their union'],
    ]);
  });

  it('leaves "called the plan “…”" a reported complement', () => {
    const text = `${LEAD}The mayor called the plan “an act of civic vandalism”.`;
    expect(suggest(text).map(brief)).toEqual([['indirect', 'the plan “an act of civic vandalism”', 'the mayor']]);
  });
});
