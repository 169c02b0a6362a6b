/**
 * The baseline every figure is compared with: a simple pattern matcher that pairs quotation marks
 * line by line and names as speaker the first capitalised word (or pronoun) next to the quote.
 * It finds no reported speech and leaves pronouns unresolved. Kept deliberately simple: it is
 * the yardstick of the evaluation and of the speed benchmark, not a product feature.
 */
import type { Prediction } from './evaluate';

const PAIRS: [RegExp, string][] = [
  [/“([^”“\n]+)”/g, 'double'],
  [/„([^“”\n]+)[“”]/g, 'low'],
  [/«\s*([^»\n]+?)\s*»/g, 'guillemet'],
  [/"([^"\n]+)"/g, 'straight'],
  [/(?<![\p{L}\p{N}])‘([^’\n]+?)’(?![\p{L}\p{N}])/gu, 'single'],
];
const NAME = /(?:\b(?:he|she|they|it)\b|\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+)*)/u;

/** Naive direct-quote suggestions for `text`. */
export function baselineQuotes(text: string): Prediction[] {
  const out: Prediction[] = [];
  for (const [re] of PAIRS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const start = m.index + m[0].indexOf(m[1]!);
      const end = start + m[1]!.length;
      if (out.some((p) => p.start < end && start < p.end)) continue;
      out.push({ start, end, kind: 'direct', speaker: speakerNear(text, m.index, m.index + m[0].length) });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

function speakerNear(text: string, open: number, close: number): string | null {
  const after = text.slice(close, close + 60).split(/[.\n]/)[0]!;
  const hit = NAME.exec(after);
  if (hit) return hit[0];
  const lineStart = text.lastIndexOf('\n', open) + 1;
  const before = text.slice(Math.max(lineStart, open - 80), open);
  const names = before.match(new RegExp(NAME.source, 'gu'));
  return names ? names[names.length - 1]! : null;
}
