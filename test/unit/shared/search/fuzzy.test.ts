/** The quick switcher's fuzzy matching: letters in order, word starts first, accents ignored. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { FuzzyRanker, fuzzyQuery, fuzzyScore, fuzzyTarget } from '../../../../src/shared/search/fuzzy';

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

describe('FuzzyRanker (the switcher at every keystroke)', () => {
  const names = ['Jens Stoltenberg', 'NATO ‘increasingly concerned’ China may arm Russia', 'Notes on concerts', 'Wang Wenbin', 'Who said what', 'Swiss watch', 'Ukraine aid', 'Turkey’s route', 'xayb ac', 'Erdoğan', 'a b', 'ab', 'ba'];

  it('gives the same rows as ranking everything afresh, while typing, erasing and retyping', () => {
    const ranker = new FuzzyRanker(names, (n) => [n]);
    const fresh = (typed: string) => rank(typed, names).slice(0, 3);
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...'abnoteswjxy čé'.split('')), fc.constant('⌫')), { maxLength: 30 }), (keys) => {
        let typed = '';
        for (const key of keys) {
          typed = key === '⌫' ? typed.slice(0, -1) : typed + key;
          const got = ranker.rank(typed, 3);
          if (typed.trim()) expect(got).toEqual(fresh(typed));
          else expect(got).toEqual(names.slice(0, 3));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('keeps only the best rows, best first, and ties in list order', () => {
    const ranker = new FuzzyRanker(['b a', 'a', 'c a', 'ab'], (n) => [n]);
    expect(ranker.rank('a', 2)).toEqual(['a', 'ab']);
    expect(ranker.rank('zzz', 2)).toEqual([]);
  });
});
