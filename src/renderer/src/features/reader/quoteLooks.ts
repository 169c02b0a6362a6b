/**
 * How each quote looks: a soft tint per speaker from a fixed palette (readable in light and dark
 * themes, see ui/tokens.css) and solid or dashed by status. Speakers get tints in the order they
 * first speak in the article, so the speakers of one article are always told apart; an actor whose
 * colour names a palette tint keeps that tint everywhere.
 */
import type { Actor, Quote } from '../../../../shared/model';

/** The palette, in the order tints are handed out. */
export const TINTS = ['blue', 'amber', 'rose', 'green', 'violet', 'teal', 'orange', 'olive'] as const;
export type Tint = (typeof TINTS)[number] | 'neutral';

export type QuoteStatus = Quote['status'];

/** What the reader and inspector need to draw one quote. */
export interface QuoteLook {
  tint: Tint;
  status: QuoteStatus;
  speakerName: string | null;
  /** Length in characters, to prefer the innermost of overlapping quotes on click. */
  length: number;
}

const isTint = (value: string): value is (typeof TINTS)[number] => (TINTS as readonly string[]).includes(value);

/** Tint of each speaker id quoted in `quotes` (given in reading order). */
export function speakerTints(quotes: readonly Quote[], actors: ReadonlyMap<string, Actor>): Map<string, Tint> {
  const tints = new Map<string, Tint>();
  const pinned = new Set<string>();
  for (const quote of quotes) {
    const colour = quote.speakerId ? actors.get(quote.speakerId)?.colour.trim().toLowerCase() : undefined;
    if (quote.speakerId && colour && isTint(colour)) {
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
export function quoteLooks(quotes: readonly Quote[], actors: ReadonlyMap<string, Actor>): Map<string, QuoteLook> {
  const tints = speakerTints(quotes, actors);
  const looks = new Map<string, QuoteLook>();
  for (const quote of quotes) {
    const speaker = quote.speakerId ? actors.get(quote.speakerId) : undefined;
    looks.set(quote.id, {
      tint: quote.speakerId ? (tints.get(quote.speakerId) ?? 'neutral') : 'neutral',
      status: quote.status,
      speakerName: speaker?.name ?? null,
      length: quote.target.end - quote.target.start,
    });
  }
  return looks;
}

/** Quotes in reading order: by start, then the longer (enclosing) one first. */
export function inReadingOrder(quotes: readonly Quote[]): Quote[] {
  return [...quotes].sort((a, b) => a.target.start - b.target.start || b.target.end - a.target.end || (a.id < b.id ? -1 : 1));
}

