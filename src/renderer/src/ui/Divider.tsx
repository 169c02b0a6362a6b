/**
 * The draggable line between two panes. A window splitter in the ARIA sense: focusable, arrows
 * resize (Shift for bigger steps), Home/End go to the limits, Enter collapses or reopens, and a
 * double-click does the same with the mouse.
 */
import { useRef, type KeyboardEvent, type PointerEvent } from 'react';
import { PANE_LIMITS, type PaneState, type SidePane } from './layout';

export interface DividerProps {
  pane: SidePane;
  state: PaneState;
  label: string;
  controls: string;
  onResize: (width: number) => void;
  onToggle: () => void;
}

export function Divider({ pane, state, label, controls, onResize, onToggle }: DividerProps) {
  const drag = useRef<{ x: number; width: number } | null>(null);
  // The navigator grows to the right of its divider, the inspector to the left.
  const direction = pane === 'navigator' ? 1 : -1;
  const limits = PANE_LIMITS[pane];
  const width = state.collapsed ? 0 : state.width;

  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    if (event.button !== 0) return;
    event.preventDefault();
    event.currentTarget.setPointerCapture(event.pointerId);
    drag.current = { x: event.clientX, width };
    document.documentElement.classList.add('is-resizing');
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    if (!drag.current) return;
    onResize(drag.current.width + direction * (event.clientX - drag.current.x));
  };
  const endDrag = () => {
    drag.current = null;
    document.documentElement.classList.remove('is-resizing');
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const step = event.shiftKey ? 64 : 16;
    const base = state.collapsed ? limits.min - step : state.width;
    const keys: Record<string, () => void> = {
      ArrowLeft: () => onResize(base - direction * step),
      ArrowRight: () => onResize(base + direction * step),
      Home: () => onResize(limits.min),
      End: () => onResize(limits.max),
      Enter: onToggle,
      ' ': onToggle,
    };
    const action = keys[event.key];
    if (!action) return;
    event.preventDefault();
    action();
  };

  return (
    <div
      className={`divider divider--${pane}`}
      role="separator"
      aria-orientation="vertical"
      aria-label={label}
      aria-controls={controls}
      aria-valuemin={0}
      aria-valuemax={limits.max}
      aria-valuenow={width}
      tabIndex={0}
      title={`${label} — drag to resize, double-click to ${state.collapsed ? 'show' : 'hide'}`}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={endDrag}
      onPointerCancel={endDrag}
      onDoubleClick={onToggle}
      onKeyDown={onKeyDown}
    />
  );
}
