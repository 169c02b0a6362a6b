/**
 * How each quote looks: a soft tint per speaker from a fixed palette (readable in light and dark
 * themes, see ui/tokens.css) and solid or dashed by status. An actor whose colour names a palette
 * tint keeps that tint everywhere; other speakers get the free tints in the order they first speak
 * in the article, so the speakers of one article are always told apart.
 */
import type { Actor, Quote, Tag } from '../../../../shared/model';
import { isPaletteTint, TINTS } from '../../../../shared/palette';
import { tagPath } from '../../../../shared/tags/codebook';

export { TINTS };
export type Tint = (typeof TINTS)[number] | 'neutral';

export type QuoteStatus = Quote['status'];

/** What the reader and inspector need to draw one quote. */
export interface QuoteLook {
  tint: Tint;
  status: QuoteStatus;
  speakerName: string | null;
  /** Length in characters, to prefer the innermost of overlapping quotes on click. */
  length: number;
  kind: Quote['kind'];
  aboutNames: string[];
  /** Tag paths ("threats › warning") with each tag's tint. */
  tags: { name: string; tint: Tint }[];
}

/** A tag's or actor's own tint, or 'neutral'. */
export function ownTint(item: { colour: string } | undefined): Tint {
  const colour = item?.colour.trim().toLowerCase() ?? '';
  return isPaletteTint(colour) ? colour : 'neutral';
}

/** Tint of each speaker id quoted in `quotes` (given in reading order). */
export function speakerTints(quotes: readonly Quote[], actors: ReadonlyMap<string, Actor>): Map<string, Tint> {
  const tints = new Map<string, Tint>();
  const pinned = new Set<string>();
  for (const quote of quotes) {
    const colour = quote.speakerId ? actors.get(quote.speakerId)?.colour.trim().toLowerCase() : undefined;
    if (quote.speakerId && colour && isPaletteTint(colour)) {
      tints.set(quote.speakerId, colour);
      pinned.add(colour);
    }
  }
  const free = TINTS.filter((tint) => !pinned.has(tint));
  let next = 0;
  for (const quote of quotes) {
    if (!quote.speakerId || tints.has(quote.speakerId)) continue;
    // Past the palette's end tints repeat; the speaker's name in the inspector still tells them apart.
    tints.set(quote.speakerId, free.length > 0 ? free[next++ % free.length]! : TINTS[next++ % TINTS.length]!);
  }
  return tints;
}

/** The look of every quote, keyed by quote id. */
export function quoteLooks(quotes: readonly Quote[], actors: ReadonlyMap<string, Actor>, tags: readonly Tag[] = []): Map<string, QuoteLook> {
  const tints = speakerTints(quotes, actors);
  const tagById = new Map(tags.map((t) => [t.id, t]));
  const looks = new Map<string, QuoteLook>();
  for (const quote of quotes) {
    const speaker = quote.speakerId ? actors.get(quote.speakerId) : undefined;
    looks.set(quote.id, {
      tint: quote.speakerId ? (tints.get(quote.speakerId) ?? 'neutral') : 'neutral',
      status: quote.status,
      speakerName: speaker?.name ?? null,
      length: quote.target.end - quote.target.start,
      kind: quote.kind,
      aboutNames: quote.aboutIds.map((id) => actors.get(id)?.name).filter((name): name is string => !!name),
      tags: quote.tagIds
        .map((id) => tagById.get(id))
        .filter((tag): tag is Tag => !!tag)
        .map((tag) => ({ name: tagPath(tag, tags), tint: ownTint(tag) })),
    });
  }
  return looks;
}

/** Quotes in reading order: by start, then the longer (enclosing) one first. */
export function inReadingOrder(quotes: readonly Quote[]): Quote[] {
  return [...quotes].sort((a, b) => a.target.start - b.target.start || b.target.end - a.target.end || (a.id < b.id ? -1 : 1));
}

/** True for a quote the current text shows (not an orphan of a re-import). */
export const isPlaced = (quote: Quote): boolean => quote.anchorStatus !== 'orphaned';
