import { describe, expect, it } from 'vitest';
import { segmentBlocks, segmentRange, type Run, type Span } from '../../../../src/shared/text/segments';

const span = (id: string, start: number, end: number): Span => ({ id, start, end });
/** Runs as compact `start-end:ids` strings, so cases read like the text they describe. */
const show = (runs: Run[]) => runs.map((r) => `${r.start}-${r.end}:${r.ids.join('+')}`);

describe('segmentRange', () => {
  const cases: { name: string; length: number; spans: Span[]; expected: string[] }[] = [
    { name: 'empty text', length: 0, spans: [span('a', 0, 3)], expected: [] },
    { name: 'no quotes', length: 10, spans: [], expected: ['0-10:'] },
    { name: 'one quote in the middle', length: 10, spans: [span('a', 2, 5)], expected: ['0-2:', '2-5:a', '5-10:'] },
    { name: 'quote covering everything', length: 4, spans: [span('a', 0, 4)], expected: ['0-4:a'] },
    {
      name: 'two separate quotes',
      length: 10,
      spans: [span('b', 6, 8), span('a', 1, 3)],
      expected: ['0-1:', '1-3:a', '3-6:', '6-8:b', '8-10:'],
    },
    { name: 'adjacent quotes stay apart', length: 6, spans: [span('a', 0, 3), span('b', 3, 6)], expected: ['0-3:a', '3-6:b'] },
    {
      name: 'overlap splits into three runs',
      length: 10,
      spans: [span('a', 0, 6), span('b', 4, 10)],
      expected: ['0-4:a', '4-6:a+b', '6-10:b'],
    },
    {
      name: 'nested quote',
      length: 10,
      spans: [span('inner', 3, 5), span('outer', 1, 8)],
      expected: ['0-1:', '1-3:outer', '3-5:outer+inner', '5-8:outer', '8-10:'],
    },
    {
      name: 'identical ranges share one run, ordered by id',
      length: 5,
      spans: [span('b', 1, 4), span('a', 1, 4)],
      expected: ['0-1:', '1-4:a+b', '4-5:'],
    },
    { name: 'same id twice stays one mark', length: 8, spans: [span('a', 0, 5), span('a', 3, 8)], expected: ['0-8:a'] },
    {
      name: 'spans past the end are clipped, empty and reversed ones ignored',
      length: 5,
      spans: [span('a', 3, 99), span('e', 2, 2), span('r', 4, 1), span('n', -4, 1)],
      expected: ['0-1:n', '1-3:', '3-5:a'],
    },
  ];
  for (const c of cases) {
    it(c.name, () => expect(show(segmentRange(c.length, c.spans))).toEqual(c.expected));
  }

  it('tiles the range without gaps for many random quotes', () => {
    let seed = 7;
    const random = (n: number) => ((seed = (seed * 48271) % 2147483647) % n);
    const spans = Array.from({ length: 300 }, (_, i) => {
      const start = random(5000);
      return span(`q${i}`, start, start + 1 + random(200));
    });
    const runs = segmentRange(5000, spans);
    expect(runs[0]!.start).toBe(0);
    expect(runs.at(-1)!.end).toBe(5000);
    runs.forEach((run, i) => i > 0 && expect(run.start).toBe(runs[i - 1]!.end));
    for (const s of spans.slice(0, 20)) {
      const covering = runs.filter((r) => r.ids.includes(s.id));
      expect(covering[0]!.start).toBe(s.start);
      expect(covering.at(-1)!.end).toBe(Math.min(s.end, 5000));
    }
  });
});

describe('segmentBlocks', () => {
  const text = 'Title\n\nFirst para.\n\nSecond para.';
  //            0    5  7          18 20          32
  const blocks = [
    { kind: 'heading' as const, start: 0, end: 5 },
    { kind: 'paragraph' as const, start: 7, end: 18 },
    { kind: 'paragraph' as const, start: 20, end: 32 },
  ];

  it('gives each block one plain run when there are no quotes', () => {
    expect(segmentBlocks(text, blocks, []).map((b) => show(b.runs))).toEqual([['0-5:'], ['7-18:'], ['20-32:']]);
  });

  it('splits a quote that crosses a block boundary into one run per block', () => {
    const result = segmentBlocks(text, blocks, [span('q', 13, 26)]);
    expect(result.map((b) => show(b.runs))).toEqual([['0-5:'], ['7-13:', '13-18:q'], ['20-26:q', '26-32:']]);
  });

  it('keeps block kinds and orders blocks by position, dropping empty ones', () => {
    const shuffled = [blocks[2]!, { kind: 'listItem' as const, start: 6, end: 6 }, blocks[0]!, blocks[1]!];
    expect(segmentBlocks(text, shuffled, []).map((b) => b.kind)).toEqual(['heading', 'paragraph', 'paragraph']);
  });

  it('clips blocks to the text', () => {
    const result = segmentBlocks('abc', [{ kind: 'paragraph', start: 1, end: 10 }], [span('q', 0, 2)]);
    expect(result.map((b) => show(b.runs))).toEqual([['1-2:q', '2-3:']]);
  });

  it('returns nothing for an empty article', () => {
    expect(segmentBlocks('', [], [])).toEqual([]);
  });
});
