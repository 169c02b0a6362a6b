/**
 * Reported clauses that carry the speaker's own quoted words, and the constructions around them
 * that used to leave the clause unfound (the quoted words then came out as a quote of their own).
 * Sentences made up for this test.
 */
import { describe, expect, it } from 'vitest';
import { suggestQuotes, type SuggestedQuote } from '../../../../src/shared/suggest';

const suggest = (text: string) => suggestQuotes({ text }).quotes;
const brief = (q: SuggestedQuote) => [q.stance ? 'stance' : q.kind, q.text, q.speaker?.name ?? null];

describe('reported clauses with quoted words', () => {
  it('reads a bare clause whose verb is a past tense ("saying demand stayed “stubbornly weak”")', () => {
    const text = 'Ada Roe, the port director, cut the forecast on Monday, saying demand stayed "stubbornly weak" through the summer.';
    expect(suggest(text).map(brief)).toEqual([['indirect', 'demand stayed "stubbornly weak" through the summer', 'Ada Roe']]);
  });

  it('reads a bare subject with a place after it, and quoted words that open with the verb', () => {
    const text = 'Mayor Ada Roe said residents in the harbour ward "voted for a clean river, not a new road."';
    expect(suggest(text).map(brief)).toEqual([['indirect', 'residents in the harbour ward "voted for a clean river, not a new road."', 'Ada Roe']]);
  });

  it('reads a present tense that takes an object inside the quoted words', () => {
    expect(suggest('Ada Roe said the ferry ruling "changes nothing."').map(brief)).toEqual([['indirect', 'the ferry ruling "changes nothing."', 'Ada Roe']]);
    // A plural noun is no verb: "venue changes" reports nothing.
    expect(suggest('Harbour board confirms ferry timetable changes').map(brief)).toEqual([]);
  });

  it('starts the clause at its verb when its subject heads a relative ("a step the union said would …")', () => {
    const text = 'The board approved the closures, a step the union said would leave the valley "without a single clinic."';
    expect(suggest(text).map(brief)).toEqual([['indirect', 'would leave the valley "without a single clinic."', 'the union']]);
  });

  it('takes quoted words followed by "to" as the object of "urged"', () => {
    expect(suggest('Ada Roe urged "every neighbour" to check on the elderly.').map(brief)).toEqual([['indirect', '"every neighbour" to check on the elderly', 'Ada Roe']]);
  });

  it('reads ", asked …, said" as the subject answering, not asking', () => {
    const text = 'Ada Roe, asked at the hearing whether she regretted the vote, said the council "did what it had to."';
    expect(suggest(text).map(brief)).toEqual([['indirect', 'the council "did what it had to."', 'Ada Roe']]);
  });

  it('ends a reported clause where ", and" or ", but" starts the writer\'s next clause', () => {
    const text = 'Ada Roe said the ferry would run until May, but the harbour board has not confirmed the date.';
    expect(suggest(text).map(brief)).toEqual([['indirect', 'the ferry would run until May', 'Ada Roe']]);
    // ", and that …" continues the report.
    const more = 'Ada Roe said the ferry would run until May, and that the fares would stay the same.';
    expect(suggest(more).map(brief)).toEqual([['indirect', 'the ferry would run until May, and that the fares would stay the same', 'Ada Roe']]);
  });

  it('reads "and called X “…”" as a second verb of the subject', () => {
    const text = 'Ada Roe said she would appeal and called the ruling "a gift to the ferry firms."';
    expect(suggest(text).map(brief)).toEqual([
      ['indirect', 'she would appeal', 'Ada Roe'],
      ['indirect', 'the ruling "a gift to the ferry firms."', 'Ada Roe'],
    ]);
  });

  it('keeps quoted words that are all an accusation holds a direct quote, a time after them included', () => {
    const text = 'Ada Roe, the port director, said talks had stalled but accused the union of “changing the terms” at the last minute.';
    expect(suggest(text).map(brief)).toContainEqual(['direct', 'changing the terms', 'Ada Roe']);
  });

  it('keeps a back-shifted second verb in the report and leaves out the writer\'s ", after …"', () => {
    const text = 'Ada Roe said she had sold her shares in the ferry firm and had asked the ethics office for advice.';
    expect(suggest(text).map(brief)).toEqual([['indirect', 'she had sold her shares in the ferry firm and had asked the ethics office for advice', 'Ada Roe']]);
    const after = 'Opposition senators vowed on Monday to block the levy, after an audit found that the port had overcharged.';
    expect(suggest(after).map(brief)).toEqual([
      ['indirect', 'to block the levy', 'opposition senators'],
      ['stance', 'the port had overcharged', 'an audit'],
    ]);
  });

  it('keeps a second verb with a modal after quoted words in the report, and ends it at a new cue', () => {
    const text = 'Ada Roe said the trustees had “buried the survey” and should resign before the pier reopens.';
    expect(suggest(text).map(brief)).toEqual([['indirect', 'the trustees had “buried the survey” and should resign before the pier reopens', 'Ada Roe']]);
    const cue = 'Ada Roe said the trustees had “buried the survey” and urged the council to reopen the pier.';
    expect(suggest(cue).map(brief)).toEqual([
      ['indirect', 'the trustees had “buried the survey”', 'Ada Roe'],
      ['indirect', 'the council to reopen the pier', 'Ada Roe'],
    ]);
  });

  it('reads instructions, expectations and offers as complements', () => {
    expect(suggest('The harbour board on Friday instructed skippers to stay in port.').map(brief)).toEqual([['indirect', 'skippers to stay in port', 'the harbour board']]);
    expect(suggest('Along the coast, economists expect the closure to cost 400 jobs.').map(brief)).toEqual([['stance', 'the closure to cost 400 jobs', 'economists']]);
    expect(suggest('Some airlines have offered to cover the fares.').map(brief)).toEqual([['indirect', 'to cover the fares', 'some airlines']]);
  });

  it('ends a report where ", and" starts a clause whose subject is a source, and reads "since then" inside a subject', () => {
    const text = 'Ada Roe warned that the levy would drive ferries away, and port figures since then suggest she was right.';
    expect(suggest(text).map(brief)).toEqual([
      ['indirect', 'the levy would drive ferries away', 'Ada Roe'],
      ['indirect', 'she was right', 'port figures'],
    ]);
  });

  it('reads "replied that …" and a pronoun subject\'s present tense as reported clauses', () => {
    expect(suggest('Ada Roe replied that nobody had warned the harbour board.').map(brief)).toEqual([['indirect', 'nobody had warned the harbour board', 'Ada Roe']]);
    expect(suggest('Families of the crew say they want a public inquiry.').map(brief)).toEqual([['indirect', 'they want a public inquiry', 'families of the crew']]);
  });

  it('makes no report of a quotation and its cue before ", according to"', () => {
    const text = 'Ada Roe chairs the board. “Boats before bridges,” she said, according to a transcript released by her office.';
    expect(suggest(text).map(brief)).toEqual([['direct', 'Boats before bridges,', 'Ada Roe']]);
  });

  it('reaches "that" past the object\'s name in apposition', () => {
    const text = 'In one letter, sent in June, Ada Roe told the harbour minister, Tomas Vidal, that the pier was "a disgrace".';
    expect(suggest(text).map(brief)).toEqual([['indirect', 'the pier was "a disgrace"', 'Ada Roe']]);
  });

  it('reports nothing for a condition or a hypothetical verb', () => {
    expect(suggest('If the auditor finds that the port overcharged, the board could recommend a refund.').map(brief)).toEqual([]);
  });

  it('skips "since then" before a subject', () => {
    expect(suggest('Since then both unions have said they want a new contract.').map(brief)).toEqual([['indirect', 'they want a new contract', 'both unions']]);
  });

  it('reads the report after a fronted phrase and ", according to X,"', () => {
    const text = 'Under the plan, according to two harbour officials, the ferry would stop at Leith.';
    expect(suggest(text).map(brief)).toEqual([['indirect', 'the ferry would stop at Leith', 'two harbour officials']]);
  });

  it('reads a present tense after its subject\'s aside as a clause before a trailing cue', () => {
    const text = 'Norway, which shares the fjord with them, opposes any pipeline under the water, its energy ministry has said.';
    expect(suggest(text).map(brief)).toEqual([['indirect', 'Norway, which shares the fjord with them, opposes any pipeline under the water', 'its energy ministry']]);
  });

  it('ends a report at ", where …" and at ", the poll found", and takes no slogan for a quote', () => {
    const text = 'Ada Roe’s aides said she would spend May on the islands, where her slogan, "Boats Not Bridges," is popular.';
    expect(suggest(text).map(brief)).toEqual([['indirect', 'she would spend May on the islands', 'Ada Roe’s aides']]);
    expect(suggest('Most islanders believe the ferry is too dear, the survey found.').map(brief)).toEqual([['stance', 'Most islanders believe the ferry is too dear', 'the survey']]);
  });

  it('reads "continued to insist that" and "went on to say that" as reports, not "declined to say"', () => {
    expect(suggest('Ada Roe continued to insist that the ferry would return.').map(brief)).toEqual([['indirect', 'the ferry would return', 'Ada Roe']]);
    expect(suggest('Ada Roe declined to say whether the ferry would return.').map(brief)).toEqual([]);
  });

  it('reads the subject of "with X saying …"', () => {
    const text = 'The ferry deal collapsed on Friday, with its main backer, Councillor Ada Roe, saying that talks were "dead for now".';
    expect(suggest(text).map(brief)).toEqual([['indirect', 'talks were "dead for now"', 'Ada Roe']]);
    expect(suggest('Talks broke up with both sides saying they would meet again.').map(brief)).toEqual([['indirect', 'they would meet again', 'both sides']]);
  });

  it('gives ", adding that …" after a "with" phrase the sentence\'s speaker, not the name the phrase ends on', () => {
    const text = 'Ada Roe said the ferry was part of a pact with Norway, adding that she had written to her counterpart in Oslo.';
    expect(suggest(text).map(brief)).toEqual([
      ['indirect', 'the ferry was part of a pact with Norway', 'Ada Roe'],
      ['indirect', 'she had written to her counterpart in Oslo', 'Ada Roe'],
    ]);
  });

  it('ends an inner report at ", a senior official told reporters"', () => {
    const text = 'Ada Roe believes the ferry can run by June, a port official told reporters on Monday.';
    expect(suggest(text).map(brief)).toEqual([['indirect', 'Ada Roe believes the ferry can run by June', 'a port official']]);
  });

  it('reads "and blamed “…” for …" as a second report of the subject', () => {
    const text = 'Ada Roe said the board would sign "any fair deal" and blamed "a handful of owners" for the delay.';
    expect(suggest(text).map(brief)).toEqual([
      ['indirect', 'the board would sign "any fair deal"', 'Ada Roe'],
      ['indirect', '"a handful of owners" for the delay', 'Ada Roe'],
    ]);
  });

  it('reads "the minutes record that …" with its ", and that …" as one report of the minutes', () => {
    const text = 'The minutes record that Ada Roe asked whether the pier could be saved, and that engineers said it could not.';
    expect(suggest(text).map(brief)).toEqual([['indirect', 'Ada Roe asked whether the pier could be saved, and that engineers said it could not', 'the minutes']]);
    expect(suggest('The record that stood for a decade fell on Sunday.').map(brief)).toEqual([]);
  });

  it('reads a bare subject holding quoted words when its verb follows them', () => {
    const text = 'Ada Roe said dredging "without a survey first" would wreck the oyster beds.';
    expect(suggest(text).map(brief)).toEqual([['indirect', 'dredging "without a survey first" would wreck the oyster beds', 'Ada Roe']]);
  });

  it('skips a capitalised place after "told reporters in" before a bare clause', () => {
    const text = 'Ada Roe told reporters in Brenmouth the talks had been "long but useful" and that a deal was near.';
    expect(suggest(text).map(brief)).toEqual([['indirect', 'the talks had been "long but useful" and that a deal was near', 'Ada Roe']]);
  });
});
