/**
 * Ministries news copy calls by one word ("the Treasury", "the Pentagon"): bodies a quote can be
 * about even when the story names them once (aboutActors.ts ONE_WORD_BODY). Invented articles.
 */
import { describe, expect, it } from 'vitest';
import { aboutOf } from '../../../helpers/suggestAbout';

describe('one-word ministries', () => {
  it('reads "the Treasury" named once as a body the clause is about', () => {
    const text = 'Ola Brekk, a council leader, said on Monday that the Treasury had refused to fund the new bridge.\n\nThe bridge was due to open in 2028.';
    expect(aboutOf(text, 'the Treasury had refused')).toEqual(['Treasury']);
  });

  it('reads "outside the Treasury" as a place that only says where', () => {
    const text = 'The Brenna Parents Network said on Monday that it would march outside the Treasury in June.\n\nThe march was its third this year.';
    expect(aboutOf(text, 'it would march')).toEqual([]);
  });
});
