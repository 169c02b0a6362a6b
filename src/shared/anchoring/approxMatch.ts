/**
 * Approximate string matching for re-anchoring: where in a text does a pattern occur with at most
 * k edits (insertions, deletions, substitutions)? Ends are found with Myers' bit-parallel
 * algorithm (1999) in blocks of 32 pattern characters, which scans a whole article in
 * O(n·⌈m/32⌉); the start of each good end is then found with a small dynamic programme over the
 * few characters before it.
 */

/** One place a pattern ends in the text, with the fewest edits any match ending there needs. */
export interface ApproxEnd {
  end: number;
  errors: number;
}

/** A `[start, end)` range of the text matching the pattern with `errors` edits. */
export interface ApproxMatch {
  start: number;
  end: number;
  errors: number;
}

/** Bit masks of where each character occurs in the pattern, one 32-bit word per block. */
function patternMasks(pattern: string, blocks: number): Map<number, Int32Array> {
  const masks = new Map<number, Int32Array>();
  for (let i = 0; i < pattern.length; i++) {
    const code = pattern.charCodeAt(i);
    let mask = masks.get(code);
    if (!mask) masks.set(code, (mask = new Int32Array(blocks)));
    mask[i >> 5]! |= 1 << (i & 31);
  }
  return masks;
}

/**
 * Every end offset in `text[from, to)` where `pattern` matches with at most `maxErrors` edits,
 * with the edits needed. Offsets are UTF-16 units of `text`.
 */
export function approxEnds(text: string, pattern: string, maxErrors: number, from = 0, to = text.length): ApproxEnd[] {
  const m = pattern.length;
  if (m === 0) return [];
  const blocks = Math.ceil(m / 32);
  const masks = patternMasks(pattern, blocks);
  const zero = new Int32Array(blocks);
  const pv = new Int32Array(blocks).fill(-1);
  const mv = new Int32Array(blocks);
  // Score (edit distance) at the last row of each block; the last block's is the match's.
  const score = new Int32Array(blocks);
  const lastBit = new Int32Array(blocks);
  for (let b = 0; b < blocks; b++) {
    const rows = Math.min(32, m - b * 32);
    score[b] = b * 32 + rows;
    lastBit[b] = 1 << (rows - 1);
  }
  const found: ApproxEnd[] = [];
  const last = blocks - 1;
  for (let j = Math.max(0, from); j < Math.min(to, text.length); j++) {
    const eqs = masks.get(text.charCodeAt(j)) ?? zero;
    // Horizontal delta entering the block from the row above: 0 at the top (a match may start anywhere).
    let hin = 0;
    for (let b = 0; b < blocks; b++) {
      let p = pv[b]!;
      const mm = mv[b]!;
      const negative = hin < 0 ? 1 : 0;
      const eq = eqs[b]! | negative;
      const xv = eq | mm;
      const xh = (((eq & p) + p) ^ p) | eq;
      let ph = mm | ~(xh | p);
      let mh = p & xh;
      const bit = lastBit[b]!;
      const hout = (ph & bit) !== 0 ? 1 : (mh & bit) !== 0 ? -1 : 0;
      ph <<= 1;
      mh <<= 1;
      mh |= negative;
      if (hin > 0) ph |= 1;
      p = mh | ~(xv | ph);
      pv[b] = p;
      mv[b] = ph & xv;
      score[b]! += hout;
      hin = hout;
    }
    const errors = score[last]!;
    if (errors <= maxErrors) found.push({ end: j + 1, errors });
  }
  return found;
}

/**
 * For a match of `pattern` ending at `end`, the start offsets that need the fewest edits (and that
 * number). Only starts at most `maxErrors` characters either side of `end - m` can qualify.
 */
export function bestStarts(text: string, pattern: string, end: number, maxErrors: number): { starts: number[]; errors: number } {
  const m = pattern.length;
  const reach = Math.min(end, m + maxErrors);
  // Columns are characters before `end`, read backwards; rows are pattern characters from its end.
  let previous = new Int32Array(reach + 1);
  let current = new Int32Array(reach + 1);
  for (let c = 0; c <= reach; c++) previous[c] = c;
  for (let r = 1; r <= m; r++) {
    current[0] = r;
    const pc = pattern.charCodeAt(m - r);
    for (let c = 1; c <= reach; c++) {
      const cost = text.charCodeAt(end - c) === pc ? 0 : 1;
      current[c] = Math.min(previous[c - 1]! + cost, previous[c]! + 1, current[c - 1]! + 1);
    }
    [previous, current] = [current, previous];
  }
  let errors = Infinity;
  let starts: number[] = [];
  for (let c = 0; c <= reach; c++) {
    const e = previous[c]!;
    if (e < errors) {
      errors = e;
      starts = [end - c];
    } else if (e === errors) starts.push(end - c);
  }
  return { starts, errors };
}

/** Levenshtein distance between two short strings. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  let previous = new Int32Array(b.length + 1);
  let current = new Int32Array(b.length + 1);
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    const ac = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const cost = ac === b.charCodeAt(j - 1) ? 0 : 1;
      current[j] = Math.min(previous[j - 1]! + cost, previous[j]! + 1, current[j - 1]! + 1);
    }
    [previous, current] = [current, previous];
  }
  return previous[b.length]!;
}
