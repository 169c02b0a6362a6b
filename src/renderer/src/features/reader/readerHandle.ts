/**
 * The open reader's actions, for the command palette and the window-wide shortcuts, which live
 * outside the reader's component tree. The reader registers itself while it shows an article.
 */
import type { ArticleRange } from '../../editor/articleRanges';

export interface ReaderHandle {
  articleId: string;
  /** The selection in the reader, snapped to whole words; null when nothing is selected there. */
  selection: () => ArticleRange | null;
  /** Marks the selection as a quote (Q). */
  quoteSelection: () => void;
  /** Selects the next or previous sentence (Alt+↓ / Alt+↑). */
  stepSentence: (direction: 1 | -1) => void;
  /** Moves the selection's end (or start) by a word. */
  moveEdge: (edge: 'start' | 'end', direction: 1 | -1) => void;
  /** Selects the next or previous quote in reading order (J / K). */
  stepQuote: (direction: 1 | -1) => void;
  /** Puts the keyboard in the reader. */
  focus: () => void;
}

let current: ReaderHandle | null = null;

/** Registers (or, with null, removes) the open reader; returns a function that removes it. */
export function setReaderHandle(handle: ReaderHandle | null): () => void {
  current = handle;
  return () => {
    if (current === handle) current = null;
  };
}

/** The open reader, if an article is shown. */
export function readerHandle(): ReaderHandle | null {
  return current;
}
