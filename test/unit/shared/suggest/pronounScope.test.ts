/**
 * A "he" or "she" in a later clause of its own sentence: the sentence's subject, not the nearest
 * name. Sentences made up for this test.
 */
import { describe, expect, it } from 'vitest';
import { suggestQuotes } from '../../../../src/shared/suggest';

const speakers = (text: string) => suggestQuotes({ text }).quotes.map((q) => [q.text, q.speaker?.name ?? null]);

describe('a pronoun after "and" or "but" in its own sentence', () => {
  it('is the person who opens the sentence, not a place or person named in between', () => {
    const text = 'The canal vote is close.\n\nMarabel Quenby, a two-term councillor from Tallisford, said the lock repairs were overdue, and she urged the board to borrow for them.';
    expect(speakers(text)).toEqual([
      ['the lock repairs were overdue', 'Marabel Quenby'],
      ['the board to borrow for them', 'Marabel Quenby'],
    ]);
  });

  it('repeats the "he" that opened the sentence, not the rival named in its first clause', () => {
    const text = 'Corwen Ashdale and Jorvan Pellimore met for a second debate.\n\n“Nobody will lose their mooring,” Ashdale said.\n\nMoments later, he said Pellimore’s levy would “sink the harbour,” and he promised a vote on it within a year.';
    expect(speakers(text).at(-1)).toEqual(['a vote on it within a year', 'Corwen Ashdale']);
  });
});

describe('a pronoun in a relative clause of its own sentence', () => {
  it('is the same person as the same pronoun that opened the sentence', () => {
    const text = 'Zelphine Marrow spoke first.\n\nShe spent her time on a bill Ewart Dunholm wrote in 2021, which she said had “gutted the ferry fund.”';
    expect(speakers(text).at(-1)).toEqual(['had “gutted the ferry fund.”', 'Zelphine Marrow']);
  });
});

describe('"it" after "and" in a sentence a document opens', () => {
  it('is that document', () => {
    const text = 'Councillors turned to the pier repairs.\n\nThe audit found that most of the repairs had overrun their budgets, and it advised that the council stop hiring the cheapest firm.';
    expect(speakers(text).at(-1)).toEqual(['the council stop hiring the cheapest firm', 'the audit']);
  });
});
