/**
 * Between the reader's document and the article's text: a selection (forward or backward, on text
 * or on block boundaries) becomes a `[start, end)` range of the article, an article range becomes
 * a selection, and the marks in the document can be read back as the quote ranges they show.
 * Every text node carries its article offset (articleOffsets.ts), so none of this re-derives the
 * layout. Call these inside `editor.read` / `editor.update`.
 */
import { $isMarkNode } from '@lexical/mark';
import {
  $createRangeSelection,
  $getNodeByKey,
  $getRoot,
  $getState,
  $isElementNode,
  $isTextNode,
  $setSelection,
  type BaseSelection,
  type LexicalNode,
  type RangeSelection,
  type TextNode,
} from 'lexical';
import type { Span } from '../../../shared/text/segments';
import { articleOffsetState } from './articleOffsets';

/** A `[start, end)` range of the article's text. */
export interface ArticleRange {
  start: number;
  end: number;
}

/** Where a text node's text starts in the article, or null for text that is not the article's. */
export function $textStart(node: TextNode): number | null {
  const start = $getState(node, articleOffsetState);
  return start < 0 ? null : start;
}

function $firstText(node: LexicalNode | null | undefined): TextNode | null {
  if (!node) return null;
  if ($isTextNode(node)) return $textStart(node) === null ? null : node;
  if (!$isElementNode(node)) return null;
  for (const child of node.getChildren()) {
    const found = $firstText(child);
    if (found) return found;
  }
  return null;
}

function $lastText(node: LexicalNode | null | undefined): TextNode | null {
  if (!node) return null;
  if ($isTextNode(node)) return $textStart(node) === null ? null : node;
  if (!$isElementNode(node)) return null;
  const children = node.getChildren();
  for (let i = children.length - 1; i >= 0; i--) {
    const found = $lastText(children[i]);
    if (found) return found;
  }
  return null;
}

/** The first article text at or after `node` in document order. */
function $nextText(node: LexicalNode): TextNode | null {
  const own = $firstText(node);
  if (own) return own;
  for (let current: LexicalNode | null = node; current; current = current.getParent()) {
    for (let sibling = current.getNextSibling(); sibling; sibling = sibling.getNextSibling()) {
      const found = $firstText(sibling);
      if (found) return found;
    }
  }
  return null;
}

/** The last article text before `node` in document order. */
function $previousText(node: LexicalNode): TextNode | null {
  for (let current: LexicalNode | null = node; current; current = current.getParent()) {
    for (let sibling = current.getPreviousSibling(); sibling; sibling = sibling.getPreviousSibling()) {
      const found = $lastText(sibling);
      if (found) return found;
    }
  }
  return null;
}

/**
 * The article offset of a selection point. A point on an element (between its children, as a
 * triple click or a drag across paragraphs makes) becomes the start of the text from that child
 * on, or — at the element's end — the end of the text before it.
 */
export function $pointOffset(point: { key: string; offset: number; type: 'text' | 'element' }): number | null {
  const node = $getNodeByKey(point.key);
  if (!node) return null;
  if (point.type === 'text' && $isTextNode(node)) {
    const start = $textStart(node);
    return start === null ? null : start + point.offset;
  }
  if (!$isElementNode(node)) return null;
  const children = node.getChildren();
  const after = children[point.offset];
  // Before a child: where the text from that child on starts; at the end: where the text before it ends.
  const next = after ? $nextText(after) : null;
  if (next) return $textStart(next);
  const before = (point.offset > 0 ? $lastText(children[point.offset - 1]) : null) ?? $previousText(after ?? node);
  return before ? $textStart(before)! + before.getTextContentSize() : null;
}

/** The article range a selection covers, whichever way it was made; null when collapsed or outside. */
export function $selectionRange(selection: BaseSelection | null): ArticleRange | null {
  if (!selection || !('anchor' in selection)) return null;
  const range = selection as RangeSelection;
  const a = $pointOffset(range.anchor);
  const f = $pointOffset(range.focus);
  if (a === null || f === null || a === f) return null;
  return { start: Math.min(a, f), end: Math.max(a, f) };
}

/** Every article text node in document order, with where it starts. */
export function $articleTextNodes(): { node: TextNode; start: number }[] {
  const nodes: { node: TextNode; start: number }[] = [];
  for (const node of $getRoot().getAllTextNodes()) {
    const start = $textStart(node);
    if (start !== null) nodes.push({ node, start });
  }
  return nodes;
}

/**
 * The text node and offset holding article offset `at`. At a boundary between two nodes, `side`
 * says which one: 'after' for a range's start, 'before' for its end.
 */
export function $textPointAt(at: number, side: 'before' | 'after'): { node: TextNode; offset: number } | null {
  const nodes = $articleTextNodes();
  let best: { node: TextNode; offset: number } | null = null;
  for (const { node, start } of nodes) {
    const end = start + node.getTextContentSize();
    if (at < start || at > end) continue;
    best = { node, offset: at - start };
    if (side === 'before' ? at > start : at < end) return best;
  }
  return best;
}

/** Selects `[start, end)` of the article in the document (forward, or backward when asked). */
export function $selectArticleRange(start: number, end: number, backward = false): RangeSelection | null {
  const from = $textPointAt(start, 'after');
  const to = $textPointAt(end, 'before');
  if (!from || !to) return null;
  const selection = $createRangeSelection();
  const [anchor, focus] = backward ? [to, from] : [from, to];
  selection.anchor.set(anchor.node.getKey(), anchor.offset, 'text');
  selection.focus.set(focus.node.getKey(), focus.offset, 'text');
  $setSelection(selection);
  return selection;
}

/** The quote ranges the marks in the document show, one span per quote id, in document order. */
export function $markSpans(): Span[] {
  const spans = new Map<string, Span>();
  const visit = (node: LexicalNode) => {
    if ($isMarkNode(node)) {
      const first = $firstText(node);
      const last = $lastText(node);
      if (first && last) {
        const start = $textStart(first)!;
        const end = $textStart(last)! + last.getTextContentSize();
        for (const id of node.getIDs()) {
          const span = spans.get(id);
          if (span) span.end = Math.max(span.end, end);
          else spans.set(id, { id, start, end });
        }
      }
    }
    if ($isElementNode(node)) for (const child of node.getChildren()) visit(child);
  };
  visit($getRoot());
  return [...spans.values()];
}
