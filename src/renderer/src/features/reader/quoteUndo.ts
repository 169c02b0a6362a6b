/**
 * Ctrl/Cmd+Z in the reader: the quote changes made in this window (marking, editing, deleting a
 * quote), newest last, each with the way to take it back. Undoing one takes it off the list; an
 * undo does not itself become something to undo.
 */

export interface QuoteUndo {
  /** What is undone, for the message: "marking the quote “…”". */
  what: string;
  /** Takes the change back; resolves false when it could not (the error was already shown). */
  undo: () => Promise<boolean>;
}

const LIMIT = 100;
const done: QuoteUndo[] = [];
let undoing = false;

/** Remembers a change that Ctrl/Cmd+Z can take back (not while an undo is running). */
export function recordQuoteChange(entry: QuoteUndo): void {
  if (undoing) return;
  done.push(entry);
  if (done.length > LIMIT) done.shift();
}

/** Takes back the newest change; resolves to what was undone, or null when there was nothing. */
export async function undoLastQuoteChange(): Promise<string | null> {
  const entry = done.pop();
  if (!entry) return null;
  undoing = true;
  try {
    return (await entry.undo()) ? entry.what : null;
  } finally {
    undoing = false;
  }
}

/** Forgets everything (a restored backup replaced what the entries refer to). */
export function forgetQuoteChanges(): void {
  done.length = 0;
}

/** “the words” shortened for a message. */
export function quoteWords(exact: string): string {
  return `“${exact.length > 40 ? `${exact.slice(0, 39)}…` : exact}”`;
}
