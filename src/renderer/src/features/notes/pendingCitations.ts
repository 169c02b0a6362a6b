/**
 * Citations waiting for their note's editor. "Cite in note" and dropping a quote on a note in the
 * Notes list may target a note that is not open; the citation waits here, the note opens, and its
 * editor inserts the card (so the editor stays the only writer of an open note).
 */
import type { DraggedQuote } from './quoteDrag';

const pending = new Map<string, DraggedQuote[]>();
const listeners = new Set<() => void>();

/** Queues a card for `noteId`; its editor picks it up when it is (or already is) open. */
export function queueCitation(noteId: string, quote: DraggedQuote): void {
  pending.set(noteId, [...(pending.get(noteId) ?? []), quote]);
  for (const listener of listeners) listener();
}

/** Takes (and forgets) what is waiting for `noteId`. */
export function takeCitations(noteId: string): DraggedQuote[] {
  const waiting = pending.get(noteId) ?? [];
  pending.delete(noteId);
  return waiting;
}

/** Calls `listener` whenever a citation is queued; returns the unsubscribe function. */
export function onCitationQueued(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
