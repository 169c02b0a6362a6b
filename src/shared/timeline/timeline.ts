/**
 * The timeline: how many quotes of chosen actors (as speaker, subject, or either) or tags (with
 * their child tags) fall in each week or month of their articles' publication dates. Every bar
 * keeps its quote ids, so the view can open them. Quotes from undated articles are counted apart.
 */
import type { Actor, ArticleFile, Quote, Tag } from '../model';
import { tagPath, withChildren } from '../tags/codebook';
import { colourHex, TINT_HEX } from '../tintColours';
import { TINTS } from '../palette';
import { articleDay, periodEnd, periodLabel, periodsBetween, periodStart, type Granularity } from './periods';

/** Which quotes count for an actor: those they said, those about them, or both. */
export type ActorRole = 'speaker' | 'about' | 'either';

export interface TimelineRequest {
  actorIds: readonly string[];
  tagIds: readonly string[];
  role: ActorRole;
  granularity: Granularity;
}

/** One line of the chart: an actor or a tag, with the colour it is drawn in. */
export interface TimelineSeries {
  kind: 'actor' | 'tag';
  id: string;
  label: string;
  colour: string;
}

/** One period: its days, label, and per series the count and the quote ids. */
export interface TimelineBucket {
  start: string;
  end: string;
  label: string;
  counts: number[];
  quoteIds: string[][];
}

export interface Timeline {
  granularity: Granularity;
  series: TimelineSeries[];
  buckets: TimelineBucket[];
  /** Per series: quotes whose article has no usable publication date. */
  undated: number[];
}

/** Builds the timeline over confirmed quotes. Unknown actor or tag ids are skipped. */
export function buildTimeline(files: readonly ArticleFile[], actors: readonly Actor[], tags: readonly Tag[], request: TimelineRequest): Timeline {
  const series: TimelineSeries[] = [];
  const tests: ((q: Quote) => boolean)[] = [];
  const fallback = (i: number) => TINT_HEX[TINTS[i % TINTS.length]!];
  for (const id of request.actorIds) {
    const actor = actors.find((a) => a.id === id);
    if (!actor) continue;
    series.push({ kind: 'actor', id, label: actor.name, colour: colourHex(actor.colour) ?? fallback(series.length) });
    tests.push((q) => (request.role !== 'about' && q.speakerId === id) || (request.role !== 'speaker' && q.aboutIds.includes(id)));
  }
  for (const id of request.tagIds) {
    const tag = tags.find((t) => t.id === id);
    if (!tag) continue;
    const family = withChildren(id, tags);
    series.push({ kind: 'tag', id, label: tagPath(tag, tags), colour: colourHex(tag.colour) ?? fallback(series.length) });
    tests.push((q) => q.tagIds.some((t) => family.has(t)));
  }

  const undated = series.map(() => 0);
  const byPeriod = new Map<string, string[][]>();
  let first: string | null = null;
  let last: string | null = null;
  for (const file of files) {
    const day = articleDay(file.article.source.publishedAt);
    for (const quote of file.quotes) {
      if (quote.status !== 'confirmed') continue;
      tests.forEach((test, i) => {
        if (!test(quote)) return;
        if (!day) {
          undated[i]!++;
          return;
        }
        const start = periodStart(day, request.granularity);
        const ids = byPeriod.get(start) ?? series.map(() => []);
        ids[i]!.push(quote.id);
        byPeriod.set(start, ids);
        if (!first || day < first) first = day;
        if (!last || day > last) last = day;
      });
    }
  }
  const buckets: TimelineBucket[] =
    first && last
      ? periodsBetween(first, last, request.granularity).map((start) => {
          const quoteIds = byPeriod.get(start) ?? series.map(() => []);
          return { start, end: periodEnd(start, request.granularity), label: periodLabel(start, request.granularity), counts: quoteIds.map((ids) => ids.length), quoteIds };
        })
      : [];
  return { granularity: request.granularity, series, buckets, undated };
}
