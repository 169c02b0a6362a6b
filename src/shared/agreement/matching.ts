/**
 * Unitizing: which of two coders' quotes in one article mark the same passage. Two quotes match
 * when their overlap covers at least half of the shorter one; each quote matches at most one,
 * the best-overlapping pairs (by Jaccard: overlap / union) first. So "said: “X.”" and "“X.”" match,
 * while a sentence does not match the paragraph around it.
 */

/** A `[start, end)` range. */
export interface Span {
  start: number;
  end: number;
}

/** Share of the shorter range a quote must share with another to count as the same unit. */
export const MIN_OVERLAP_OF_SHORTER = 0.5;

const overlap = (a: Span, b: Span) => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

/** True when `a` and `b` are the same unit by the rule above. */
export function sameUnit(a: Span, b: Span): boolean {
  const shared = overlap(a, b);
  const shorter = Math.min(a.end - a.start, b.end - b.start);
  return shared > 0 && shared >= MIN_OVERLAP_OF_SHORTER * shorter;
}

/** Pairs and leftovers of matching `mine` against `theirs` (both from one article). */
export interface Matching<T> {
  pairs: [T, T][];
  onlyMine: T[];
  onlyTheirs: T[];
}

/** Matches two coders' quotes of one article one-to-one. */
export function matchUnits<T>(mine: readonly T[], theirs: readonly T[], span: (item: T) => Span): Matching<T> {
  const candidates: { i: number; j: number; jaccard: number; distance: number }[] = [];
  // Sorted by start, so each of mine only looks at theirs that can still overlap it.
  const order = theirs.map((_, j) => j).sort((a, b) => span(theirs[a]!).start - span(theirs[b]!).start);
  mine.forEach((m, i) => {
    const a = span(m);
    for (const j of order) {
      const b = span(theirs[j]!);
      if (b.start >= a.end) break;
      if (!sameUnit(a, b)) continue;
      const shared = overlap(a, b);
      candidates.push({ i, j, jaccard: shared / (Math.max(a.end, b.end) - Math.min(a.start, b.start)), distance: Math.abs(a.start - b.start) });
    }
  });
  candidates.sort((x, y) => y.jaccard - x.jaccard || x.distance - y.distance || x.i - y.i || x.j - y.j);
  const usedMine = new Set<number>();
  const usedTheirs = new Set<number>();
  const pairs: [T, T][] = [];
  for (const c of candidates) {
    if (usedMine.has(c.i) || usedTheirs.has(c.j)) continue;
    usedMine.add(c.i);
    usedTheirs.add(c.j);
    pairs.push([mine[c.i]!, theirs[c.j]!]);
  }
  return { pairs, onlyMine: mine.filter((_, i) => !usedMine.has(i)), onlyTheirs: theirs.filter((_, j) => !usedTheirs.has(j)) };
}
