/**
 * Splits an article's text into runs for highlighting: each run is a stretch of text covered by
 * one constant set of quotes. Overlapping quotes therefore become several adjacent runs, each
 * carrying every quote id that covers it, which is exactly what split MarkNodes need. Pure and
 * DOM-free so the reader, exporters and tests share one definition.
 */
import type { Block } from '../model';

/** A `[start, end)` range of text belonging to one annotation (usually a quote). */
export interface Span {
  id: string;
  start: number;
  end: number;
}

/** A stretch `[start, end)` of text covered by exactly the spans in `ids` (empty when none). */
export interface Run {
  start: number;
  end: number;
  /** Ids of the covering spans, ordered by span start, then by id. */
  ids: string[];
}

/** A block of the article with its runs; the runs tile `[start, end)` without gaps. */
export interface SegmentedBlock {
  kind: Block['kind'];
  start: number;
  end: number;
  runs: Run[];
}

/** Clamps spans to `[0, length)`, drops empty ones and orders them by start, end, then id. */
function normaliseSpans(spans: readonly Span[], length: number): Span[] {
  const out: Span[] = [];
  for (const span of spans) {
    const start = Math.max(0, Math.min(span.start, length));
    const end = Math.max(0, Math.min(span.end, length));
    if (end > start) out.push({ id: span.id, start, end });
  }
  return out.sort((a, b) => a.start - b.start || a.end - b.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/**
 * Cuts `[0, length)` into runs where the set of covering spans is constant. Runs tile the whole
 * range; uncovered stretches have `ids: []`. Spans outside the range are clipped; empty ones ignored.
 */
export function segmentRange(length: number, spans: readonly Span[]): Run[] {
  if (length <= 0) return [];
  const sorted = normaliseSpans(spans, length);
  const rank = new Map<string, number>();
  sorted.forEach((span, i) => rank.set(span.id, rank.get(span.id) ?? i));

  // Every place the covering set can change, with the spans that start or end there.
  const cuts = new Set<number>([0, length]);
  for (const span of sorted) {
    cuts.add(span.start);
    cuts.add(span.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const startsAt = groupBy(sorted, (span) => span.start);
  const endsAt = groupBy(sorted, (span) => span.end);

  // A count per id, so the same id given twice (e.g. a duplicated quote) still nests correctly.
  const active = new Map<string, number>();
  const runs: Run[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const at = points[i]!;
    for (const span of endsAt.get(at) ?? []) {
      const left = (active.get(span.id) ?? 0) - 1;
      if (left > 0) active.set(span.id, left);
      else active.delete(span.id);
    }
    for (const span of startsAt.get(at) ?? []) active.set(span.id, (active.get(span.id) ?? 0) + 1);
    const ids = [...active.keys()].sort((a, b) => rank.get(a)! - rank.get(b)!);
    const previous = runs[runs.length - 1];
    if (previous && sameIds(previous.ids, ids)) previous.end = points[i + 1]!;
    else runs.push({ start: at, end: points[i + 1]!, ids });
  }
  return runs;
}

function groupBy(spans: readonly Span[], key: (span: Span) => number): Map<number, Span[]> {
  const groups = new Map<number, Span[]>();
  for (const span of spans) {
    const group = groups.get(key(span));
    if (group) group.push(span);
    else groups.set(key(span), [span]);
  }
  return groups;
}

function sameIds(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, i) => id === b[i]);
}

/** Index of the first run whose end is after `offset` (runs are sorted and contiguous). */
function firstRunAfter(runs: readonly Run[], offset: number): number {
  let low = 0;
  let high = runs.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (runs[mid]!.end <= offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * Lays the article out as blocks of runs. Text between blocks (blank lines) is not part of any
 * block; a quote crossing a block boundary appears as runs in each block it touches. Blocks are
 * clipped to the text and returned in text order; empty blocks are dropped.
 */
export function segmentBlocks(text: string, blocks: readonly Block[], spans: readonly Span[]): SegmentedBlock[] {
  const runs = segmentRange(text.length, spans);
  const ordered = blocks
    .map((block) => ({ kind: block.kind, start: Math.max(0, block.start), end: Math.min(block.end, text.length) }))
    .filter((block) => block.end > block.start)
    .sort((a, b) => a.start - b.start || a.end - b.end);

  return ordered.map((block) => {
    const inside: Run[] = [];
    for (let i = firstRunAfter(runs, block.start); i < runs.length && runs[i]!.start < block.end; i++) {
      const run = runs[i]!;
      inside.push({ start: Math.max(run.start, block.start), end: Math.min(run.end, block.end), ids: run.ids });
    }
    return { ...block, runs: inside };
  });
}
