/**
 * Documents as sources, on sentences made up for this test (none is taken from the labelled
 * articles): an audit, cable, note, list or report speaks through a reporting verb like a person
 * does, and whatever describes it (who obtained it, when it was dated, how long it is) belongs to it.
 */
import { describe, expect, it } from 'vitest';
import { suggestQuotes, type SuggestedQuote } from '../../../../src/shared/suggest';

const suggest = (text: string) => suggestQuotes({ text }).quotes;
const brief = (q: SuggestedQuote) => [q.stance ? 'stance' : q.kind, q.text, q.speaker?.name ?? null];
const LEAD = 'Harbour councillors met on Monday to discuss the ferry budget.\n\n';

describe('a document as the subject of a reporting verb', () => {
  it('keeps a reduced passive with its agent inside the subject', () => {
    // "obtained by" is a participle, not the finite verb of a clause before the dash.
    const text = `${LEAD}THE AUDIT — An audit obtained by the Harbour Gazette, shared with tenants of the east quay in April, says the dredging fund is empty.`;
    expect(suggest(text).map(brief)).toEqual([['indirect', 'the dredging fund is empty', 'an audit obtained by the Harbour Gazette']]);
  });

  it('reads a long aside opening with a past participle as no clause of its own', () => {
    const text = `${LEAD}A later letter, passed by the pilots’ guild to the port’s finance office over the Easter weekend of 2023, says the tug operator had skipped “each inspection on the calendar”.`;
    expect(suggest(text).map(brief)).toEqual([['indirect', 'the tug operator had skipped “each inspection on the calendar”', 'a later letter']]);
  });

  it('reads a cue word after an article and its modifiers as a noun', () => {
    // "report" right after "The 90-page" heads the subject; it is not the verb of a clause.
    const text = `${LEAD}The 90-page report, commissioned by the port after the flood, said Mayor Ines Vollmer had ignored two warnings.`;
    expect(suggest(text).map(brief)).toEqual([['indirect', 'Mayor Ines Vollmer had ignored two warnings', 'the 90-page report']]);
  });

  it('still reads a cue after a plural noun as a verb', () => {
    const text = `${LEAD}The harbour unions report that pay talks have stalled.`;
    expect(suggest(text).map(brief)).toEqual([['indirect', 'pay talks have stalled', 'the harbour unions']]);
  });

  it.each([
    ['a cable', 'An embassy cable says the consul had raised the fishing quota with the minister.', 'the consul had raised the fishing quota with the minister', 'an embassy cable'],
    ['a note', 'A staff note concluded that the mooring fees broke the port’s own rules.', 'the mooring fees broke the port’s own rules', 'a staff note'],
    ['a list', 'The harbour master will speak first on Friday, according to a guest list sent to reporters.', 'The harbour master will speak first on Friday', 'a guest list sent to reporters'],
  ])('names %s as the source', (_name, sentence, words, speaker) => {
    const quotes = suggest(`${LEAD}${sentence}`).map(brief);
    expect(quotes.map(([, text, who]) => [text, who])).toEqual([[words, speaker]]);
  });
});

describe('what a document shows or finds', () => {
  it.each([
    ['a survey’s figures', 'A survey published last week by the Kelp Trust found the east quay at 12 boats and the west quay at 30.', ['stance', 'the east quay at 12 boats and the west quay at 30', 'a survey published last week by the Kelp Trust']],
    ['accounts with a qualifier', 'Accounts handed to the auditors show two payments to a yacht broker in June.', ['indirect', 'two payments to a yacht broker in June', 'accounts']],
    ['an audit with an adverb before its verb', 'The audit also shows a missing crane worth £2m.', ['indirect', 'a missing crane worth £2m', 'the audit']],
  ])('reads a noun phrase after the verb as %s', (_name, sentence, expected) => {
    expect(suggest(`${LEAD}${sentence}`).map(brief)).toEqual([expected]);
  });

  it('keeps a long qualifier whole rather than ending it on a preposition', () => {
    const text = `${LEAD}Accounts filed with the harbour office of the port show the ferry company lost £3m in the winter.`;
    expect(suggest(text).map(brief)).toEqual([['indirect', 'the ferry company lost £3m in the winter', 'accounts filed with the harbour office of the port']]);
  });

  it.each([
    ['a person finds a thing', 'Divers found a wreck near the pier.'],
    ['a video shows a scene', 'The video shows a boat leaving the dock.'],
  ])('reports nothing when %s', (_name, sentence) => {
    expect(suggest(`${LEAD}${sentence}`)).toEqual([]);
  });
});

describe('a described source keeps the words that say which one it is', () => {
  it.each([
    ['"commissioned by"', `${LEAD}A study commissioned by the port from the firm Tallow Reed found that crossings would double.`, 'stance', 'crossings would double', 'a study commissioned by the port from the firm Tallow Reed'],
    ['"reviewed by"', `${LEAD}Internal papers reviewed by The Harbour Gazette show that the fund paid more.`, 'indirect', 'the fund paid more', 'internal papers reviewed by The Harbour Gazette'],
    ['a count after "of"', `${LEAD}A survey of 400 skippers by the guild found that most opposed the toll.`, 'stance', 'most opposed the toll', 'a survey of 400 skippers by the guild'],
    ['a qualifier a little past six words', `${LEAD}People familiar with the Harbour Board hiring process said the files had been read.`, 'indirect', 'the files had been read', 'people familiar with the Harbour Board hiring process'],
  ])('%s', (_, text, kind, clause, speaker) => {
    expect(suggest(text).map(brief)).toEqual([[kind, clause, speaker]]);
  });

  it('still leaves out when the source spoke', () => {
    expect(suggest(`${LEAD}Officials familiar with the bids said on Monday the deal was close.`).map(brief)).toEqual([['indirect', 'the deal was close', 'officials familiar with the bids']]);
  });
});

describe('what a document is, kept in its description', () => {
  it.each([
    ['any participle with its agent', 'The ferry lost money for six years, according to accounts examined by the Harbour Gazette.', 'accounts examined by the Harbour Gazette'],
    ['an agent with a long name', 'A study commissioned by the Eastport Chamber of Commerce found that most traders backed the new quay.', 'a study commissioned by the Eastport Chamber of Commerce'],
    ['what a survey counted', 'Most skippers want a later curfew, according to a survey of 120 boat owners by the guild.', 'a survey of 120 boat owners by the guild'],
  ])('keeps %s', (_name, sentence, speaker) => {
    const [quote] = suggest(`${LEAD}${sentence}`);
    expect(quote?.speaker?.name).toBe(speaker);
  });
});

describe('more papers that speak', () => {
  it('a court opinion, a brief, a fact sheet, a notice and an advertisement are sources too', () => {
    const text = `${LEAD}The opinion states that the council ignored its own rules. The ferry company argued in its brief that the fares were lawful. The brief states that the subsidy ran out in May.\n\nThe fact sheet says towns must apply by March. The fares will rise by a tenth, according to a harbour notice. The company's new advertisement says the ferry "never runs late."`;
    expect(suggest(text).map(brief)).toEqual([
      ['indirect', 'the council ignored its own rules', 'the opinion'],
      ['indirect', 'the fares were lawful', 'the ferry company'],
      ['indirect', 'the subsidy ran out in May', 'the brief'],
      ['indirect', 'towns must apply by March', 'the fact sheet'],
      ['indirect', 'The fares will rise by a tenth', 'a harbour notice'],
      ['indirect', 'the ferry "never runs late."', "the company's new advertisement"],
    ]);
  });
});

describe('a document described by who issued it, with an appositive on the issuer', () => {
  it('"A study published Tuesday by X, a group that …, found" is the report, and "The study" later too', () => {
    const text = `${LEAD}A study published Tuesday by the Tallis Ferry Institute, a Harbourside research group that tracks ferry fares, found that the night crossings lose money. The study says the savings could pay for new piers.`;
    expect(suggest(text).map(brief)).toEqual([
      ['stance', 'the night crossings lose money', 'a study published Tuesday by the Tallis Ferry Institute'],
      ['indirect', 'the savings could pay for new piers', 'a study published Tuesday by the Tallis Ferry Institute'],
    ]);
  });
});
