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

describe('a participle with its own object after a reported clause', () => {
  it('is the writer\'s comment, outside the report', () => {
    const text = `${LEAD}The port authority said the ferries would not sail before March, dealing a fresh blow to island shops.`;
    expect(suggest(text).map(brief)).toEqual([['indirect', 'the ferries would not sail before March', 'the port authority']]);
  });

  it('leaves a complement cue after the comma its own clause', () => {
    const text = `${LEAD}The appeals court ruled that the county had failed to fund its schools, ordering the council to find the money by June.`;
    expect(suggest(text).map(brief)).toEqual([
      ['indirect', 'the county had failed to fund its schools', 'the appeals court'],
      ['indirect', 'the council to find the money by June', 'the appeals court'],
    ]);
  });

  it.each([
    ['a participle without an article after it', 'Forecasters said the storm hit the coast overnight, killing at least four people.', 'the storm hit the coast overnight, killing at least four people'],
    ['a preposition in "-ing"', 'The mayor said the new bridge would open in May, including a cycle lane.', 'the new bridge would open in May, including a cycle lane'],
  ])('keeps %s inside the report', (_name, sentence, words) => {
    expect(suggest(`${LEAD}${sentence}`).map(brief).map(([, text]) => text)).toEqual([words]);
  });
});

describe('", as" and a new subject after a reported clause', () => {
  it.each([
    ['an article', 'The health minister said a 3% pay rise was “as far as we can go”, as the nurses’ union prepares to ballot its members.', 'a 3% pay rise was “as far as we can go”'],
    ['a plural noun', 'The mayor said the bridge would open in May, as talks with the builder entered a third week.', 'the bridge would open in May'],
  ])('ends the report before a circumstance opening with %s', (_name, sentence, words) => {
    expect(suggest(`${LEAD}${sentence}`).map(brief).map(([, text]) => text)).toEqual([words]);
  });

  it('keeps "as planned" inside the report', () => {
    expect(suggest(`${LEAD}The mayor said the bridge would open in May, as planned.`).map(brief).map(([, text]) => text)).toEqual(['the bridge would open in May, as planned']);
  });
});
