/**
 * Long asides between a speaker's name and the reporting verb, on sentences made up for this test
 * (none is taken from the labelled articles): the aside describes the speaker and reports nothing.
 */
import { describe, expect, it } from 'vitest';
import { suggestQuotes, type SuggestedQuote } from '../../../../src/shared/suggest';

const suggest = (text: string) => suggestQuotes({ text }).quotes;
const brief = (q: SuggestedQuote) => [q.stance ? 'stance' : q.kind, q.text, q.speaker?.name ?? null];
const LEAD = 'Harbour councillors met on Monday to discuss the ferry budget.\n\n';

describe('an appositive with a "that" relative', () => {
  it('is an aside of the name before it, however long', () => {
    const text = `${LEAD}Ada Roe, the director of Harbour Watch, a charity that has campaigned for the ferry since 2015, said Mayor Lund had “done the decent thing” and urged councillors to keep the service.`;
    expect(suggest(text).map(brief)).toEqual([
      ['indirect', 'Mayor Lund had “done the decent thing”', 'Ada Roe'],
      ['indirect', 'councillors to keep the service', 'Ada Roe'],
    ]);
  });

  it('is an aside of a company name', () => {
    const text = `${LEAD}Tollby Ferries, a small operator that has run boats across the firth since 1990, said it had enough fuel to last until the spring.`;
    expect(suggest(text).map(brief)).toEqual([['indirect', 'it had enough fuel to last until the spring', 'Tollby Ferries']]);
  });

  it('stays part of the report after a clause', () => {
    const text = `${LEAD}The council cut the library budget, a move that will close four branches, officials said.`;
    expect(suggest(text).map(brief)).toEqual([['indirect', 'The council cut the library budget, a move that will close four branches', 'officials']]);
  });
});
