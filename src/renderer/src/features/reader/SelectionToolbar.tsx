/**
 * The small toolbar that floats above a selection in the reader: "Quote" (or Q) marks it, and when
 * the selected quote is an orphan (or was placed approximately) "Attach here" moves it onto the
 * selection. Pressing its buttons never takes the selection away (mousedown is cancelled).
 */
import type { MouseEvent } from 'react';
import type { PendingSelection } from './useReaderSelection';

export interface SelectionToolbarProps {
  pending: PendingSelection;
  /** Height of the visible part of the reader above the selection, to flip below when needed. */
  visibleTop: number;
  onQuote: () => void;
  /** Set when a quote waits to be attached to a selection. */
  attach?: { label: string; run: () => void } | undefined;
}

const keep = (event: MouseEvent) => event.preventDefault();

export function SelectionToolbar({ pending, visibleTop, onQuote, attach }: SelectionToolbarProps) {
  // Above the first line, or below the last one when the first is scrolled out of sight.
  const above = pending.y - 44 >= visibleTop;
  const style = { left: `${pending.x}px`, top: `${above ? pending.y - 8 : pending.bottom + 8}px` };
  return (
    <div className={`selection-toolbar${above ? '' : ' selection-toolbar--below'}`} style={style} role="toolbar" aria-label="Selection" onMouseDown={keep}>
      <button type="button" className="selection-toolbar__button selection-toolbar__button--primary" onClick={onQuote} title="Mark the selection as a quote (Q)">
        <span>Quote</span>
        <kbd className="selection-toolbar__key">Q</kbd>
      </button>
      {attach && (
        <button type="button" className="selection-toolbar__button" onClick={attach.run} title={attach.label}>
          {attach.label}
        </button>
      )}
    </div>
  );
}
