/**
 * Speaker shapes from the speaker round after news/tune-was-heldout11 and 12 were retired to tuning.
 * Sentences made up for this test.
 */
import { describe, expect, it } from 'vitest';
import { suggestQuotes, type SuggestedQuote } from '../../../../src/shared/suggest';

const suggest = (text: string) => suggestQuotes({ text }).quotes;
const brief = (q: SuggestedQuote) => [q.stance ? 'stance' : q.kind, q.text, q.speaker?.name ?? null];

describe('participles after a reported clause', () => {
  it('gives ", calling it" after "X, a minister, said that …" to X, not to the reported clause', () => {
    const text = 'Norway’s fisheries minister, Ingrid Valstad, said on Monday that her government now backs a proposed catch deal on cod, calling it "the fairest option" for boats.';
    const quotes = suggest(text).map(brief);
    expect(quotes.length).toBeGreaterThan(0);
    for (const q of quotes) expect(q[2]).toBe('Ingrid Valstad');
  });
});

describe('one unnamed member of an owned group', () => {
  it('gives "One of them, a junior minister, said" to the group a person owns', () => {
    const text = 'Ada Roe unveiled the levy on Tuesday. The treasurer’s friends argue the levy is tiny. One of them, a junior minister, told reporters the charge would cost "a few pence" a week.';
    expect(suggest(text).map(brief)[1]).toEqual(['indirect', 'the charge would cost "a few pence" a week', 'the treasurer’s friends']);
    const colon = 'Ada Roe leads the revolt. Ms Roe’s allies believe the whips will fold. One of them, a Green MP from a seat near Bath, said: “The whips are beaten.”';
    expect(suggest(colon).map(brief)[1]).toEqual(['direct', 'The whips are beaten.', 'Ms Roe’s allies']);
  });

  it('keeps a member named in the apposition, and one of a crowd, as their own speakers', () => {
    const named = 'Ada Roe faces a revolt. Ms Roe’s allies believe the whips will fold. One of them, Tobias Wrenfield, said the whips had lost count.';
    expect(suggest(named).map(brief)[1]).toEqual(['indirect', 'the whips had lost count', 'Tobias Wrenfield']);
    const crowd = 'Dozens of anglers packed the hall. One of them, a retired nurse from the valley, argued that the mayor had let them down.';
    expect(suggest(crowd).map(brief)[0]![2]).toBe('a retired nurse from the valley');
  });
});

describe('an owned office is not another office', () => {
  it('keeps "the mayor’s office" apart from an earlier "the city’s planning office"', () => {
    const text = 'Mayor Ada Roe vetoed the plan. The city’s planning office puts the gap at $2 million. The mayor’s office said on Friday that she would testify.';
    expect(suggest(text).map(brief)).toContainEqual(['indirect', 'she would testify', 'the mayor’s office']);
  });
});

describe('a subject that opens with a figure', () => {
  it('reads "31 county councillors wrote" after a fronted letter as the speaker', () => {
    const text = 'In a letter to the water board, 31 county councillors wrote that the new tariff was “plainly unfair”.';
    expect(suggest(text).map(brief)).toEqual([['indirect', 'the new tariff was “plainly unfair”', '31 county councillors']]);
  });
});

describe('documents that speak', () => {
  it('reads a memorandum, a code and a whip count as the source of what they state', () => {
    expect(suggest('The accord was signed in May. The memorandum says each partner must consult the other first.').map(brief)).toEqual([['indirect', 'each partner must consult the other first', 'the memorandum']]);
    expect(suggest('The civil service code states that officials must stay neutral.').map(brief)[0]![2]).toBe('the civil service code');
    expect(suggest('Harbour dues are rising. The count suggests that the whips can spare two votes.').map(brief)[0]![2]).toBe('the count');
  });
});

describe('a document and its agent', () => {
  it('keeps "signed by …" after a singular letter, and "kept by …" after a tally', () => {
    expect(suggest('Harbour masters were wary. A letter signed by the heads of four harbour boards warns that the dredging budget "must be protected."').map(brief)[0]![2]).toBe('a letter signed by the heads of four harbour boards');
    expect(suggest('In Kent, at least five parishes have postponed the count, according to a tally kept by a diocesan office.').map(brief)[0]![2]).toBe('a tally kept by a diocesan office');
  });
});

describe('a document with two participles', () => {
  it('reads "logs made by guards and lodged with the registry show" as one subject', () => {
    expect(suggest('Logs made by guards and lodged with the registry show that the cells were unlocked for six hours.').map(brief)[0]![2]).toBe('logs made by guards');
  });
});

describe('a time stamp is no count', () => {
  it('does not read "13.55 GMT" before a headline as a speaker', () => {
    const quotes = suggest("Budget live\n\n13.55 GMT\nChancellor: 'the sums add up'\n\nAddressing MPs, the chancellor said the rules would be met.");
    expect(quotes.map((q) => q.speaker?.name ?? null)).not.toContain('GMT');
  });
});

describe('a possessive document as the sentence subject', () => {
  it('reads "The surveyor’s report, completed in …, found … but recommended that" as the report', () => {
    const text = 'The surveyor’s report, completed in 2019, found no cracks but recommended that the trust repaint the pier.';
    expect(suggest(text).map(brief)).toContainEqual(['indirect', 'the trust repaint the pier', 'the surveyor’s report']);
  });
});

describe('a party-and-state tag before a relative', () => {
  it('gives "Rep. X, D-Ore., who urged …" to X, not to the tag', () => {
    const text = 'At the fair, Roe was joined by Rep. Ada Pellow, D-Ore., who urged the crowd to "fill every ballot box in the valley."';
    expect(suggest(text).map(brief)[0]![2]).toBe('Ada Pellow');
  });
});
