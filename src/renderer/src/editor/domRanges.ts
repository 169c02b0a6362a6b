/**
 * The browser's selection ↔ article offsets, over the whole reader: the Lexical document and the
 * header lines drawn by React (kicker and title, whose runs carry `data-article-start`). The DOM
 * selection is read directly because the reader is not editable, so it is the browser's selection,
 * not Lexical's, that the analyst makes and sees.
 */
import { $getNearestNodeFromDOMNode, $isTextNode, type LexicalEditor } from 'lexical';
import { $textPointAt, $textStart, type ArticleRange } from './articleRanges';

/** Attribute on header runs holding where their text starts in the article. */
export const RUN_START_ATTRIBUTE = 'data-article-start';

function isArticleText(node: Node, container: HTMLElement): node is Text {
  if (node.nodeType !== Node.TEXT_NODE || !container.contains(node)) return false;
  const parent = node.parentElement;
  return !!parent && (parent.hasAttribute(RUN_START_ATTRIBUTE) || parent.hasAttribute('data-lexical-text'));
}

/** The first (or last) article text node at or after (before) `node` within `container`. */
function textNear(container: HTMLElement, node: Node, forward: boolean): Text | null {
  const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT, {
    acceptNode: (n) => (isArticleText(n, container) ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP),
  });
  walker.currentNode = node;
  if (isArticleText(node, container)) return node;
  if (forward) {
    // Descendants first (nextNode walks into them), then what follows.
    return walker.nextNode() as Text | null;
  }
  // previousNode from `node` skips its own descendants, so start from its last descendant.
  let last: Node = node;
  while (last.lastChild) last = last.lastChild;
  walker.currentNode = last;
  if (isArticleText(last, container)) return last as Text;
  return walker.previousNode() as Text | null;
}

/** A DOM point as a point on an article text node (element points move to the nearest text). */
function toTextPoint(container: HTMLElement, node: Node, offset: number): { text: Text; offset: number } | null {
  if (node.nodeType === Node.TEXT_NODE) return isArticleText(node, container) ? { text: node as Text, offset } : null;
  const child = node.childNodes[offset];
  const after = child ? textNear(container, child, true) : null;
  if (after) return { text: after, offset: 0 };
  const before = textNear(container, node.childNodes[offset - 1] ?? node, false);
  return before ? { text: before, offset: before.data.length } : null;
}

/** The article offset a DOM selection point stands for, or null outside the article's text. */
export function domPointOffset(editor: LexicalEditor, container: HTMLElement, node: Node, offset: number): number | null {
  const point = toTextPoint(container, node, offset);
  if (!point) return null;
  const run = point.text.parentElement?.closest(`[${RUN_START_ATTRIBUTE}]`);
  if (run && !run.closest('[data-lexical-editor]')) return Number(run.getAttribute(RUN_START_ATTRIBUTE)) + point.offset;
  return editor.read(() => {
    const lexical = $getNearestNodeFromDOMNode(point.text);
    if (!$isTextNode(lexical)) return null;
    const start = $textStart(lexical);
    return start === null ? null : start + point.offset;
  });
}

/** The article range the browser's selection covers inside `container`, whichever way it was made. */
export function domSelectionRange(editor: LexicalEditor, container: HTMLElement, selection: Selection | null): ArticleRange | null {
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const { anchorNode, focusNode } = selection;
  if (!anchorNode || !focusNode || !container.contains(anchorNode) || !container.contains(focusNode)) return null;
  const a = domPointOffset(editor, container, anchorNode, selection.anchorOffset);
  const f = domPointOffset(editor, container, focusNode, selection.focusOffset);
  if (a === null || f === null || a === f) return null;
  return { start: Math.min(a, f), end: Math.max(a, f) };
}

/** The DOM text node and offset showing article offset `at` ('after': prefer the node starting there). */
export function domPointAt(editor: LexicalEditor, container: HTMLElement, at: number, side: 'before' | 'after'): { node: Text; offset: number } | null {
  for (const run of container.querySelectorAll<HTMLElement>(`[${RUN_START_ATTRIBUTE}]`)) {
    if (run.closest('[data-lexical-editor]')) continue;
    const start = Number(run.getAttribute(RUN_START_ATTRIBUTE));
    const text = run.firstChild;
    if (!(text instanceof Text)) continue;
    const end = start + text.data.length;
    if (at >= start && at <= end && (side === 'before' ? at > start : at < end)) return { node: text, offset: at - start };
  }
  const point = editor.read(() => {
    const found = $textPointAt(at, side);
    return found ? { key: found.node.getKey(), offset: found.offset } : null;
  });
  const element = point ? editor.getElementByKey(point.key) : null;
  const text = element?.firstChild;
  return point && text instanceof Text ? { node: text, offset: Math.min(point.offset, text.data.length) } : null;
}

/** Shows `[start, end)` as the browser's selection; false when the range is not on screen. */
export function selectDomRange(editor: LexicalEditor, container: HTMLElement, range: ArticleRange): boolean {
  const from = domPointAt(editor, container, range.start, 'after');
  const to = domPointAt(editor, container, range.end, 'before');
  const selection = window.getSelection();
  if (!from || !to || !selection) return false;
  selection.setBaseAndExtent(from.node, from.offset, to.node, to.offset);
  return true;
}
