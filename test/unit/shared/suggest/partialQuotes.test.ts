/**
 * Quoted words inside a reported clause are part of the clause (the labelling convention), so the
 * clause is offered and the words are not a quote of their own. Sentences made up for this test.
 */
import { describe, expect, it } from 'vitest';
import { suggestQuotes, type SuggestedQuote } from '../../../../src/shared/suggest';

const suggest = (text: string) => suggestQuotes({ text }).quotes;
const brief = (q: SuggestedQuote) => [q.stance ? 'stance' : q.kind, q.text, q.speaker?.name ?? null];

describe('a reported clause holding quoted words', () => {
  it.each([
    ['a subject without a determiner', 'Harbour master Olga Brandt said pilots had “never seen fog like it”.', 'pilots had “never seen fog like it”'],
    ['an adjective before the subject', 'Olga Brandt said local skippers were ‘furious about the fees’.', 'local skippers were ‘furious about the fees’'],
    ['an aside after the subject', 'Olga Brandt said stocks of herring, the fish the port was built on, were “all but gone” this spring.', 'stocks of herring, the fish the port was built on, were “all but gone” this spring'],
    ['"said only that"', 'Olga Brandt said only that the port "will follow the law."', 'the port "will follow the law."'],
  ])('is one reported clause with %s', (_, text, clause) => {
    expect(suggest(text).map(brief)).toEqual([['indirect', clause, 'Olga Brandt']]);
  });

  it('is the clause of the subject when a quote in the subject’s aside precedes the verb', () => {
    const text = 'Olga Brandt, who once called the fees “a tax on weather”, said the new plan had “no teeth at all”.';
    expect(suggest(text).map(brief)).toEqual([
      ['direct', 'a tax on weather', 'Olga Brandt'],
      ['indirect', 'the new plan had “no teeth at all”', 'Olga Brandt'],
    ]);
  });

  it.each([
    ['"said on Tuesday that"', 'Olga Brandt, who won the seat on a pledge to “open the harbour”, said on Tuesday that the quay would reopen in June.'],
    ['"told X that"', 'Olga Brandt, who won the seat on a pledge to “open the harbour”, told the Coast Herald that the quay would reopen in June.'],
  ])('is the subject’s "that" clause after a quote in the subject’s aside: %s', (_, text) => {
    expect(suggest(text).map(brief)).toEqual([
      ['direct', 'open the harbour', 'Olga Brandt'],
      ['indirect', 'the quay would reopen in June', 'Olga Brandt'],
    ]);
  });

  it('reads a pronoun after a fronted phrase holding a title as the subject', () => {
    const text = 'Olga Brandt runs the port. Speaking on the “Coast Hour” show, she said the fees were “not negotiable”.';
    expect(suggest(text).map(brief)).toEqual([['indirect', 'the fees were “not negotiable”', 'Olga Brandt']]);
  });

  it('still reads a clause before “, she told …” as the clause', () => {
    const text = 'Olga Brandt runs the port. Landings of cod had fallen by a third since May, she told skippers on Monday.';
    expect(suggest(text).map(brief)).toEqual([['indirect', 'Landings of cod had fallen by a third since May', 'Olga Brandt']]);
  });

  it('reads “that” after an object holding a title', () => {
    const text = 'Olga Brandt told the “Coast Hour” programme that the port risked “losing a generation of skippers”.';
    expect(suggest(text).map(brief)).toEqual([['indirect', 'the port risked “losing a generation of skippers”', 'Olga Brandt']]);
  });

  it('keeps an inverted cue after a quote that opens the sentence', () => {
    expect(suggest('“We will sail at dawn,” said the mayor, who had closed the port.').map(brief)).toEqual([['direct', 'We will sail at dawn,', 'the mayor']]);
  });

  it('does not read "said goodbye" or "told reporters" as a clause', () => {
    expect(suggest('Olga Brandt said goodbye to the crews on Monday.')).toEqual([]);
  });
});

describe('quoted words after "accused X of" and "described X as"', () => {
  it.each([
    ['accused X of “…”', 'Olga Brandt accused ministers of “emptying the harbour for good”.', [['direct', 'emptying the harbour for good', 'Olga Brandt']]],
    ['accused X of having “…”', 'Olga Brandt accused the council of having “no plan at all”.', [['direct', 'no plan at all', 'Olga Brandt']]],
    ['described X as “…” (a complement, like "called X “…”")', 'Olga Brandt described the fees as “a tax on weather”.', [['indirect', 'the fees as “a tax on weather”', 'Olga Brandt']]],
    ['described X as “….” at the end of a sentence', 'Olga Brandt described the levy as “theatre.” Nobody replied.', [['indirect', 'the levy as “theatre.”', 'Olga Brandt']]],
    ['an unnamed source who described X as “…”', 'One harbour official described the mayor’s sums as “a fairy tale for grown-ups”.', [['indirect', 'the mayor’s sums as “a fairy tale for grown-ups”', 'one harbour official']]],
    ['described X as a “…” (a complement)', 'Olga Brandt described the port as a "national disgrace".', [['indirect', 'the port as a "national disgrace"', 'Olga Brandt']]],
    ['accused X of “…” with words after (a complement)', 'Olga Brandt accused the council of “wrecking” the harbour plan.', [['indirect', 'the council of “wrecking” the harbour plan', 'Olga Brandt']]],
    ['warned against “…” (a complement)', 'Olga Brandt warned against "outside meddling" in the region.', [['indirect', 'against "outside meddling" in the region', 'Olga Brandt']]],
  ])('%s', (_, text, expected) => {
    expect(suggest(text).map(brief)).toEqual(expected);
  });
});

describe('reported speech without a listed construction', () => {
  it.each([
    ['a present-tense clause before its cue', 'The draft contains no reference to pensions, the officials said.', [['indirect', 'The draft contains no reference to pensions', 'the officials']]],
    ['"recommends that"', 'The audit office report recommends that the port publish its accounts.', [['indirect', 'the port publish its accounts', 'the audit office report']]],
    ['"has signalled" with a bare clause', 'Olga Brandt has signalled she would accept a lower fee.', [['indirect', 'she would accept a lower fee', 'Olga Brandt']]],
    ['"ruling that" after a court', 'The Supreme Court struck down the fee on Friday, ruling that it breached the harbour charter.', [['indirect', 'it breached the harbour charter', 'Supreme Court']]],
    ['the answer after "Asked whether …"', 'Olga Brandt runs the port. Asked whether Norway would impose fees on Danish trawlers, Brandt said: "Nothing is decided yet."', [['direct', 'Nothing is decided yet.', 'Olga Brandt']]],
  ])('%s', (_, text, expected) => {
    expect(suggest(text).map(brief)).toEqual(expected);
  });

  it('ends the subject of a sentence at an irregular past tense', () => {
    expect(suggest('A federal court struck down the fee on Friday, ruling that it breached the harbour charter.').map(brief)).toEqual([['indirect', 'it breached the harbour charter', 'a federal court']]);
  });

  it('keeps an appositive with a relative clause out of the clause test', () => {
    expect(suggest('Amos Kamau, a trader who sells the leaves at market, said prices had fallen.').map(brief)).toEqual([['indirect', 'prices had fallen', 'Amos Kamau']]);
  });
});

describe('a short quotation named by a relative ("which they called “…”", "what he called “…”")', () => {
  it.each([
    ['"which" and a pronoun', 'Orrin Sefton spoke. The harbour board rejects that estimate, which they called “fantasy sums.”', 'fantasy sums.', 'the harbour board'],
    ['"what" and a pronoun', 'Orrin Sefton spoke. A spokesman for the port would not discuss what he called “idle talk.”', 'idle talk.', 'a spokesman for the port'],
    ['"what" and a name', 'Ada Fenn would not discuss what Orrin Sefton called “idle talk.”', 'idle talk.', 'Orrin Sefton'],
    ['"what" and an article before a quoted word', 'Ada Fenn quit over what she called a “half-built” plan to sell the port.', 'half-built', 'Ada Fenn'],
  ])('is a direct quote of the naming verb’s subject: %s', (_, text, words, speaker) => {
    expect(suggest(text).map(brief)).toEqual([['direct', words, speaker]]);
  });
});
