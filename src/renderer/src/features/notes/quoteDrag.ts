/**
 * Dragging a quote into a note. Any list that shows quotes can make its rows draggable with
 * `quoteDragProps(quote)`; a note's editor, and each note in the Notes list, accept the drop and
 * cite the quote with a card.
 */
import type { DragEvent } from 'react';
import { quoteText } from '../../../../shared/anchoring/pieces';

/** The drag data type carrying `{ quoteId, citedText }` as JSON. */
export const QUOTE_DRAG_TYPE = 'application/x-quotebook-quote';

/** What a dragged quote carries. */
export interface DraggedQuote {
  quoteId: string;
  citedText: string;
}

interface QuoteLike {
  id: string;
  target: { exact: string };
}

/** Puts a quote on a drag (plus its words as plain text, for dropping anywhere else). */
export function setQuoteDragData(dataTransfer: DataTransfer, quote: QuoteLike): void {
  dataTransfer.setData(QUOTE_DRAG_TYPE, JSON.stringify({ quoteId: quote.id, citedText: quoteText(quote.target) }));
  dataTransfer.setData('text/plain', `“${quoteText(quote.target)}”`);
  dataTransfer.effectAllowed = 'copy';
}

/** Props that make an element drag `quote` (spread them on a quote list row or card). */
export function quoteDragProps(quote: QuoteLike): { draggable: true; onDragStart: (event: DragEvent) => void } {
  return { draggable: true, onDragStart: (event) => setQuoteDragData(event.dataTransfer, quote) };
}

/** True while a quote is being dragged over (only the types can be read before the drop). */
export function isQuoteDrag(dataTransfer: DataTransfer | null): boolean {
  return !!dataTransfer && [...dataTransfer.types].includes(QUOTE_DRAG_TYPE);
}

/** The dropped quote, or null when the drop carries none (or something malformed). */
export function readQuoteDrag(dataTransfer: DataTransfer | null): DraggedQuote | null {
  const raw = dataTransfer?.getData(QUOTE_DRAG_TYPE);
  if (!raw) return null;
  try {
    const { quoteId, citedText } = JSON.parse(raw) as Partial<DraggedQuote>;
    if (typeof quoteId !== 'string' || !/^[A-Za-z0-9_-]{1,64}$/.test(quoteId)) return null;
    return { quoteId, citedText: typeof citedText === 'string' ? citedText : '' };
  } catch {
    return null;
  }
}
