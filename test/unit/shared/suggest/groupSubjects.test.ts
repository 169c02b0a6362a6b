/**
 * Groups as subjects: "the candidates", a "Both" standing for them, and a comparison ("more than
 * their leaflets suggest") that is no reporting verb. Sentences made up for this test.
 */
import { describe, expect, it } from 'vitest';
import { suggestQuotes } from '../../../../src/shared/suggest';

const speakers = (text: string) => suggestQuotes({ text }).quotes.map((q) => [q.text, q.speaker?.name ?? null]);

describe('"Both" after a sentence about a pair', () => {
  it('is the pair as first described, in its own clause and after "and both"', () => {
    const text = 'The two candidates for harbour master met in Tallisford.\n\nOn the ferries, the candidates agreed more than their leaflets suggest. Both told reporters they would keep the night crossing, and both promised to freeze fares.';
    expect(speakers(text)).toEqual([
      ['they would keep the night crossing', 'the two candidates for harbour master'],
      ['to freeze fares', 'the two candidates for harbour master'],
    ]);
  });

  it('"Both delegations" is a description, not a name', () => {
    const text = 'The talks ended late on Friday. Both delegations said the next round would open in March.';
    expect(speakers(text)).toEqual([['the next round would open in March', 'both delegations']]);
  });
});
