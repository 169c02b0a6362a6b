/**
 * Answers reveal requests (a search hit opened) for the article on screen: scrolls to the first
 * of the hit's words at or after its offset and marks it with a CSS highlight (no DOM change, so
 * the reader's own marks stay as they are).
 */
import type { LexicalEditor } from 'lexical';
import { useEffect } from 'react';
import { domPointAt } from '../../editor/domRanges';
import { onRevealRequest, takeReveal, type RevealRequest } from '../../workbench/revealRequests';

const HIGHLIGHT = 'search-hit';

/** Where the first of `words` starts at or after `at` (case-insensitive), as an article range. */
export function findWords(text: string, request: RevealRequest): { start: number; end: number } {
  const lower = text.toLocaleLowerCase();
  let best: { start: number; end: number } | null = null;
  for (const word of request.words) {
    const start = lower.indexOf(word.toLocaleLowerCase(), request.at);
    if (start >= 0 && (!best || start < best.start)) best = { start, end: start + word.length };
  }
  return best ?? { start: request.at, end: request.at };
}

function show(editor: LexicalEditor, column: HTMLElement, text: string, request: RevealRequest): boolean {
  const range = findWords(text, request);
  const from = domPointAt(editor, column, range.start, 'after');
  const to = domPointAt(editor, column, range.end, 'before');
  if (!from) return false;
  from.node.parentElement?.scrollIntoView({ block: 'center' });
  const highlights = (globalThis.CSS as unknown as { highlights?: Map<string, unknown> }).highlights;
  const Highlight = (globalThis as unknown as { Highlight?: new (r: Range) => unknown }).Highlight;
  if (highlights && Highlight && to && range.end > range.start) {
    const dom = document.createRange();
    dom.setStart(from.node, from.offset);
    dom.setEnd(to.node, to.offset);
    highlights.set(HIGHLIGHT, new Highlight(dom));
  }
  return true;
}

export function useReveal(articleId: string, editor: LexicalEditor | null, column: HTMLElement | null, text: string): void {
  useEffect(() => {
    if (!editor || !column || !text) return;
    let frame = 0;
    const tryShow = (request: RevealRequest, attempts: number) => {
      // The article's text is laid out over a few frames after it loads.
      if (show(editor, column, text, request) || attempts <= 0) return;
      frame = window.requestAnimationFrame(() => tryShow(request, attempts - 1));
    };
    const check = () => {
      const request = takeReveal(articleId);
      if (request) tryShow(request, 60);
    };
    check();
    const off = onRevealRequest(check);
    return () => {
      off();
      window.cancelAnimationFrame(frame);
    };
  }, [articleId, editor, column, text]);
}
