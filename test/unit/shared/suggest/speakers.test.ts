/**
 * Whom the suggester names as the speaker in constructions that used to give a wrong one.
 * Sentences made up for this test.
 */
import { describe, expect, it } from 'vitest';
import { suggestQuotes, type SuggestedQuote } from '../../../../src/shared/suggest';

const suggest = (text: string) => suggestQuotes({ text }).quotes;
const brief = (q: SuggestedQuote) => [q.stance ? 'stance' : q.kind, q.text, q.speaker?.name ?? null];

describe('speakers', () => {
  it('reads past an abbreviated rank to the name', () => {
    expect(suggest('Port spokesperson Lt. Cmdr. Olga Brandt said the harbour would reopen.').map(brief)).toEqual([['indirect', 'the harbour would reopen', 'Olga Brandt']]);
  });

  it('reads a long appositive with a relative clause as an aside of the subject', () => {
    const text = 'Olga Brandt, a former skipper who fished the northern grounds for two decades before entering politics in 2019, urged ministers to cut the fees.';
    expect(suggest(text).map(brief)).toEqual([['indirect', 'ministers to cut the fees', 'Olga Brandt']]);
  });
});
