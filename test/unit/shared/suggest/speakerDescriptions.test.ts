/**
 * Speakers described rather than named, and titles around names, from the speaker round of issue 14's
 * later held-out retirements. Sentences made up for this test.
 */
import { describe, expect, it } from 'vitest';
import { suggestQuotes, type SuggestedQuote } from '../../../../src/shared/suggest';

const suggest = (text: string) => suggestQuotes({ text }).quotes;
const brief = (q: SuggestedQuote) => [q.stance ? 'stance' : q.kind, q.text, q.speaker?.name ?? null];

describe('described speakers', () => {
  it('reads one member of a group, and a legislator by initials, as an unnamed source', () => {
    expect(suggest('The vote is next week. A senior MP said privately that the whips had lost count.').map(brief)).toEqual([['indirect', 'the whips had lost count', 'a senior MP']]);
    expect(suggest('The vote is next week. One loyal backer said the campaign was short of money.').map(brief)).toEqual([['indirect', 'the campaign was short of money', 'one loyal backer']]);
  });

  it('keeps an acronym source in capitals at the start of a sentence', () => {
    expect(suggest('The assembly voted on the cap.\n\nMSPs backed the extension on Tuesday after a debate in which the commissioner spoke.').map((q) => q.speaker?.name)).toEqual(['MSPs']);
  });

  it('reads "backed X by N votes" as a vote, not a stance', () => {
    expect(suggest('Councillors backed the budget by 31 votes to 12 on Monday.').map(brief)).toEqual([]);
    expect(suggest('Dock unions backed the budget.').map(brief)).toEqual([['stance', 'the budget', 'dock unions']]);
  });

  it('keeps "Lord" with a peer known by one family name, and drops a place after "of"', () => {
    const text = 'A former admiral, Lord Quillworth of Tilbury, said in a lecture that the fleet was too small. Lord Quillworth added that pay was low.';
    expect(suggest(text).map((q) => q.speaker?.name)).toEqual(['Lord Quillworth', 'Lord Quillworth']);
  });

  it('reads a party and "MP" before a name as the title, and "the MP for" a seat as no name', () => {
    expect(suggest('The chair of the panel, the Green MP Ada Quennell, said she would write to him.').map(brief)).toEqual([['indirect', 'she would write to him', 'Ada Quennell']]);
    expect(suggest('The vote was close. Ada Quennell MP said she would vote against it.').map((q) => q.speaker?.name)).toEqual(['Ada Quennell']);
    const actors = suggestQuotes({ text: 'Ada Quennell, the MP for East Marlow since 2019, wrote to ministers.' }).actors.map((a) => a.name);
    expect(actors).toEqual(['Ada Quennell']);
  });

  it('reads a document with its participle and a relative aside, or a title after "titled", as the subject', () => {
    expect(suggest('A survey published in June, which named no towns, found that bus use had halved.').map((q) => q.speaker?.name)).toEqual(['a survey published in June']);
    expect(suggest('Last month’s harbour review, titled “Tides Ahead”, concluded that the pier was unsafe.').map((q) => q.speaker?.name)).toEqual(['last month’s harbour review']);
    expect(suggest('A watchdog’s audit released in March found that the fund had no rules.').map((q) => q.speaker?.name)).toEqual(['a watchdog’s audit released in March']);
  });

  it('gives ", saying" the plural source of its own clause, not the speaker before it', () => {
    const text = 'The Harbour Board backs the plan. Angling groups oppose it, saying it would empty the bay.';
    expect(suggest(text).map(brief)).toContainEqual(['indirect', 'it would empty the bay', 'angling groups']);
    const joined = 'Councillors vowed on Monday to force a vote, and the ferry industry pushed back, saying the timetable would strand crews.';
    expect(suggest(joined).map(brief)).toContainEqual(['indirect', 'the timetable would strand crews', 'the ferry industry']);
    // An adjective after the plural noun is still the noun phrase's.
    expect(suggest('The port was quiet. Two officials familiar with the talks said the offer had been rejected.').map((q) => q.speaker?.name)).toEqual(['two officials familiar with the talks']);
  });

  it('keeps a plural possessive in the subject of ", saying", and reads a publicist as a source', () => {
    expect(suggest('The ruling was delayed. Anglers’ groups were furious, saying the wait had cost them a season.').map((q) => q.speaker?.name)).toEqual(['anglers’ groups']);
    expect(suggest('Ada Quennell has a memoir out this week. Quennell’s publicist says she will read from it on Friday.').map((q) => q.speaker?.name)).toEqual(['Quennell’s publicist']);
  });

  it('reads "the official" after a closely described group of officials as that group', () => {
    const text = 'Two officials close to the harbour talks said the offer had been withdrawn. "They wanted a pier, not a promise," the official said.';
    expect(suggest(text).map((q) => q.speaker?.name)).toEqual(['two officials close to the harbour talks', 'two officials close to the harbour talks']);
    // A bare trade is no such group: "the prosecutor" is someone else.
    expect(suggest('Prosecutors asked for a long sentence. "This was theft," the prosecutor said.').map((q) => q.speaker?.name)).toEqual(['the prosecutor']);
  });

  it('reads statements of account and a business plan as documents that speak', () => {
    expect(suggest('The files include bank statements. The bank statements show that the fund paid twice.').map((q) => q.speaker?.name)).toEqual(['the bank statements']);
    expect(suggest('According to the utility’s own business plan, tariffs will rise by a fifth.').map((q) => q.speaker?.name)).toEqual(['the utility’s own business plan']);
  });

  it('reads "No 10" as the prime minister’s office speaking, not a rank', () => {
    expect(suggest('Rebels met on Monday. No 10 said the minister had its full support.').map((q) => q.speaker?.name)).toEqual(['No 10']);
    expect(suggestQuotes({ text: 'The song was No 10 in the charts.' }).actors).toEqual([]);
  });
});
