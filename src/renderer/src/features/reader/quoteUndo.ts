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

/**
 * Remembers a change the moment the analyst makes it, before the notebook has answered, so a
 * Ctrl/Cmd+Z pressed during the save is not lost ("nothing to undo"): it waits for the answer,
 * then takes the change back. A change the notebook refused (`saved` gives null) was taken back
 * already, so it leaves the list.
 */
export function recordPendingChange<T>(what: string, saved: Promise<T | null>, undo: (value: T) => Promise<boolean>): void {
  if (undoing) return;
  const entry: QuoteUndo = { what, undo: async () => {
    const value = await saved;
    return value === null ? false : undo(value);
  } };
  recordQuoteChange(entry);
  void saved.then((value) => {
    if (value !== null) return;
    const at = done.indexOf(entry);
    if (at >= 0) done.splice(at, 1);
  });
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
