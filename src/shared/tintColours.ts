/**
 * The palette's tints as RGB colours, for formats that need one (REFI-QDA codes, GEXF/GraphML
 * nodes): each tint's light-theme line colour from tokens.css. Reading a colour back picks the
 * nearest tint, so a tint survives a round trip through another tool unchanged.
 */
import { isPaletteTint, TINTS, type PaletteTint } from './palette';

/** Each tint's `#RRGGBB` (the light theme's line colour, readable on white). */
export const TINT_HEX: Record<PaletteTint, string> = {
  blue: '#3566C8',
  amber: '#A86C12',
  rose: '#B83C62',
  green: '#2E7F42',
  violet: '#6D4AC4',
  teal: '#1B7A77',
  orange: '#B5561F',
  olive: '#6B7A14',
};

/** `#RRGGBB` for a stored colour (a tint name), or undefined when it names no tint. */
export function colourHex(colour: string): string | undefined {
  const key = colour.trim().toLowerCase();
  return isPaletteTint(key) ? TINT_HEX[key] : undefined;
}

/** Red, green and blue (0–255) of `#RRGGBB` or `#RGB`, or null when it is not such a colour. */
export function parseHex(value: string): [number, number, number] | null {
  const m = /^#?([0-9a-f]{6}|[0-9a-f]{3})$/i.exec(value.trim());
  if (!m) return null;
  const hex = m[1]!.length === 3 ? [...m[1]!].map((c) => c + c).join('') : m[1]!;
  return [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];
}

/** The tint closest to an RGB colour (plain distance in RGB; enough to tell eight tints apart). */
export function nearestTint(value: string): PaletteTint | '' {
  const rgb = parseHex(value);
  if (!rgb) return '';
  let best: PaletteTint = TINTS[0];
  let bestDistance = Infinity;
  for (const tint of TINTS) {
    const [r, g, b] = parseHex(TINT_HEX[tint])!;
    const distance = (r - rgb[0]) ** 2 + (g - rgb[1]) ** 2 + (b - rgb[2]) ** 2;
    if (distance < bestDistance) [best, bestDistance] = [tint, distance];
  }
  return best;
}
