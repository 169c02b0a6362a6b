/**
 * Who a cue's subject names when an aside or a qualifier stands between the subject's head and its
 * verb, on sentences made up for this test (none is taken from the labelled articles).
 */
import { describe, expect, it } from 'vitest';
import { suggestQuotes, type SuggestedQuote } from '../../../../src/shared/suggest';

const suggest = (text: string) => suggestQuotes({ text }).quotes;
const brief = (q: SuggestedQuote) => [q.stance ? 'stance' : q.kind, q.text, q.speaker?.name ?? null];
const LEAD = 'Harbour councillors met on Monday to discuss the ferry budget.\n\n';

describe("a group named by a noun the source list lacked", () => {
  it('leaves the group before it the speaker ("The rebels, led by …, say")', () => {
    const text = `${LEAD}The rebels, led by the former harbour chair Ada Roe, say the levy is the only way to pay for the dredging.`;
    expect(suggest(text).map(brief)).toEqual([['indirect', 'the levy is the only way to pay for the dredging', 'the rebels']]);
  });
});

describe('groups and documents the source lists now hold', () => {
  it('reads "friends of" a named person as a group of sources', () => {
    const text = `${LEAD}Friends of Ada Roe, who was passed over for the chair, deny that she wants the job.`;
    expect(suggest(text).map(brief)).toEqual([['indirect', 'she wants the job', 'friends of Ada Roe']]);
  });

  it('reads "one mother" with a relative aside as an unnamed source', () => {
    const text = `${LEAD}One mother, who asked not to be named, said she had called the board ten times.`;
    expect(suggest(text).map(brief)).toEqual([['indirect', 'she had called the board ten times', 'one mother']]);
  });

  it('reads volunteers of a named body as a group, not the body', () => {
    const text = `${LEAD}In Tollby, Kelp Watch volunteers found that none of the 40 moorings they checked was safe.`;
    expect(suggest(text).map(brief)).toEqual([['stance', 'none of the 40 moorings they checked was safe', 'Kelp Watch volunteers']]);
  });

  it('reads "an independent review" as a document that finds', () => {
    const text = `${LEAD}An independent review published last year found that at least 12 boats had been left unsafe.`;
    expect(suggest(text).map(brief)).toEqual([['stance', 'at least 12 boats had been left unsafe', 'an independent review published last year']]);
  });
});

describe('a participle after "despite" and a source noun', () => {
  it('has that source as its subject, not the sentence\'s', () => {
    const text = `${LEAD}The harbour minister has insisted that the pier will stay open, despite a staff note cautioning that ferries could stop.`;
    expect(suggest(text).map(brief)).toEqual([
      ['indirect', 'the pier will stay open', 'the harbour minister'],
      ['indirect', 'ferries could stop', 'a staff note'],
    ]);
  });

  it('leaves a clause after "after" to its own subject', () => {
    const text = `${LEAD}The harbour minister insisted the pier would stay open, after the board had warned that ferries could stop.`;
    expect(suggest(text).map(brief)).toEqual([
      ['indirect', 'the pier would stay open', 'the harbour minister'],
      ['indirect', 'ferries could stop', 'the board'],
    ]);
  });
});

describe('"she" after a document in the singular', () => {
  it('skips "a leaked letter" (the lists hold "letters") for the person before it', () => {
    const text = `${LEAD}Ada Roe has chaired the harbour board since 2019.\n\nA leaked letter from skippers warned that the levy would hurt them. ‘Every week the numbers say the same thing,’ she says.`;
    expect(suggest(text).map(brief)).toEqual([
      ['indirect', 'the levy would hurt them', 'a leaked letter from skippers'],
      ['direct', 'Every week the numbers say the same thing,', 'Ada Roe'],
    ]);
  });
});

describe('a document with an aside before its verb', () => {
  it('keeps a title after "titled" in the subject, small words and all', () => {
    const text = `${LEAD}The report, titled “Under the Pier,” found that the harbour had approved five contracts without a tender.`;
    expect(suggest(text).map(brief)).toEqual([['stance', 'the harbour had approved five contracts without a tender', 'the report']]);
  });

  it('reads "the consultant’s report" as a noun phrase, not "consultant reports"', () => {
    const text = `${LEAD}The consultant’s report, published in June, found that the harbour had approved five contracts.`;
    expect(suggest(text).map(brief)).toEqual([['stance', 'the harbour had approved five contracts', 'the consultant’s report']]);
  });

  it('reads both together, after a qualifier with its agent', () => {
    const text = `${LEAD}A consultant’s report commissioned by the board, titled “Under the Pier” and delivered in June, estimated that the ferry would carry 900 riders a day.`;
    expect(suggest(text).map(brief)).toEqual([['stance', 'the ferry would carry 900 riders a day', 'a consultant’s report commissioned by the board']]);
  });
});

describe('"the group" or "the firm" right after a named body', () => {
  it('is the body the sentence before named, not an earlier "group of …"', () => {
    const text = `${LEAD}A group of councillors from harbour wards vowed Tuesday to force a vote on the levy.\n\nThe Kelp Watch Trust, the reef's main charity, called the deadline "unworkable". In a statement, the group said the levy would cost more than $6 million.`;
    expect(suggest(text).map((q) => q.speaker?.name ?? null)).toEqual(['a group of councillors from harbour wards', 'Kelp Watch Trust', 'Kelp Watch Trust']);
  });

  it('is a firm the sentence before named', () => {
    const text = `${LEAD}Tollby Tugs denied that it had hidden anything. In a statement, the firm said its fees were "set out in full".`;
    expect(suggest(text).map(brief)).toEqual([
      ['indirect', 'it had hidden anything', 'Tollby Tugs'],
      ['indirect', 'its fees were "set out in full"', 'Tollby Tugs'],
    ]);
  });
});

describe('a count standing alone as the subject ("Several told …")', () => {
  it('is part of the group the sentence before is about', () => {
    const text = `${LEAD}Residents near the pier, where the dredgers run at dawn, have put up with the noise for a year. Several told the board in May that the harbour had lost their complaints.`;
    expect(suggest(text).map(brief)).toEqual([['indirect', 'the harbour had lost their complaints', 'residents near the pier']]);
  });

  it('is part of a body the sentence before names, after a fronted phrase', () => {
    const text = `${LEAD}The harbour board was unconvinced. After a long debate on Monday, several said they doubted the figures.`;
    expect(suggest(text).map(brief)).toEqual([['indirect', 'they doubted the figures', 'the harbour board']]);
  });
});
