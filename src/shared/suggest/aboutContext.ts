/**
 * What the about-actor modules share: the quote as they need it, the article's mentions placed by
 * offset, and the lookups over those (which mentions fall in a stretch, the nearest or most named
 * actor that fits).
 */
import type { Entity } from './entities';

/** A quote as the about-actor modules need it. */
export interface AboutQuote {
  start: number;
  end: number;
  kind: 'direct' | 'indirect';
  speaker: Entity | null;
  /** An unnamed speaker as the text describes it ("the justices", "the government"). */
  described?: string;
}

/** How far back (in characters) a pronoun or description looks for the actor it stands for. */
export const LOOK_BACK = 700;

// News outlets, by the words their names hold: "told the Brenna Herald" gives a statement to one, and is not about it.
export const OUTLET = /\b(?:BBC|CNN|NBC|CBS|ABC|NPR|ITV|AP|AFP|Reuters|Bloomberg|News|Times|Post|Herald|Journal|Telegraph|Gazette|Tribune|Radio|Television|TV|Press|Chronicle|Mail)\b/;

/** A mention of an entity, by offsets. */
export interface Placed {
  start: number;
  end: number;
  entity: Entity;
  /** "the government", "ministers": which government is meant is settled per quote. */
  government?: true;
}

/** The one actor named before that fits, however far back: "the department" in a story that names one department. */
export function onlyOne(before: readonly Placed[], fits: (e: Entity) => boolean): Entity | undefined {
  const found = new Set(before.filter((p) => !p.government && fits(p.entity)).map((p) => p.entity));
  return found.size === 1 ? [...found][0] : undefined;
}

/** The mentions starting in [from, to), by binary search: a long article has thousands of them and hundreds of quotes. */
export function between(placed: readonly Placed[], from: number, to: number): readonly Placed[] {
  const first = (x: number) => {
    let lo = 0;
    let hi = placed.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (placed[mid]!.start < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  return placed.slice(first(from), first(to));
}

/**
 * The fitting actor named most often before `at` (the nearest of those named equally often), by
 * every mention the entity rules found, not only the placings `byPlacings` counts.
 */
export function mostNamed(before: readonly Placed[], at: number, fits: (e: Entity) => boolean): Entity | undefined {
  const counts = new Map<Entity, number>();
  // Every mention counts here, "Brennick executives" too: it says which company the story follows.
  for (const p of before) if (!p.government && fits(p.entity) && !counts.has(p.entity)) counts.set(p.entity, p.entity.mentions.filter((m) => m.start < at).length);
  let best: Entity | undefined;
  for (const [e, n] of counts) if (!best || n >= counts.get(best)!) best = e;
  return best;
}

export function nearest(before: readonly Placed[], fits: (e: Entity) => boolean): Entity | undefined {
  // "The government" is settled by its own rule, never taken for "the company" or "the paper".
  for (let k = before.length - 1; k >= 0; k--) if (!before[k]!.government && fits(before[k]!.entity)) return before[k]!.entity;
  return undefined;
}

/** The fitting actors placed in `before` with how often each is, most first (ties in the order first placed). */
export function byPlacings(before: readonly Placed[], fits: (e: Entity) => boolean): [Entity, number][] {
  const counts = new Map<Entity, number>();
  for (const p of before) if (!p.government && fits(p.entity)) counts.set(p.entity, (counts.get(p.entity) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1]);
}

/** The person named most before, at least three times and more often than any other: whom "you" thanks or blames. */
export function mostNamedPerson(before: readonly Placed[]): Entity | undefined {
  const [first, second] = byPlacings(before, (e) => e.kind === 'person');
  return first && first[1] >= 3 && (!second || first[1] > second[1]) ? first[0] : undefined;
}
