/**
 * Rendering only the rows of a long list that are on screen (plus a margin): a library of 10,000
 * articles would otherwise keep 10,000 rows in the page, and every focus move would restyle them
 * all (~100 ms a key press). Rows have one fixed height; the list keeps the full height so the
 * scroll bar stays true. The list scrolls inside its nearest `.pane-scroll` ancestor.
 */
import { useCallback, useLayoutEffect, useRef, useState, type RefObject } from 'react';

export interface RowWindow {
  /** First and one-past-last index to render. */
  start: number;
  end: number;
  /** Scrolls just enough for row `index` to be in view. */
  scrollToIndex: (index: number) => void;
}

/** The rows of `list` (count rows of rowHeight px) to render; all of them when not `enabled`. */
export function useWindowedList(list: RefObject<HTMLElement | null>, count: number, rowHeight: number, enabled: boolean, overscan = 8): RowWindow {
  const [range, setRange] = useState({ start: 0, end: Math.min(count, 40) });
  // The range for the current scroll position, set at once (scrollToIndex) or on the next frame (scrolling).
  const update = useRef<() => void>(() => undefined);

  const measure = useCallback(() => {
    const element = list.current;
    const scroller = element?.closest<HTMLElement>('.pane-scroll') ?? element?.parentElement;
    if (!element || !scroller) return null;
    const top = element.getBoundingClientRect().top - scroller.getBoundingClientRect().top + scroller.scrollTop;
    return { scroller, top };
  }, [list]);

  useLayoutEffect(() => {
    if (!enabled) return;
    const found = measure();
    if (!found) return;
    const { scroller } = found;
    let frame = 0;
    const recompute = () => {
      frame = 0;
      const now = measure();
      if (!now) return;
      const first = Math.floor((scroller.scrollTop - now.top) / rowHeight) - overscan;
      const last = Math.ceil((scroller.scrollTop + scroller.clientHeight - now.top) / rowHeight) + overscan;
      const start = Math.max(0, Math.min(count, first));
      const end = Math.max(start, Math.min(count, last));
      setRange((old) => (old.start === start && old.end === end ? old : { start, end }));
    };
    const onScroll = () => {
      if (!frame) frame = requestAnimationFrame(recompute);
    };
    update.current = recompute;
    recompute();
    scroller.addEventListener('scroll', onScroll, { passive: true });
    const resize = new ResizeObserver(onScroll);
    resize.observe(scroller);
    return () => {
      scroller.removeEventListener('scroll', onScroll);
      resize.disconnect();
      if (frame) cancelAnimationFrame(frame);
    };
  }, [enabled, count, rowHeight, overscan, measure]);

  const scrollToIndex = useCallback(
    (index: number) => {
      const found = measure();
      if (!found) return;
      const { scroller, top } = found;
      const rowTop = top + index * rowHeight;
      if (rowTop < scroller.scrollTop) scroller.scrollTop = rowTop;
      else if (rowTop + rowHeight > scroller.scrollTop + scroller.clientHeight) scroller.scrollTop = rowTop + rowHeight - scroller.clientHeight;
      // Render the rows there in this same update, so the row can take the focus without waiting a frame.
      update.current();
    },
    [measure, rowHeight],
  );

  if (!enabled) return { start: 0, end: count, scrollToIndex };
  return { start: Math.min(range.start, count), end: Math.min(range.end, count), scrollToIndex };
}
