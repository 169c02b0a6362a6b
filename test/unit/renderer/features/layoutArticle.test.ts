import { describe, expect, it } from 'vitest';
import { layoutArticle } from '../../../../src/renderer/src/features/reader/layoutArticle';
import type { Block, Quote } from '../../../../src/shared/model';

const text = 'Policy\n\nNATO worried about China\n\nFirst paragraph says “hello”.\n\nSecond.';
const blocks: Block[] = [
  { kind: 'heading', start: 0, end: 6 },
  { kind: 'heading', start: 8, end: 32 },
  { kind: 'paragraph', start: 34, end: 62 },
  { kind: 'paragraph', start: 64, end: 71 },
];
const quote = (id: string, start: number, end: number) => ({ id, target: { start, end } }) as Pick<Quote, 'id' | 'target'>;
const article = { text, blocks, title: 'NATO worried about  china', section: 'POLICY' };

describe('layoutArticle', () => {
  it('takes leading section and title blocks out of the body', () => {
    const layout = layoutArticle(article, []);
    expect(layout.section?.start).toBe(0);
    expect(layout.title?.start).toBe(8);
    expect(layout.body.map((b) => b.start)).toEqual([34, 64]);
  });

  it('keeps the quote runs of a headline so the header can highlight them', () => {
    const layout = layoutArticle(article, [quote('q1', 13, 20)]);
    expect(layout.title?.runs.map((r) => r.ids)).toEqual([[], ['q1'], []]);
  });

  it('marks only the pieces of a quote in pieces, under one id, not the attribution between', () => {
    const said = '“Yes,” she said. “No.”';
    const pieces = [{ start: 1, end: 5 }, { start: 18, end: 21 }];
    const layout = layoutArticle({ text: said, blocks: [{ kind: 'paragraph', start: 0, end: said.length }], title: '', section: '' }, [
      { id: 'q1', target: { exact: said.slice(1, 21), prefix: '“', suffix: '”', start: 1, end: 21, pieces } },
    ]);
    const marked = layout.body[0]!.runs.filter((r) => r.ids.length).map((r) => said.slice(r.start, r.end));
    expect(marked).toEqual(['Yes,', 'No.']);
    expect(layout.body[0]!.runs.filter((r) => r.ids.length).every((r) => r.ids[0] === 'q1')).toBe(true);
  });

  it('leaves the body alone when the first block is neither section nor title', () => {
    const layout = layoutArticle({ ...article, title: 'Something else', section: '' }, []);
    expect(layout.title).toBeNull();
    expect(layout.section).toBeNull();
    expect(layout.body).toHaveLength(4);
  });

  it('only looks at the top: a later paragraph equal to the title stays', () => {
    const layout = layoutArticle({ ...article, section: 'Other' }, []);
    expect(layout.section).toBeNull();
    expect(layout.body[0]!.start).toBe(0);
  });

  it('falls back to blank-line paragraphs when the article has no blocks', () => {
    const layout = layoutArticle({ ...article, blocks: [], title: '', section: '' }, []);
    expect(layout.body.map((b) => text.slice(b.start, b.end))).toEqual(['Policy', 'NATO worried about China', 'First paragraph says “hello”.', 'Second.']);
  });
});
