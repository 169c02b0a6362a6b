/**
 * Selecting text without a mouse: the reader's text cannot take a caret, so the keyboard moves a
 * selection by whole sentences and by words instead. Ranges are `[start, end)` in UTF-16 units and
 * always snapped like a mouse selection (no surrounding quotation marks or spaces).
 */
import { isQuoteMark, snapToWords } from './snap';

/** A `[start, end)` range of an article's text. */
export interface TextRange {
  start: number;
  end: number;
}

// Segmenting a long article takes a few milliseconds; key presses repeat, so keep the last one.
let cached: { text: string; sentences: TextRange[]; starts: number[]; ends: number[] } | null = null;

function analyse(text: string) {
  if (cached?.text === text) return cached;
  const sentences: TextRange[] = [];
  for (const part of new Intl.Segmenter(undefined, { granularity: 'sentence' }).segment(text)) {
    // A sentence never spans a paragraph break, even where the segmenter would let it.
    let from = part.index;
    for (const line of part.segment.split('\n')) {
      const snapped = snapToWords(text, from, from + line.length);
      if (snapped) sentences.push(snapped);
      from += line.length + 1;
    }
  }
  const starts: number[] = [];
  const ends = new Set<number>();
  for (const part of new Intl.Segmenter(undefined, { granularity: 'word' }).segment(text)) {
    const end = part.index + part.segment.length;
    if (part.isWordLike) {
      starts.push(part.index);
      ends.add(end);
    } else if (/^[^\s]+$/u.test(part.segment) && ![...part.segment].every(isQuoteMark)) {
      // Punctuation right after a word ("win.", "war,") is a stop of its own, so it can be included.
      ends.add(end);
    }
  }
  cached = { text, sentences, starts, ends: [...ends].sort((a, b) => a - b) };
  return cached;
}

/** Every sentence of `text`, snapped, in order. */
export function sentences(text: string): TextRange[] {
  return analyse(text).sentences;
}

/**
 * The sentence after (`direction` 1) or before (-1) the `current` selection; with no selection,
 * the first sentence ending after `from`. Null at either end of the text.
 */
export function stepSentence(text: string, current: TextRange | null, direction: 1 | -1, from = 0): TextRange | null {
  const all = analyse(text).sentences;
  if (!current) return all.find((s) => s.end > from) ?? all[all.length - 1] ?? null;
  if (direction > 0) return all.find((s) => s.start >= current.end) ?? null;
  for (let i = all.length - 1; i >= 0; i--) if (all[i]!.end <= current.start) return all[i]!;
  return null;
}

/**
 * Moves one edge of `range` to the next (1) or previous (-1) word boundary. The end stops after
 * each word and after punctuation that follows a word; the start stops at each word's beginning.
 * The range never becomes empty; at the text's edges it stays where it is.
 */
export function stepEdge(text: string, range: TextRange, edge: 'start' | 'end', direction: 1 | -1): TextRange {
  const { starts, ends } = analyse(text);
  if (edge === 'end') {
    const next = direction > 0 ? ends.find((e) => e > range.end) : findLast(ends, (e) => e < range.end && e > range.start);
    return next === undefined ? range : { start: range.start, end: next };
  }
  const next = direction > 0 ? starts.find((s) => s > range.start && s < range.end) : findLast(starts, (s) => s < range.start);
  return next === undefined ? range : { start: next, end: range.end };
}

function findLast(values: readonly number[], test: (value: number) => boolean): number | undefined {
  for (let i = values.length - 1; i >= 0; i--) if (test(values[i]!)) return values[i]!;
  return undefined;
}
