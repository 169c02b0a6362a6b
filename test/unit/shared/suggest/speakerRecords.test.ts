/**
 * Which speaker a sentence leaves for a pronoun in the next one, and other speaker links added in
 * the round on speaker accuracy. Sentences made up for this test.
 */
import { describe, expect, it } from 'vitest';
import { suggestQuotes, type SuggestedQuote } from '../../../../src/shared/suggest';

const suggest = (text: string) => suggestQuotes({ text }).quotes;
const brief = (q: SuggestedQuote) => [q.stance ? 'stance' : q.kind, q.text, q.speaker?.name ?? null];

describe('speaker records', () => {
  it('leaves the speaker of "X backs Y, its chair said" for a "she" after it, not X', () => {
    const text = 'A senior harbour official said the main problem was the tide tables.\n\nThe Pilots’ Guild backs the plan, its chair, Mary Oakden, said. “Our boats have waited two winters,” she said.';
    expect(suggest(text).map(brief)).toContainEqual(['direct', 'Our boats have waited two winters,', 'Mary Oakden']);
  });
});
