/**
 * The issue 14 news labels are read by offsets (UTF-16 code units, as JavaScript counts them):
 * every quote, every piece of a quote in pieces and every non-quote must be exactly the text its
 * offsets give, and every name a label uses must be one of its article's actors. Read straight
 * from the files, so nothing on the way can move a wrong offset to where the text happens to be.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const news = resolve(__dirname, '../../fixtures/suggest/news');

interface Range {
  text: string;
  start: number;
  end: number;
}
interface Label extends Range {
  kind: string;
  speaker: string | null;
  speaker_kind: string | null;
  ranges?: Range[];
  about: string[];
}
interface Gold {
  article: string;
  actors: { name: string; kind: string; subkind?: string; aliases: string[] }[];
  quotes: Label[];
  not_quotes: (Range & { cause: string })[];
}

const KINDS = ['direct', 'indirect', 'stance'];
const SPEAKER_KINDS = ['person', 'organisation', 'state', 'group', 'document', 'unnamed', 'other'];

/** Every way a label's offsets can disagree with its article, as readable lines. */
export function labelProblems(text: string, gold: Gold): string[] {
  const problems: string[] = [];
  const check = (what: string, r: Range) => {
    if (!Number.isInteger(r.start) || !Number.isInteger(r.end) || r.start < 0 || r.end > text.length || r.start >= r.end) problems.push(`${what} "${r.text}" has offsets ${r.start}–${r.end} outside the article`);
    else if (text.slice(r.start, r.end) !== r.text) problems.push(`${what} "${r.text}" reads "${text.slice(r.start, r.end)}" at ${r.start}–${r.end}`);
  };
  const actors = new Map(gold.actors.map((a) => [a.name, a]));
  for (const q of gold.quotes) {
    check('quote', q);
    if (!KINDS.includes(q.kind)) problems.push(`quote "${q.text}" has kind ${q.kind}`);
    if (q.ranges) {
      if (q.ranges.length < 2) problems.push(`quote "${q.text}" has ranges but only one piece`);
      q.ranges.forEach((r, i) => {
        check('piece', r);
        if (i > 0 && r.start < q.ranges![i - 1]!.end) problems.push(`piece "${r.text}" overlaps the piece before it`);
      });
      if (q.ranges[0]!.start !== q.start || q.ranges[q.ranges.length - 1]!.end !== q.end) problems.push(`quote "${q.text}" does not run from its first piece to its last`);
    }
    if (q.speaker !== null && !SPEAKER_KINDS.includes(q.speaker_kind ?? '')) problems.push(`quote "${q.text}" has speaker kind ${q.speaker_kind}`);
    const actor = q.speaker === null ? undefined : actors.get(q.speaker);
    if (actor && q.speaker_kind !== (actor.subkind ?? actor.kind)) problems.push(`quote "${q.text}": speaker ${q.speaker} is a ${actor.subkind ?? actor.kind}, labelled ${q.speaker_kind}`);
    if (!actor && q.speaker !== null && q.speaker_kind !== 'unnamed') problems.push(`quote "${q.text}": speaker ${q.speaker} is not among the actors`);
    for (const name of q.about) if (!actors.has(name)) problems.push(`quote "${q.text}" is about ${name}, who is not among the actors`);
  }
  for (const n of gold.not_quotes) check('non-quote', n);
  return problems;
}

const articles = readdirSync(news).flatMap((split) =>
  readdirSync(join(news, split))
    .filter((f) => f.endsWith('.gold.json'))
    .map((f) => {
      const gold = JSON.parse(readFileSync(join(news, split, f), 'utf8')) as Gold;
      return { name: `${split}/${f}`, gold, text: readFileSync(join(news, split, gold.article), 'utf8') };
    }),
);

describe('issue 14 news labels', () => {
  it('has at least 24 labelled articles, at least 20 of them in held-out splits', () => {
    expect(articles.length).toBeGreaterThanOrEqual(24);
    expect(articles.filter((a) => a.name.startsWith('heldout')).length).toBeGreaterThanOrEqual(20);
  });

  it.each(articles.map((a) => [a.name, a] as const))('%s: every label is exactly the text its offsets give', (_name, a) => {
    expect(labelProblems(a.text, a.gold)).toEqual([]);
  });

  it('catches a label shifted by one code unit and a piece that reads other text', () => {
    // A label in one piece, so the shift is one problem (a shifted label in pieces also stops running from its first piece).
    const a = articles.find((x) => x.gold.quotes.some((q) => q.ranges) && x.gold.quotes.some((q) => !q.ranges))!;
    const shifted = structuredClone(a.gold);
    const whole = shifted.quotes.find((q) => !q.ranges)!;
    whole.start += 1;
    whole.end += 1;
    expect(labelProblems(a.text, shifted)).toHaveLength(1);
    const piece = structuredClone(a.gold);
    const split = piece.quotes.find((q) => q.ranges)!;
    split.ranges![1]!.text = `${split.ranges![1]!.text} `;
    expect(labelProblems(a.text, piece)[0]).toMatch(/^piece /);
  });

  it('counts offsets in UTF-16 code units: past an emoji, a label starts later than its count of characters', () => {
    const withEmoji = articles.filter((a) => /\p{Extended_Pictographic}/u.test(a.text));
    expect(withEmoji.length).toBeGreaterThan(0);
    for (const a of withEmoji) {
      const emoji = a.text.search(/\p{Extended_Pictographic}/u);
      const after = a.gold.quotes.filter((q) => q.start > emoji);
      expect(after.length).toBeGreaterThan(0);
      for (const q of after) expect([...a.text.slice(0, q.start)].length).toBeLessThan(q.start);
    }
  });
});
