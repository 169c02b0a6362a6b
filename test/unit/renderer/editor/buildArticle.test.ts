import { describe, expect, it } from 'vitest';
import { createHeadlessEditor } from '@lexical/headless';
import { $isMarkNode, type MarkNode } from '@lexical/mark';
import { $isHeadingNode, $isQuoteNode } from '@lexical/rich-text';
import { $getRoot, $isElementNode, $isLineBreakNode, $isTextNode, type LexicalNode } from 'lexical';
import { $replaceWithArticle, $updateArticle, changedBlocks } from '../../../../src/renderer/src/editor/buildArticle';
import { $articleOffsetAt } from '../../../../src/renderer/src/editor/articleOffsets';
import { $selectArticleRange } from '../../../../src/renderer/src/editor/articleRanges';
import { $isListItemParagraphNode } from '../../../../src/renderer/src/editor/ListItemParagraphNode';
import { readerNodes } from '../../../../src/renderer/src/editor/readerExtension';
import { segmentBlocks, type Span } from '../../../../src/shared/text/segments';
import type { Block } from '../../../../src/shared/model';

function editorWith(text: string, blocks: Block[], spans: Span[]) {
  const editor = createHeadlessEditor({ nodes: readerNodes, onError: (e) => { throw e; } });
  const laidOut = segmentBlocks(text, blocks, spans);
  editor.update(() => $replaceWithArticle(text, laidOut), { discrete: true });
  return editor;
}

function allNodes(node: LexicalNode): LexicalNode[] {
  return [node, ...($isElementNode(node) ? node.getChildren().flatMap(allNodes) : [])];
}

describe('$replaceWithArticle', () => {
  const text = 'Heading\n\n“We are concerned,” she said.\n\nA quoted block\n\nAn item\nsecond line';
  const blocks: Block[] = [
    { kind: 'heading', start: 0, end: 7 },
    { kind: 'paragraph', start: 9, end: 38 },
    { kind: 'blockquote', start: 40, end: 54 },
    { kind: 'listItem', start: 56, end: 75 },
  ];

  it('builds one block node per block, of the right kind', () => {
    const editor = editorWith(text, blocks, []);
    editor.read(() => {
      const children = $getRoot().getChildren();
      expect(children).toHaveLength(4);
      expect($isHeadingNode(children[0]!) && children[0].getTag()).toBe('h2');
      expect(children[1]!.getType()).toBe('paragraph');
      expect($isQuoteNode(children[2]!)).toBe(true);
      expect($isListItemParagraphNode(children[3]!)).toBe(true);
      expect(children.map((c) => c.getTextContent())).toEqual(blocks.map((b) => text.slice(b.start, b.end)));
    });
  });

  it('keeps single newlines as line breaks, with offsets of each text node', () => {
    const editor = editorWith(text, blocks, []);
    editor.read(() => {
      const item = $getRoot().getChildren()[3]!;
      const nodes = allNodes(item).slice(1);
      expect(nodes.map((n) => ($isLineBreakNode(n) ? 'BR' : n.getTextContent()))).toEqual(['An item', 'BR', 'second line']);
      expect($articleOffsetAt(nodes[2]!, 3)).toBe(64 + 3);
    });
  });

  it('wraps quoted runs in marks and splits overlapping quotes', () => {
    const editor = editorWith(text, blocks, [
      { id: 'q1', start: 9, end: 27 },
      { id: 'q2', start: 20, end: 38 },
    ]);
    editor.read(() => {
      const paragraph = $getRoot().getChildren()[1]!;
      const marks = allNodes(paragraph).filter($isMarkNode) as MarkNode[];
      expect(marks.map((m) => [m.getIDs(), m.getTextContent()])).toEqual([
        [['q1'], '“We are con'],
        [['q1', 'q2'], 'cerned,'],
        [['q2'], '” she said.'],
      ]);
      expect(marks.every((m) => m.getChildren().every($isTextNode))).toBe(true);
    });
  });

  it('shows one empty paragraph for an empty article', () => {
    const editor = editorWith('', [], []);
    editor.read(() => {
      expect($getRoot().getChildrenSize()).toBe(1);
      expect($getRoot().getTextContent()).toBe('');
    });
  });

  // How fast this is belongs to the benchmark (`npm run bench -- readerOpen`, in Chromium).
  it('builds a 10,000-word article with 300 overlapping quotes, every quote marked', () => {
    const words = Array.from({ length: 10_000 }, (_, i) => `word${i % 97}`);
    const paragraphs: string[] = [];
    for (let i = 0; i < words.length; i += 80) paragraphs.push(words.slice(i, i + 80).join(' '));
    const longText = paragraphs.join('\n\n');
    const longBlocks: Block[] = [];
    let at = 0;
    for (const p of paragraphs) {
      longBlocks.push({ kind: 'paragraph', start: at, end: at + p.length });
      at += p.length + 2;
    }
    const spans = Array.from({ length: 300 }, (_, i) => {
      const start = Math.floor((i * longText.length) / 300);
      return { id: `q${i}`, start, end: start + 120 + (i % 5) * 200 };
    });
    const editor = editorWith(longText, longBlocks, spans);
    editor.read(() => {
      const root = $getRoot();
      expect(root.getChildrenSize()).toBe(paragraphs.length);
      expect(root.getChildren().map((c) => c.getTextContent())).toEqual(paragraphs);
      const marked = new Set((allNodes(root).filter($isMarkNode) as MarkNode[]).flatMap((m) => m.getIDs()));
      expect(marked.size).toBe(300);
    });
  });
});

describe('$updateArticle', () => {
  const text = 'First “one,” she said.\n\nSecond “two,” he said.\n\nThird “three,” they said.';
  const blocks: Block[] = [
    { kind: 'paragraph', start: 0, end: 22 },
    { kind: 'paragraph', start: 24, end: 46 },
    { kind: 'paragraph', start: 48, end: 73 },
  ];
  const shown = (editor: ReturnType<typeof editorWith>) =>
    editor.read(() => $getRoot().getChildren().map((block) => ($isElementNode(block) ? block.getChildren().map((n) => ($isMarkNode(n) ? `[${n.getTextContent()}|${(n as MarkNode).getIDs().join(',')}]` : n.getTextContent())).join('') : '')));

  it('rebuilds only the block whose quotes changed, and the document equals a fresh build', () => {
    const before = segmentBlocks(text, blocks, [{ id: 'a', start: 6, end: 11 }]);
    const after = segmentBlocks(text, blocks, [{ id: 'a', start: 6, end: 11 }, { id: 'b', start: 32, end: 35 }]);
    expect(changedBlocks(before, after)).toEqual([1]);
    const editor = createHeadlessEditor({ nodes: readerNodes, onError: (e) => { throw e; } });
    editor.update(() => $replaceWithArticle(text, before), { discrete: true });
    const keys = () => editor.read(() => $getRoot().getChildren().map((c) => c.getKey()));
    const [first, second, third] = keys();
    editor.update(() => $updateArticle(text, before, after), { discrete: true });
    const now = keys();
    expect(now[0]).toBe(first);
    expect(now[1]).not.toBe(second);
    expect(now[2]).toBe(third);
    expect(shown(editor)).toEqual(shown(editorWith(text, blocks, [{ id: 'a', start: 6, end: 11 }, { id: 'b', start: 32, end: 35 }])));
    expect(shown(editor)[1]).toBe('Second “[two|b],” he said.');
    // The rebuilt block's text still knows where it sits in the article.
    editor.read(() => {
      const mark = ($getRoot().getChildren()[1] as MarkNode).getChildren()[1] as MarkNode;
      expect($articleOffsetAt(mark.getFirstChild()!, 0)).toBe(32);
    });
  });

  it('lets go of a selection inside a rebuilt block (the words just quoted) instead of failing', () => {
    const before = segmentBlocks(text, blocks, []);
    const after = segmentBlocks(text, blocks, [{ id: 'b', start: 32, end: 35 }]);
    const editor = createHeadlessEditor({ nodes: readerNodes, onError: (e) => { throw e; } });
    editor.update(() => $replaceWithArticle(text, before), { discrete: true });
    editor.update(() => $selectArticleRange(32, 35), { discrete: true });
    expect(() => editor.update(() => $updateArticle(text, before, after), { discrete: true })).not.toThrow();
    expect(shown(editor)[1]).toBe('Second “[two|b],” he said.');
  });

  it('rebuilds everything when the blocks themselves differ (another article or layout)', () => {
    const laidOut = segmentBlocks(text, blocks, []);
    expect(changedBlocks(laidOut, laidOut.slice(1))).toBeNull();
    expect(changedBlocks(laidOut, segmentBlocks(text, [{ kind: 'heading', start: 0, end: 22 }, ...blocks.slice(1)], []))).toBeNull();
    expect(changedBlocks(laidOut, segmentBlocks(text, blocks, []))).toEqual([]);
  });
});
