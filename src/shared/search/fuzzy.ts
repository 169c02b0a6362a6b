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

const NOT_WORD = /[^\p{L}\p{N}]/gu;

/** Prepares a name for matching (fold once, match on every keystroke). */
export function fuzzyTarget(name: string): FuzzyTarget {
  const folded = foldForSearch(name);
  const starts = new Uint8Array(folded.length);
  // A word starts at 0 and after every character that is not a letter or digit (one regex pass:
  // testing each character on its own made preparing 10,000 names take most of a second).
  if (folded.length) starts[0] = 1;
  for (const m of folded.matchAll(NOT_WORD)) if (m.index + 1 < folded.length) starts[m.index + 1] = 1;
  return { folded, starts };
}

/**
 * The score of `query` (already folded, spaces ignored) against a target, higher is better; null
 * when the letters do not all appear in order. Greedy left to right, preferring word starts.
 */
export function fuzzyScore(query: string, target: FuzzyTarget): number | null {
  const { folded, starts } = target;
  if (!query) return 0;
  const whole = folded.indexOf(query);
  if (whole !== -1) return 1000 - whole + (starts[whole] ? 200 : 0) - folded.length / 100;
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

/**
 * Ranks many items by their names as the analyst types, fast enough for every keystroke at
 * 10,000 articles. Each query's matches are kept (the last few dozen): a query that extends an
 * earlier one only tests that one's matches (every match of "natoc" is a match of "nato": the
 * same letters found the same way), and Backspace back to an earlier query reuses its answer.
 * Only the best `limit` are put in order (a bounded heap), not every match.
 */
export class FuzzyRanker<T> {
  readonly #items: readonly T[];
  readonly #targets: readonly (readonly FuzzyTarget[])[];
  /** Folded query → indices of the items it matches and their scores (insertion order = age). */
  readonly #cache = new Map<string, { indices: Int32Array; scores: Float64Array }>();

  constructor(items: readonly T[], names: (item: T) => readonly string[]) {
    this.#items = items;
    this.#targets = items.map((item) => names(item).map(fuzzyTarget));
  }

  /** The best `limit` items for what was typed, best first (ties keep the items' order). */
  rank(typed: string, limit: number): T[] {
    const query = fuzzyQuery(typed);
    if (!query) return this.#items.slice(0, limit);
    const { indices, scores } = this.#matches(query);
    return topIndices(indices, scores, limit).map((i) => this.#items[indices[i]!]!);
  }

  #matches(query: string): { indices: Int32Array; scores: Float64Array } {
    const cached = this.#cache.get(query);
    if (cached) return cached;
    let from: Int32Array | null = null;
    for (const [earlier, found] of this.#cache) if (query.startsWith(earlier) && (!from || found.indices.length < from.length)) from = found.indices;
    const count = from ? from.length : this.#items.length;
    const indices = new Int32Array(count);
    const scores = new Float64Array(count);
    let n = 0;
    for (let k = 0; k < count; k++) {
      const i = from ? from[k]! : k;
      let best: number | null = null;
      for (const target of this.#targets[i]!) {
        const score = fuzzyScore(query, target);
        if (score !== null && (best === null || score > best)) best = score;
      }
      if (best === null) continue;
      indices[n] = i;
      scores[n++] = best;
    }
    const found = { indices: indices.slice(0, n), scores: scores.slice(0, n) };
    if (this.#cache.size >= 64) this.#cache.delete(this.#cache.keys().next().value!);
    this.#cache.set(query, found);
    return found;
  }
}

/** Positions (into `scores`) of the `limit` highest scores, best first; an earlier position wins a tie. */
function topIndices(indices: Int32Array, scores: Float64Array, limit: number): number[] {
  // Worse = lower score, or the same score later in the list.
  const worse = (a: number, b: number) => scores[a]! < scores[b]! || (scores[a] === scores[b] && indices[a]! > indices[b]!);
  const heap: number[] = []; // a min-heap by `worse`: the root is the worst kept
  const down = (at: number) => {
    for (;;) {
      const l = 2 * at + 1;
      const r = l + 1;
      let w = at;
      if (l < heap.length && worse(heap[l]!, heap[w]!)) w = l;
      if (r < heap.length && worse(heap[r]!, heap[w]!)) w = r;
      if (w === at) return;
      [heap[at], heap[w]] = [heap[w]!, heap[at]!];
      at = w;
    }
  };
  for (let k = 0; k < scores.length; k++) {
    if (heap.length < limit) {
      heap.push(k);
      for (let at = heap.length - 1; at > 0; ) {
        const parent = (at - 1) >> 1;
        if (!worse(heap[at]!, heap[parent]!)) break;
        [heap[at], heap[parent]] = [heap[parent]!, heap[at]!];
        at = parent;
      }
    } else if (limit > 0 && worse(heap[0]!, k)) {
      heap[0] = k;
      down(0);
    }
  }
  return heap.sort((a, b) => (worse(a, b) ? 1 : worse(b, a) ? -1 : 0));
}
