/**
 * Documents as sources, on sentences made up for this test (none is taken from the labelled
 * articles): a memo, cable, note, list or report speaks through a reporting verb like a person does,
 * and whatever describes it (who obtained it, when it was dated, how long it is) belongs to it.
 */
import { describe, expect, it } from 'vitest';
import { suggestQuotes, type SuggestedQuote } from '../../../../src/shared/suggest';

const suggest = (text: string) => suggestQuotes({ text }).quotes;
const brief = (q: SuggestedQuote) => [q.stance ? 'stance' : q.kind, q.text, q.speaker?.name ?? null];
const LEAD = 'Harbour councillors met on Monday to discuss the ferry budget.\n\n';

describe('a document as the subject of a reporting verb', () => {
  it('keeps a reduced passive with its agent inside the subject', () => {
    // "obtained by" is a participle, not the finite verb of a clause before a dash.
    const text = `${LEAD}THE PAPERS — A memo obtained by the Tollby Herald, circulated by finance staff to every councillor on Friday, says the fund would run dry by March.`;
    expect(suggest(text).map(brief)).toEqual([['indirect', 'the fund would run dry by March', 'a memo obtained by the Tollby Herald']]);
  });

  it('reads a long aside opening with a past participle as no clause of its own', () => {
    const text = `${LEAD}A separate letter, sent by the harbour master to the county’s chief executive in the first week of March 2024, says the contractor had ignored “every deadline we gave them”.`;
    expect(suggest(text).map(brief)).toEqual([['indirect', 'the contractor had ignored “every deadline we gave them”', 'a separate letter']]);
  });

  it('reads a cue word after an article and its modifiers as a noun', () => {
    // "report" right after "The 40-page" heads the subject; it is not the verb of a clause.
    const text = `${LEAD}The 40-page report, released by the county auditor on Friday night, said Mayor Ines Vollmer had failed to declare two loans.`;
    expect(suggest(text).map(brief)).toEqual([['indirect', 'Mayor Ines Vollmer had failed to declare two loans', 'the 40-page report']]);
  });

  it('still reads a cue after a plural noun as a verb', () => {
    const text = `${LEAD}The harbour unions report that pay talks have stalled.`;
    expect(suggest(text).map(brief)).toEqual([['indirect', 'pay talks have stalled', 'the harbour unions']]);
  });

  it.each([
    ['a cable', 'A Foreign Office cable seen by the Tollby Herald says the envoy had twice raised the dispute.', 'the envoy had twice raised the dispute', 'a Foreign Office cable seen by the Tollby Herald'],
    ['a note', 'An internal legal note concluded that the levy would be hard to defend in court.', 'the levy would be hard to defend in court', 'an internal legal note'],
    ['a list', 'The mayor’s deputy, Ruth Amsel, will testify on Tuesday, according to a witness list filed by the council.', 'The mayor’s deputy, Ruth Amsel, will testify on Tuesday', 'a witness list filed by the council'],
  ])('names %s as the source', (_name, sentence, words, speaker) => {
    const quotes = suggest(`${LEAD}${sentence}`).map(brief);
    expect(quotes.map(([, text, who]) => [text, who])).toEqual([[words, speaker]]);
  });
});

describe('what a document shows or finds', () => {
  it.each([
    ['a poll’s figures', 'A poll released last week by the Tollby Civic Institute found Mayor Ines Vollmer at 41 percent and her rival at 38 percent.', ['stance', 'Mayor Ines Vollmer at 41 percent and her rival at 38 percent', 'a poll released last week by the Tollby Civic Institute']],
    ['records with a qualifier', 'Bank records introduced by the prosecutors show cash deposits of $9,000 or less on the days he named.', ['indirect', 'cash deposits of $9,000 or less on the days he named', 'bank records']],
    ['a filing with an adverb before its verb', 'The filing also shows a $40,000 loan from a group run by her former aide.', ['indirect', 'a $40,000 loan from a group run by her former aide', 'the filing']],
  ])('reads a noun phrase after the verb as %s', (_name, sentence, expected) => {
    expect(suggest(`${LEAD}${sentence}`).map(brief)).toEqual([expected]);
  });

  it('keeps a long qualifier whole rather than ending it on a preposition', () => {
    const text = `${LEAD}Records filed with the county clerk of the state show the firm spent $90,000 on lobbying last year.`;
    expect(suggest(text).map(brief)).toEqual([['indirect', 'the firm spent $90,000 on lobbying last year', 'records filed with the county clerk of the state']]);
  });

  it.each([
    ['a person finds a thing', 'Police found a body near the pier.'],
    ['a video shows a scene', 'The video shows a man running from the depot.'],
  ])('reports nothing when %s', (_name, sentence) => {
    expect(suggest(`${LEAD}${sentence}`)).toEqual([]);
  });
});
