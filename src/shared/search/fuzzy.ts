/**
 * Fuzzy matching of names for the quick switcher: the typed letters must appear in order
 * (case and accents ignored); matches at word starts and in runs score higher, so "jst" finds
 * "Jens Stoltenberg" and "nato conc" finds "NATO ‘increasingly concerned’ …".
 */
import { foldForSearch } from '../editor/quoteSearch';

/** A name prepared once for many matches. */
export interface FuzzyTarget {
  folded: string;
  /** Positions in `folded` that start a word. */
  starts: Uint8Array;
}

/** Prepares a name for matching (fold once, match on every keystroke). */
export function fuzzyTarget(name: string): FuzzyTarget {
  const folded = foldForSearch(name);
  const starts = new Uint8Array(folded.length);
  for (let i = 0; i < folded.length; i++) starts[i] = i === 0 || !/[\p{L}\p{N}]/u.test(folded[i - 1]!) ? 1 : 0;
  return { folded, starts };
}

/**
 * The score of `query` (already folded, spaces ignored) against a target, higher is better; null
 * when the letters do not all appear in order. Greedy left to right, preferring word starts.
 */
export function fuzzyScore(query: string, target: FuzzyTarget): number | null {
  const { folded, starts } = target;
  if (!query) return 0;
  if (folded.includes(query)) return 1000 - folded.indexOf(query) + (starts[folded.indexOf(query)] ? 200 : 0) - folded.length / 100;
  let score = 0;
  let from = 0;
  let previous = -2;
  for (const ch of query) {
    if (ch === ' ') continue;
    let at = -1;
    // Prefer the next word start holding this letter, if it is not far.
    for (let i = from; i < folded.length; i++) {
      if (folded[i] !== ch) continue;
      if (at === -1) at = i;
      if (starts[i] || i === previous + 1) {
        at = i;
        break;
      }
    }
    if (at === -1) return null;
    score += at === previous + 1 ? 8 : starts[at] ? 10 : 1;
    previous = at;
    from = at + 1;
  }
  return score - folded.length / 100;
}

/** Folds what was typed into the form fuzzyScore expects. */
export const fuzzyQuery = (typed: string) => foldForSearch(typed).trim();
