/**
 * The suggester scores the same on a tuning split whatever the layout of its text: one paragraph
 * per line, hard-wrapped, Windows line ends, HTML character references, the story's paragraphs
 * run together on one line, or TeX's quotation marks (scripts/textLayouts.ts). Before, one
 * paragraph per line cost 0.07 end to end, hard wrapping 0.11 about-actor F1, character references
 * 0.15 end to end, paragraphs run together 0.09 end to end and 0.10 span F1, and TeX's marks
 * (``…'') 0.22 end to end.
 */
import { describe, expect, it } from 'vitest';
import { evaluate, loadSplit } from '../../../scripts/eval-quotes';
import { inLayout, LAYOUTS } from '../../../scripts/textLayouts';

const articles = loadSplit('news/tune');
const REFERENCES: Record<string, string> = { '&ldquo;': '“', '&rdquo;': '”', '&lsquo;': '‘', '&rsquo;': '’', '&amp;': '&' };
/** A label's words, whatever the layout: references read, line breaks and spaces alike. */
const words = (text: string) =>
  text
    .replace(/&\w+;/g, (r) => REFERENCES[r] ?? r)
    .replace(/``|''|[“”"]/g, '"')
    .replace(/\s+/g, ' ');
const original = evaluate(articles, 'suggester').summary;

describe('the suggester under other text layouts (news/tune)', () => {
  it.each(Object.keys(LAYOUTS))('%s: the labels move with their words, and the scores stay within 0.01', (name) => {
    const moved = articles.map((a) => inLayout(a, LAYOUTS[name]!));
    for (const [i, a] of moved.entries()) {
      for (const [k, q] of a.gold.quotes.entries()) expect(words(q.text)).toBe(words(articles[i]!.gold.quotes[k]!.text));
    }
    const { summary } = evaluate(moved, 'suggester');
    expect(summary.endToEnd.f1).toBeGreaterThan(original.endToEnd.f1 - 0.01);
    expect(summary.about.f1).toBeGreaterThan(original.about.f1 - 0.01);
    expect(summary.all.f1).toBeGreaterThan(original.all.f1 - 0.01);
  });
});
