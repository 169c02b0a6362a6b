/**
 * Re-anchoring: placing a quote's selectors in a new version of its article's text. First the
 * exact words (preferring the occurrence whose context and position fit best), then an approximate
 * match of the words scored together with the prefix/suffix context and the distance from where
 * the quote was expected (the approach of Hypothesis' match-quote). A quote that cannot be placed
 * with confidence is reported as orphaned, never moved somewhere doubtful.
 */
import type { TextTarget } from '../model';
import { approxEnds, bestStarts, editDistance, type ApproxEnd } from './approxMatch';
import { foldForSearch, occurrences } from './find';

/** Where a quote landed in the new text. */
export interface Anchoring {
  /** `exact`: the same words (typography aside); `fuzzy`: an approximate match worth a look; `orphaned`: not placed. */
  status: 'exact' | 'fuzzy' | 'orphaned';
  /** The new range; for an orphan, the old one (it means nothing in the new text). */
  start: number;
  end: number;
  /** 0–1: how well words, context and position agree. */
  score: number;
}

/** Share of the quote's length that may be edited and still count as the same quote. */
export const MAX_ERROR_RATE = 0.25;
/** Quotes shorter than this need their context to agree before an approximate match is trusted. */
const SHORT_QUOTE = 20;
/** How far around the expected position the first (cheap) search looks, in characters. */
const WINDOW = 2000;

const WEIGHTS = { quote: 50, prefix: 20, suffix: 20, position: 2 };
const TOTAL_WEIGHT = WEIGHTS.quote + WEIGHTS.prefix + WEIGHTS.suffix + WEIGHTS.position;

interface Scored {
  start: number;
  end: number;
  quote: number;
  context: number;
  score: number;
}

/** Similarity (0–1) of a context string with what the text holds at that place. */
function contextSimilarity(expected: string, actual: string, atEdge: boolean): number {
  if (expected === '') return atEdge ? 1 : 0.5;
  return Math.max(0, 1 - editDistance(expected, actual) / expected.length);
}

function scoreAt(folded: string, target: FoldedTarget, start: number, end: number, errors: number, hint: number): Scored {
  const quote = 1 - errors / Math.max(1, target.exact.length);
  const prefix = contextSimilarity(target.prefix, folded.slice(Math.max(0, start - target.prefix.length), start), start === 0);
  const suffix = contextSimilarity(target.suffix, folded.slice(end, end + target.suffix.length), end === folded.length);
  const position = 1 - Math.min(1, Math.abs(start - hint) / Math.max(1, folded.length));
  const score = (WEIGHTS.quote * quote + WEIGHTS.prefix * prefix + WEIGHTS.suffix * suffix + WEIGHTS.position * position) / TOTAL_WEIGHT;
  return { start, end, quote, context: (prefix + suffix) / 2, score };
}

type FoldedTarget = Pick<TextTarget, 'exact' | 'prefix' | 'suffix'>;

/** The best-scoring candidates among approximate ends: one per cluster of nearby ends. */
function candidatesFromEnds(folded: string, target: FoldedTarget, ends: ApproxEnd[], maxErrors: number, hint: number): Scored[] {
  const m = target.exact.length;
  const clusters: ApproxEnd[][] = [];
  for (const end of ends) {
    const cluster = clusters[clusters.length - 1];
    const last = cluster?.[cluster.length - 1];
    if (cluster && last && end.end - last.end <= maxErrors + 1) cluster.push(end);
    else clusters.push([end]);
  }
  // Only the best few clusters are worth the start search.
  const ranked = clusters
    .map((cluster) => ({ cluster, best: Math.min(...cluster.map((e) => e.errors)) }))
    .sort((a, b) => a.best - b.best)
    .slice(0, 8);
  const scored: Scored[] = [];
  for (const { cluster, best } of ranked) {
    let top: Scored | null = null;
    for (const end of cluster) {
      if (end.errors > best + 1) continue;
      const { starts, errors } = bestStarts(folded, target.exact, end.end, maxErrors);
      for (const start of starts) {
        if (start >= end.end || Math.abs(end.end - start - m) > maxErrors) continue;
        const candidate = scoreAt(folded, target, start, end.end, errors, hint);
        if (!top || candidate.score > top.score) top = candidate;
      }
    }
    if (top) scored.push(top);
  }
  return scored.sort((a, b) => b.score - a.score);
}

function trusted(candidate: Scored | undefined, length: number): candidate is Scored {
  if (!candidate) return false;
  if (candidate.quote < 1 - MAX_ERROR_RATE) return false;
  return length >= SHORT_QUOTE || candidate.context >= 0.5;
}

/**
 * Places `target` in `text`. `hint` is where the quote is expected to start (its old start, shifted
 * by how far the quotes before it moved).
 */
export function anchorTarget(text: string, target: TextTarget, hint: number = target.start): Anchoring {
  const m = target.exact.length;
  if (m === 0) return { status: 'orphaned', start: target.start, end: target.end, score: 0 };
  if (text.slice(target.start, target.end) === target.exact) return { status: 'exact', start: target.start, end: target.end, score: 1 };

  const folded = foldForSearch(text);
  const want: FoldedTarget = { exact: foldForSearch(target.exact), prefix: foldForSearch(target.prefix), suffix: foldForSearch(target.suffix) };

  // The same words elsewhere (the text around them moved): pick the occurrence that fits best.
  const exact = occurrences(folded, want.exact).map((start) => scoreAt(folded, want, start, start + m, 0, hint));
  exact.sort((a, b) => b.score - a.score);
  const bestExact = exact[0];
  if (bestExact && (m >= SHORT_QUOTE || bestExact.context >= 0.5 || exact.length === 1)) {
    const sure = m >= SHORT_QUOTE || bestExact.context >= 0.5;
    return { status: sure ? 'exact' : 'fuzzy', start: bestExact.start, end: bestExact.end, score: bestExact.score };
  }

  const maxErrors = Math.min(256, Math.floor(m * MAX_ERROR_RATE));
  if (maxErrors > 0) {
    // Near where it should be first (cheap), then anywhere.
    const from = Math.max(0, hint - m - WINDOW);
    const to = Math.min(folded.length, hint + 2 * m + WINDOW);
    let best = candidatesFromEnds(folded, want, approxEnds(folded, want.exact, maxErrors, from, to), maxErrors, hint)[0];
    if (!trusted(best, m) && (from > 0 || to < folded.length)) {
      best = candidatesFromEnds(folded, want, approxEnds(folded, want.exact, maxErrors), maxErrors, hint)[0];
    }
    if (trusted(best, m)) return { status: 'fuzzy', start: best.start, end: best.end, score: best.score };
  }
  if (bestExact) return { status: 'fuzzy', start: bestExact.start, end: bestExact.end, score: bestExact.score };
  return { status: 'orphaned', start: target.start, end: target.end, score: 0 };
}

/**
 * Places many targets (one article's quotes) in `text`. Each quote's expected position follows the
 * shift of the quote placed before it, so a paragraph inserted early moves every later guess too.
 */
export function anchorTargets(text: string, targets: readonly TextTarget[]): Anchoring[] {
  const order = targets.map((_, i) => i).sort((a, b) => targets[a]!.start - targets[b]!.start);
  const results: Anchoring[] = new Array(targets.length);
  let shift = 0;
  for (const i of order) {
    const target = targets[i]!;
    const result = anchorTarget(text, target, Math.max(0, target.start + shift));
    results[i] = result;
    if (result.status !== 'orphaned') shift = result.start - target.start;
  }
  return results;
}
