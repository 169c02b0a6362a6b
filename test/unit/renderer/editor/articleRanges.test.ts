/**
 * The mark/selector round trip: a selection in the reader (forward or backward, on text or on
 * block boundaries) → article offsets → snapped → W3C selectors → re-anchored → marks in the
 * document → read back as the same offsets. Includes overlapping quotes and text edited right at
 * a mark's edges (a re-import).
 */
import { describe, expect, it } from 'vitest';
import { createHeadlessEditor } from '@lexical/headless';
import { $createRangeSelection, $getRoot, $getSelection, $setSelection, type LexicalEditor } from 'lexical';
import { $markSpans, $selectArticleRange, $selectionRange } from '../../../../src/renderer/src/editor/articleRanges';
import { $replaceWithArticle } from '../../../../src/renderer/src/editor/buildArticle';
import { readerNodes } from '../../../../src/renderer/src/editor/readerExtension';
import { anchorTargets } from '../../../../src/shared/anchoring/reanchor';
import { describeRange } from '../../../../src/shared/anchoring/selectors';
import { snapToWords } from '../../../../src/shared/anchoring/snap';
import type { Block, TextTarget } from '../../../../src/shared/model';
import { plainTextBlocks } from '../../../../src/shared/text/plainTextBlocks';
import { segmentBlocks } from '../../../../src/shared/text/segments';

const text = [
  'NATO Secretary-General Jens Stoltenberg said on Tuesday that the alliance is “increasingly concerned”.',
  '“We are also increasingly concerned that China may be planning to provide lethal support for Russia’s war,” Stoltenberg said. “Putin must not win. That would show that aggression works and force is rewarded.”',
  '“So we must sustain and step up our support for Ukraine,” Stoltenberg added.',
].join('\n\n');

function reader(body: string, quotes: { id: string; target: TextTarget }[]): LexicalEditor {
  const editor = createHeadlessEditor({ nodes: readerNodes, onError: (e) => { throw e; } });
  const blocks: Block[] = plainTextBlocks(body);
  const spans = quotes.map((q) => ({ id: q.id, start: q.target.start, end: q.target.end }));
  editor.update(() => $replaceWithArticle(body, segmentBlocks(body, blocks, spans)), { discrete: true });
  return editor;
}

/** What the analyst's selection of `[start, end)` becomes (forward or backward), as the reader reads it. */
function selectionOffsets(editor: LexicalEditor, start: number, end: number, backward: boolean) {
  let range: ReturnType<typeof $selectionRange> = null;
  editor.update(
    () => {
      $selectArticleRange(start, end, backward);
      const selection = $getSelection();
      expect(selection && 'isBackward' in selection && selection.isBackward()).toBe(backward);
      range = $selectionRange(selection);
    },
    { discrete: true },
  );
  return range as ReturnType<typeof $selectionRange>;
}

const spansOf = (editor: LexicalEditor) => editor.read(() => $markSpans().sort((a, b) => a.id.localeCompare(b.id)));
const at = (words: string) => ({ start: text.indexOf(words), end: text.indexOf(words) + words.length });

describe('selection → selectors → marks → offsets', () => {
  it.each([
    ['forward', false],
    ['backward', true],
  ])('a %s selection round-trips through selectors and marks', (_way, backward) => {
    const plain = reader(text, []);
    // The analyst drags from the opening quotation mark to the space after the full stop.
    const rough = { start: text.indexOf('“Putin'), end: text.indexOf('win. ') + 5 };
    const selected = selectionOffsets(plain, rough.start, rough.end, backward)!;
    expect(selected).toEqual(rough);
    const snapped = snapToWords(text, selected.start, selected.end)!;
    expect(text.slice(snapped.start, snapped.end)).toBe('Putin must not win.');

    const target = describeRange(text, snapped.start, snapped.end);
    const marked = reader(text, [{ id: 'q1', target }]);
    expect(spansOf(marked)).toEqual([{ id: 'q1', ...at('Putin must not win.') }]);
    // Selecting the highlight again gives back exactly the quote.
    expect(selectionOffsets(marked, target.start, target.end, backward)).toEqual(at('Putin must not win.'));
  });

  it('keeps overlapping quotes apart as split marks and reads both back', () => {
    const a = describeRange(text, at('That would show that aggression works').start, at('That would show that aggression works').end);
    const b = describeRange(text, at('aggression works and force is rewarded.').start, at('aggression works and force is rewarded.').end);
    const editor = reader(text, [{ id: 'a', target: a }, { id: 'b', target: b }]);
    expect(spansOf(editor)).toEqual([
      { id: 'a', start: a.start, end: a.end },
      { id: 'b', start: b.start, end: b.end },
    ]);
    // A selection that starts inside one mark and ends inside the other maps to plain offsets.
    expect(selectionOffsets(editor, a.start + 5, b.end - 3, true)).toEqual({ start: a.start + 5, end: b.end - 3 });
  });

  it('reads a quote that crosses a paragraph break as one span', () => {
    const across = { start: text.indexOf('concerned”.'), end: text.indexOf('We are also') + 'We are also'.length };
    const editor = reader(text, [{ id: 'x', target: describeRange(text, across.start, across.end) }]);
    expect(spansOf(editor)).toEqual([{ id: 'x', ...across }]);
  });

  it('maps a selection made on block boundaries (element points) to the text around them', () => {
    const editor = reader(text, []);
    let range: ReturnType<typeof $selectionRange> = null;
    editor.update(
      () => {
        const [first, second] = $getRoot().getChildren();
        const selection = $createRangeSelection();
        // A triple click: from the start of the first paragraph to the start of the second.
        selection.anchor.set(first!.getKey(), 0, 'element');
        selection.focus.set(second!.getKey(), 0, 'element');
        $setSelection(selection);
        range = $selectionRange(selection);
      },
      { discrete: true },
    );
    const second = text.indexOf('“We are also');
    expect(range).toEqual({ start: 0, end: second });
    const snapped = snapToWords(text, range!.start, range!.end)!;
    expect(text.slice(snapped.start, snapped.end)).toBe(text.slice(0, text.indexOf('\n')));
  });

  describe('after a re-import that edits text right at a mark’s edges', () => {
    const quote = at('Putin must not win.');
    const target = describeRange(text, quote.start, quote.end);
    it.each([
      ['a word inserted just before the mark', text.replace('“Putin', '“Indeed, Putin'), 'Putin must not win.', 'exact'],
      ['a word inserted just after the mark', text.replace('win. That', 'win. Truly. That'), 'Putin must not win.', 'exact'],
      ['the closing character of the mark changed', text.replace('not win.', 'not win!'), 'Putin must not win!', 'fuzzy'],
      ['the first character of the mark removed', text.replace('“Putin', '“utin'), 'utin must not win.', 'fuzzy'],
      ['the quotation mark before it removed', text.replace('“Putin', 'Putin'), 'Putin must not win.', 'exact'],
    ])('%s: the new marks show the quote where its words now are', (_edit, edited, words, status) => {
      const [placed] = anchorTargets(edited, [target]);
      expect(placed!.status).toBe(status);
      const editor = reader(edited, [{ id: 'q', target: describeRange(edited, placed!.start, placed!.end) }]);
      const [span] = spansOf(editor);
      expect(edited.slice(span!.start, span!.end)).toBe(words);
    });
  });
});
