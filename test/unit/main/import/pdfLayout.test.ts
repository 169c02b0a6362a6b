import { describe, expect, it } from 'vitest';
import { layoutPdf, pageLines, type PdfRun } from '../../../../src/main/import/pdfLayout';

const run = (str: string, x: number, y: number, size = 11, hasEOL = false): PdfRun => ({ str, transform: [size, 0, 0, size, x, y], width: str.length * size * 0.5, height: size, hasEOL });

/** A page: each entry is one line of text at a y position. */
const page = (lines: [string, number, number?, number?][], number = 1) => pageLines(lines.map(([text, y, size, x]) => run(text, x ?? 72, y, size, true)), number);

const texts = (pages: ReturnType<typeof page>[]) => {
  const { text, blocks } = layoutPdf(pages);
  return blocks.map((b) => [b.kind, text.slice(b.start, b.end)]);
};

describe('PDF layout', () => {
  it('joins wrapped lines, splits paragraphs at larger gaps and marks bigger type as headings', () => {
    expect(texts([page([['Big headline', 720, 20], ['First line of the', 690], ['paragraph goes on.', 676], ['A second para-', 650], ['graph here.', 636]])])).toEqual([
      ['heading', 'Big headline'],
      ['paragraph', 'First line of the paragraph goes on.'],
      ['paragraph', 'A second paragraph here.'],
    ]);
  });

  it('starts a paragraph at a first-line indent even without a gap', () => {
    expect(texts([page([['One sentence ends.', 700], ['Indented new one', 686, 11, 96], ['continues here.', 672], ['More text here.', 658]])]).map(([, t]) => t)).toEqual([
      'One sentence ends.',
      'Indented new one continues here. More text here.',
    ]);
  });

  it('drops page numbers and running headers, and carries a sentence across a page break', () => {
    const pages = [1, 2, 3].map((n) =>
      page(
        [
          ['The Daily Report', 760],
          [n === 1 ? 'Start of a sentence that' : n === 2 ? 'continues on the next page.' : 'Last page text.', 700],
          [String(n), 40],
        ],
        n,
      ),
    );
    expect(texts(pages).map(([, t]) => t)).toEqual(['Start of a sentence that continues on the next page.', 'Last page text.']);
  });

  it('puts a space between runs that stand apart and none inside a word', () => {
    const lines = pageLines([run('Hello', 72, 700), run('world', 110, 700), run('!', 137.5, 700, 11, true)], 1);
    expect(lines[0]!.text).toBe('Hello world!');
  });
});
