import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { TINTS } from '../../../../src/renderer/src/features/reader/quoteLooks';

/** `--name: light-dark(#light, #dark)` pairs from the design tokens. */
function readTokens(): Map<string, [string, string]> {
  const css = readFileSync(fileURLToPath(new URL('../../../../src/renderer/src/ui/tokens.css', import.meta.url)), 'utf8');
  const tokens = new Map<string, [string, string]>();
  for (const match of css.matchAll(/--([\w-]+):\s*light-dark\((#[0-9a-f]{6}),\s*(#[0-9a-f]{6})\)/gi)) tokens.set(match[1]!, [match[2]!, match[3]!]);
  return tokens;
}

/** WCAG 2 relative luminance and contrast ratio. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

const tokens = readTokens();
const pairs: [foreground: string, backgrounds: string[], minimum: number][] = [
  ['text', ['bg-app', 'bg-pane', 'bg-surface', 'bg-raised', 'bg-hover', 'bg-active', 'bg-input'], 4.5],
  ['text', [...TINTS, 'neutral'].flatMap((tint) => [`tint-${tint}-bg`, `tint-${tint}-strong`]), 4.5],
  ['text-muted', ['bg-app', 'bg-pane', 'bg-surface', 'bg-hover', 'bg-active', 'bg-raised'], 4.5],
  ['text-faint', ['bg-pane', 'bg-input', 'bg-surface'], 4.5],
  ['accent', ['bg-surface'], 4.5],
  ['danger-text', ['danger-bg', 'bg-surface'], 4.5],
  ['warn-text', ['warn-bg'], 4.5],
  // Non-text: the dashed underline of a suggestion and the focus ring need 3:1 against the page.
  ...[...TINTS, 'neutral'].map((tint): [string, string[], number] => [`tint-${tint}-line`, ['bg-surface', 'bg-pane'], 3]),
  ['focus', ['bg-surface', 'bg-pane', 'bg-active'], 3],
];

describe('colour contrast of the design tokens', () => {
  for (const [foreground, backgrounds, minimum] of pairs) {
    for (const background of backgrounds) {
      for (const [theme, index] of [['light', 0], ['dark', 1]] as const) {
        it(`${foreground} on ${background} (${theme}) ≥ ${minimum}:1`, () => {
          const fg = tokens.get(foreground)?.[index];
          const bg = tokens.get(background)?.[index];
          expect(fg, foreground).toBeDefined();
          expect(bg, background).toBeDefined();
          expect(contrast(fg!, bg!)).toBeGreaterThanOrEqual(minimum);
        });
      }
    }
  }
});
