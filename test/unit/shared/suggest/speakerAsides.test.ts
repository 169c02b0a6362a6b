/**
 * Where a speaker's aside and a reported clause end, on sentences made up for this test (none is
 * taken from the labelled articles): a long appositive describes the speaker and reports nothing;
 * the writer's comment after a report is no part of it.
 */
import { describe, expect, it } from 'vitest';
import { suggestQuotes, type SuggestedQuote } from '../../../../src/shared/suggest';

const suggest = (text: string) => suggestQuotes({ text }).quotes;
const brief = (q: SuggestedQuote) => [q.stance ? 'stance' : q.kind, q.text, q.speaker?.name ?? null];
const LEAD = 'Harbour councillors met on Monday to discuss the ferry budget.\n\n';

describe('an appositive with a "that" relative', () => {
  it('is an aside of the name before it, however long', () => {
    const text = `${LEAD}Ada Roe, the head of Kelp Watch, a trust that has mapped the reef for a decade, said the harbour master had been “far too slow” and asked the board to close the channel.`;
    expect(suggest(text).map(brief)).toEqual([
      ['indirect', 'the harbour master had been “far too slow”', 'Ada Roe'],
      ['indirect', 'the board to close the channel', 'Ada Roe'],
    ]);
  });

  it('is an aside of a company name', () => {
    const text = `${LEAD}Tollby Tugs, a family firm that has towed tankers into the bay since 1990, said it would keep two crews on call over the winter.`;
    expect(suggest(text).map(brief)).toEqual([['indirect', 'it would keep two crews on call over the winter', 'Tollby Tugs']]);
  });

  it('stays part of the report after a clause', () => {
    const text = `${LEAD}The board sold the old pier, a step that will end the night market, officials said.`;
    expect(suggest(text).map(brief)).toEqual([['indirect', 'The board sold the old pier, a step that will end the night market', 'officials']]);
  });
});

describe('a participle with its own object after a reported clause', () => {
  it("is the writer's comment, outside the report", () => {
    const text = `${LEAD}The harbour board said the channel would stay shut until Friday, closing the bay to yachts for the regatta.`;
    expect(suggest(text).map(brief)).toEqual([['indirect', 'the channel would stay shut until Friday', 'the harbour board']]);
  });

  it('is the writer\'s comment with a particle before the object ("setting up a …")', () => {
    const text = `${LEAD}The harbour board said the channel would stay shut until Friday, setting up a row with the yacht club.`;
    expect(suggest(text).map(brief)).toEqual([['indirect', 'the channel would stay shut until Friday', 'the harbour board']]);
  });

  it('leaves ", despite …" outside the report', () => {
    const text = `${LEAD}The harbour board said the channel would reopen on Friday, despite a warning from the pilots about the buoys.`;
    expect(suggest(text).map(brief)).toEqual([['indirect', 'the channel would reopen on Friday', 'the harbour board']]);
  });

  it('leaves a complement cue after the comma its own clause', () => {
    const text = `${LEAD}The appeals court ruled that the port had broken its own tender rules, ordering the board to rerun the contest.`;
    expect(suggest(text).map(brief)).toEqual([
      ['indirect', 'the port had broken its own tender rules', 'the appeals court'],
      ['indirect', 'the board to rerun the contest', 'the appeals court'],
    ]);
  });

  it.each([
    ['a participle without an article after it', 'Forecasters said the squall reached the islands overnight, sinking at least two moored boats.', 'the squall reached the islands overnight, sinking at least two moored boats'],
    ['a preposition in "-ing"', 'The mayor said the new quay would open in May, including a fish market.', 'the new quay would open in May, including a fish market'],
  ])('keeps %s inside the report', (_name, sentence, words) => {
    expect(suggest(`${LEAD}${sentence}`).map(brief).map(([, text]) => text)).toEqual([words]);
  });
});

describe('", as" and a new subject after a reported clause', () => {
  it.each([
    ['an article', 'The port minister said a 2% rise in berth fees was “the most we can ask”, as the fishing guild meets to vote on a boycott.', 'a 2% rise in berth fees was “the most we can ask”'],
    ['a plural noun', 'The mayor said the new quay would open in May, as floods spread north along the coast.', 'the new quay would open in May'],
  ])('ends the report before a circumstance opening with %s', (_name, sentence, words) => {
    expect(suggest(`${LEAD}${sentence}`).map(brief).map(([, text]) => text)).toEqual([words]);
  });

  it('keeps "as planned" inside the report', () => {
    expect(suggest(`${LEAD}The mayor said the new quay would open in May, as planned.`).map(brief).map(([, text]) => text)).toEqual(['the new quay would open in May, as planned']);
  });
});

describe('people named by their trade', () => {
  it.each([
    ['"-ers"', 'Boatbuilders expect the new levy to cost them a third of their orders.', ['stance', 'the new levy to cost them a third of their orders', 'boatbuilders']],
    ['"-ians"', 'Island physicians warned that the clinic would close.', ['indirect', 'the clinic would close', 'island physicians']],
    ['"-ers" after the clause', 'Containers piled up on the quay, dockers said.', ['indirect', 'Containers piled up on the quay', 'dockers']],
  ])('are an unnamed source (%s)', (_name, sentence, expected) => {
    expect(suggest(`${LEAD}${sentence}`).map(brief)).toEqual([expected]);
  });

  it('leaves things in the same form alone', () => {
    expect(suggest(`${LEAD}Orders said nothing about the ferry.`)).toEqual([]);
  });
});

describe('a long appositive with a relative clause after the subject', () => {
  it.each([
    ['opening with "the"', 'Ada Fenn, the harbour chair and a former pilot who worked the night tides for years before she took office in 2019, called the toll “a tax on fog”.', [['indirect', 'the toll “a tax on fog”', 'Ada Fenn']]],
    ['opening with a possessive', 'Ada Fenn, Tarnland’s harbour minister and a former captain who led a crackdown in 2016 during which dozens of boats were seized, said her country would “not be rushed” on the toll.', [['indirect', 'her country would “not be rushed” on the toll', 'Ada Fenn']]],
  ])('is skipped when %s', (_, text, expected) => {
    expect(suggest(text).map(brief)).toEqual(expected);
  });
});
