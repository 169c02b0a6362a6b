/**
 * The named tints quotes, actors and tags are drawn in (their colours live in the renderer's
 * tokens.css, readable in light and dark themes). An actor's or tag's `colour` holds one of these
 * names; anything else is ignored when drawing.
 */

/** The palette, in the order tints are handed out. */
export const TINTS = ['blue', 'amber', 'rose', 'green', 'violet', 'teal', 'orange', 'olive'] as const;

/** One of the palette's tint names. */
export type PaletteTint = (typeof TINTS)[number];

/** True when `value` names a palette tint. */
export function isPaletteTint(value: string): value is PaletteTint {
  return (TINTS as readonly string[]).includes(value);
}

/** The tint used least among `used` (ties: palette order), so a new actor or tag stands apart. */
export function leastUsedTint(used: readonly string[]): PaletteTint {
  const counts = new Map<string, number>(TINTS.map((t) => [t, 0]));
  for (const colour of used) {
    const key = colour.trim().toLowerCase();
    if (counts.has(key)) counts.set(key, counts.get(key)! + 1);
  }
  let best: PaletteTint = TINTS[0];
  for (const tint of TINTS) if (counts.get(tint)! < counts.get(best)!) best = tint;
  return best;
}
