/**
 * Spans of reported speech that hold quoted words: a bare clause whose quoted words open with its
 * verb, and cues with other complements ("called X “…”", "promised “…”", "urged X to “…”,
 * warning that …"). Sentences made up for this test.
 */
import { describe, expect, it } from 'vitest';
import { suggestQuotes, type SuggestedQuote } from '../../../../src/shared/suggest';

const suggest = (text: string) => suggestQuotes({ text }).quotes;
const brief = (q: SuggestedQuote) => [q.stance ? 'stance' : q.kind, q.text, q.speaker?.name ?? null];

describe('reported spans with quoted words', () => {
  it('reads a bare clause whose quoted words open with a present tense and no object', () => {
    const text = 'A spokesman, Bram Tollet, said the harbour master "looks forward to a calmer winter." Others agreed.';
    expect(suggest(text).map(brief)).toContainEqual(['indirect', 'the harbour master "looks forward to a calmer winter."', 'Bram Tollet']);
  });

  it('lets an adverb open the quoted words before their verb', () => {
    const text = 'The tenants group Fair Rooms said the levy "only works if owners pay it". It wants more.';
    expect(suggest(text).map(brief)).toContainEqual(['indirect', 'the levy "only works if owners pay it"', 'Fair Rooms']);
  });

  it('reads "that" and "such" after a naming verb as its object, the quoted words as its predicate', () => {
    expect(suggest('Ada Roe called that forecast "a guess in a lab coat" and left.').map(brief)).toContainEqual(['indirect', 'that forecast "a guess in a lab coat"', 'Ada Roe']);
    expect(suggest('Ada Roe called that "the cheapest fix on offer". Next.').map(brief)).toEqual([['indirect', 'that "the cheapest fix on offer"', 'Ada Roe']]);
    expect(suggest('Ada Roe called such claims "pure invention" on Monday.').map(brief)).toContainEqual(['indirect', 'such claims "pure invention"', 'Ada Roe']);
  });

  it('takes quoted words that open a noun phrase right after "promised" or "denied" as its complement', () => {
    expect(suggest('Ada Roe promised "a fresh look at the tolls" and left early.').map(brief)).toEqual([['indirect', '"a fresh look at the tolls"', 'Ada Roe']]);
    expect(suggest('Ada Roe denied "any hand in the sale."').map(brief)).toEqual([['indirect', '"any hand in the sale."', 'Ada Roe']]);
    // A quoted sentence stays a direct quote.
    expect(suggest('Ada Roe promised: "We will fix the pier."').map(brief)).toEqual([['direct', 'We will fix the pier.', 'Ada Roe']]);
  });

  it('ends a complement at ", warning that …", inside the closing mark too', () => {
    const text = 'The ferry union urged managers to "stop stalling and pay up," warning that crews were "near breaking point."';
    expect(suggest(text).map(brief)).toEqual([
      ['indirect', 'managers to "stop stalling and pay up,"', 'the ferry union'],
      ['indirect', 'crews were "near breaking point."', 'the ferry union'],
    ]);
    expect(suggest('Ada Roe urged the pilots to wait for the tide, saying the charts were wrong.').map(brief)).toEqual([
      ['indirect', 'the pilots to wait for the tide', 'Ada Roe'],
      ['indirect', 'the charts were wrong', 'Ada Roe'],
    ]);
  });

  it('reads what was called or pressed for, "for" and a closing "since …" left out', () => {
    expect(suggest('Ada Roe, a councillor, called for widening the harbour mouth and dredging its channel.').map(brief)).toEqual([['indirect', 'widening the harbour mouth and dredging its channel', 'Ada Roe']]);
    expect(suggest('The ferry union has pressed for a pay review since the spring.').map(brief)).toEqual([['indirect', 'a pay review', 'the ferry union']]);
    // A time, or a reporter's request, is nothing asked for.
    expect(suggest('Ada Roe called for the first time on the board to act.').map(brief)).toEqual([]);
  });

  it('reads "told X to …" as a complement when "to" opens a verb', () => {
    expect(suggest('Ada Roe read the letter and told the clerk to proceed.').map(brief)).toEqual([['indirect', 'the clerk to proceed', 'Ada Roe']]);
    expect(suggest('"We will win," Ada Roe told reporters on the way to the hearing.').map(brief)).toEqual([['direct', 'We will win,', 'Ada Roe']]);
  });

  it('ends a report at a comma inside the closing mark before "and" and a new subject with an apposed name', () => {
    const text = 'The pilots guild said the toll would "drive boats to other ports," and its chair, Ada Roe, asked whether the board had read the survey.';
    expect(suggest(text).map(brief)).toEqual([
      ['indirect', 'the toll would "drive boats to other ports,"', 'the pilots guild'],
      ['indirect', 'whether the board had read the survey', 'Ada Roe'],
    ]);
  });

  it('keeps a one-word complement ("backs Quenby", "pressed for calm")', () => {
    expect(suggest('Harbour\n\nDockers union chief Ada Roe backs Quenby\n\nThe union met on Monday.').map(brief)).toContainEqual(['stance', 'Quenby', 'Ada Roe']);
    expect(suggest('Ada Roe, the harbour master, pressed for calm.').map(brief)).toEqual([['indirect', 'calm', 'Ada Roe']]);
  });

  it('reads "warned X against …" as a complement, quoted words included', () => {
    const text = 'Ada Roe said the plan was sound and warned members against "a board that spends what it cannot raise".';
    expect(suggest(text).map(brief)).toContainEqual(['indirect', 'members against "a board that spends what it cannot raise"', 'Ada Roe']);
  });

  it('reads support after an appositive subject, up to "and" and the subject\'s next verb', () => {
    const text = 'The Harbour Pilots Council, a trade body, backs the toll and has spent $2 million on posters.';
    expect(suggest(text).map(brief)).toEqual([['stance', 'the toll', 'Harbour Pilots Council']]);
  });
});
