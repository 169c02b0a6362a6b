/**
 * The analyst's selection in the reader, as article offsets snapped to whole words (without the
 * quotation marks and spaces around them). A mouse selection is snapped visibly when the button
 * is released, so what is highlighted is what will be quoted; the keyboard moves the selection by
 * sentences and words (the reader's text takes no caret). Also where the floating toolbar goes.
 */
import type { LexicalEditor } from 'lexical';
import { useCallback, useEffect, useRef, useState } from 'react';
import { snapToWords } from '../../../../shared/anchoring/snap';
import { stepEdge, stepSentence } from '../../../../shared/anchoring/steps';
import type { ArticleRange } from '../../editor/articleRanges';
import { domPointOffset, domSelectionRange, selectDomRange } from '../../editor/domRanges';

/** A snapped selection and where (relative to the article column) the toolbar sits above it. */
export interface PendingSelection {
  range: ArticleRange;
  /** Horizontal centre and top of the selection's first line, in column coordinates. */
  x: number;
  y: number;
  /** Bottom of the selection's last line, for when its top is scrolled out of sight. */
  bottom: number;
}

const sameRange = (a: ArticleRange | null, b: ArticleRange | null) => a?.start === b?.start && a?.end === b?.end;

export function useReaderSelection(editor: LexicalEditor | null, column: HTMLElement | null, text: string) {
  const [pending, setPending] = useState<PendingSelection | null>(null);
  const latest = useRef<PendingSelection | null>(null);
  const pointerDown = useRef(false);

  /** Reads the browser's selection now. */
  const read = useCallback((): PendingSelection | null => {
    const container = column;
    const selection = window.getSelection();
    if (!editor || !container || !selection) return null;
    const raw = domSelectionRange(editor, container, selection);
    const range = raw && snapToWords(text, raw.start, raw.end);
    if (!range) return null;
    const rects = selection.getRangeAt(0).getClientRects();
    const first = rects[0];
    const last = rects[rects.length - 1];
    const box = container.getBoundingClientRect();
    if (!first || !last) return null;
    return { range, x: first.left + first.width / 2 - box.left, y: first.top - box.top, bottom: last.bottom - box.top };
  }, [editor, column, text]);

  useEffect(() => {
    let frame = 0;
    const update = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        const next = pointerDown.current ? null : read();
        if (sameRange(next?.range ?? null, latest.current?.range ?? null) && next?.y === latest.current?.y) return;
        latest.current = next;
        setPending(next);
      });
    };
    const onDown = (event: PointerEvent) => {
      if (event.button === 0 && column?.contains(event.target as Node)) pointerDown.current = true;
    };
    const onUp = () => {
      if (!pointerDown.current) return;
      pointerDown.current = false;
      // Show the snapped range as the selection, so the analyst sees exactly what will be quoted.
      const container = column;
      const selection = window.getSelection();
      if (editor && container && selection) {
        const raw = domSelectionRange(editor, container, selection);
        const snapped = raw && snapToWords(text, raw.start, raw.end);
        if (raw && snapped && !sameRange(raw, snapped)) selectDomRange(editor, container, snapped);
      }
      update();
    };
    document.addEventListener('selectionchange', update);
    document.addEventListener('pointerdown', onDown, true);
    document.addEventListener('pointerup', onUp, true);
    const scroller = column?.closest('[data-scroll-container]');
    scroller?.addEventListener('scroll', update, { passive: true });
    return () => {
      cancelAnimationFrame(frame);
      document.removeEventListener('selectionchange', update);
      document.removeEventListener('pointerdown', onDown, true);
      document.removeEventListener('pointerup', onUp, true);
      scroller?.removeEventListener('scroll', update);
    };
  }, [read, editor, column, text]);

  /** Selects `range` in the reader and scrolls it into view. */
  const select = useCallback(
    (range: ArticleRange) => {
      const container = column;
      if (!editor || !container || !selectDomRange(editor, container, range)) return;
      const selection = window.getSelection();
      const node = selection?.focusNode?.parentElement;
      node?.scrollIntoView({ block: 'nearest' });
    },
    [editor, column],
  );

  /** The offset of the first text visible at the top of the reader (where keyboard selection starts). */
  const firstVisibleOffset = useCallback((): number => {
    const container = column;
    const scroller = container?.closest<HTMLElement>('[data-scroll-container]');
    if (!editor || !container || !scroller) return 0;
    const view = scroller.getBoundingClientRect();
    const box = container.getBoundingClientRect();
    for (let y = Math.max(view.top, box.top) + 8; y < view.bottom; y += 16) {
      const caret = document.caretRangeFromPoint?.(box.left + box.width / 2, y);
      if (!caret || !container.contains(caret.startContainer)) continue;
      const offset = domPointOffset(editor, container, caret.startContainer, caret.startOffset);
      if (offset !== null) return offset;
    }
    return 0;
  }, [editor, column]);

  const stepSentenceBy = useCallback(
    (direction: 1 | -1) => {
      // Read the selection now: keys repeat faster than selectionchange reports.
      const next = stepSentence(text, read()?.range ?? null, direction, firstVisibleOffset());
      if (next) select(next);
    },
    [text, select, firstVisibleOffset, read],
  );

  const moveEdge = useCallback(
    (edge: 'start' | 'end', direction: 1 | -1) => {
      const current = read()?.range ?? stepSentence(text, null, 1, firstVisibleOffset());
      if (current) select(stepEdge(text, current, edge, direction));
    },
    [text, select, firstVisibleOffset, read],
  );

  const clear = useCallback(() => {
    const selection = window.getSelection();
    if (selection && column && selection.anchorNode && column.contains(selection.anchorNode)) selection.removeAllRanges();
    latest.current = null;
    setPending(null);
  }, [column]);

  const current = useCallback(() => read()?.range ?? latest.current?.range ?? null, [read]);

  return { pending, select, clear, current, stepSentence: stepSentenceBy, moveEdge };
}
