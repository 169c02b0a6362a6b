/** The quick switcher's fuzzy matching: letters in order, word starts first, accents ignored. */
import { describe, expect, it } from 'vitest';
import { fuzzyQuery, fuzzyScore, fuzzyTarget } from '../../../../src/shared/search/fuzzy';

const rank = (typed: string, names: string[]) =>
  names
    .map((name) => ({ name, score: fuzzyScore(fuzzyQuery(typed), fuzzyTarget(name)) }))
    .filter((r) => r.score !== null)
    .sort((a, b) => b.score! - a.score!)
    .map((r) => r.name);

describe('fuzzy names', () => {
  it('finds letters in order, and nothing when one is missing or out of order', () => {
    expect(rank('jst', ['Jens Stoltenberg', 'Wang Wenbin'])).toEqual(['Jens Stoltenberg']);
    expect(rank('tsj', ['Jens Stoltenberg'])).toEqual([]);
  });

  it('prefers a contiguous match, then word starts, over scattered letters', () => {
    expect(rank('ukr', ['Turkey’s route', 'Ukraine aid'])).toEqual(['Ukraine aid', 'Turkey’s route']);
    expect(rank('ws', ['Wang Wenbin', 'Who said what', 'Swiss watch'])[0]).toBe('Who said what');
    expect(rank('nato conc', ['NATO ‘increasingly concerned’ China may arm Russia', 'Notes on concerts'])[0]).toBe('NATO ‘increasingly concerned’ China may arm Russia');
  });

  it('ignores case and accents', () => {
    expect(rank('erdogan', ['Recep Tayyip Erdoğan'])).toEqual(['Recep Tayyip Erdoğan']);
    expect(rank('ÉRDO', ['Recep Tayyip Erdoğan'])).toEqual(['Recep Tayyip Erdoğan']);
  });
});
