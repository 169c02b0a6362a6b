/** The reader's and quote editor's entries in the command palette and shortcut list. */
import type { Command } from '../../workbench/commands';
import type { Workbench } from '../../workbench/WorkbenchContext';
import { requestEditorFocus, type EditorField } from '../inspector/focusRequests';
import { deleteQuote } from './quoteActions';
import { undoLastQuoteChange } from './quoteUndo';
import { readerHandle } from './readerHandle';
import { cachedArticle } from './useArticle';

const reading = (wb: Workbench) => wb.active?.kind === 'article' && readerHandle() !== null;
const quoteSelected = (wb: Workbench) => reading(wb) && wb.selection.quoteId !== null;

const field = (id: string, title: string, key: string | undefined, name: EditorField): Command => ({
  id,
  title,
  ...(key ? { shortcut: key } : {}),
  group: 'Quotes',
  available: quoteSelected,
  run: () => requestEditorFocus(name),
});

export const quoteCommands: Command[] = [
  { id: 'quote.create', title: 'Mark the selection as a quote', shortcut: 'Q', group: 'Quotes', available: reading, run: () => readerHandle()?.quoteSelection() },
  { id: 'quote.next', title: 'Select the next quote', shortcut: 'J', group: 'Quotes', available: reading, run: () => readerHandle()?.stepQuote(1) },
  { id: 'quote.previous', title: 'Select the previous quote', shortcut: 'K', group: 'Quotes', available: reading, run: () => readerHandle()?.stepQuote(-1) },
  field('quote.speaker', 'Set the speaker of the selected quote', 'S', 'speaker'),
  field('quote.about', 'Set whom the selected quote is about', 'A', 'about'),
  field('quote.tags', 'Tag the selected quote', 'T', 'tags'),
  field('quote.comment', 'Comment on the selected quote', 'C', 'comment'),
  field('quote.kind', 'Change the kind of the selected quote (then ←/→)', undefined, 'kind'),
  {
    id: 'quote.delete',
    title: 'Delete the selected quote (asks first if notes cite it; can be undone)',
    shortcut: 'Delete',
    group: 'Quotes',
    available: quoteSelected,
    run: (wb) => {
      const quote = cachedArticle(wb.active?.id ?? '')?.quotes.find((q) => q.id === wb.selection.quoteId);
      if (quote) void deleteQuote(wb, quote);
    },
  },
  {
    id: 'quote.undo',
    title: 'Undo the last quote change (marking, editing or deleting a quote)',
    shortcut: 'Ctrl+Z',
    group: 'Quotes',
    available: reading,
    run: (wb) => void undoLastQuoteChange().then((what) => wb.notify(what ? `Undid ${what}.` : 'There is no quote change to undo.', 'info')),
  },
  { id: 'reader.focus', title: 'Move the keyboard to the article text', group: 'Reading', available: reading, run: () => readerHandle()?.focus() },
  { id: 'reader.nextSentence', title: 'Select the next sentence', shortcut: 'Alt+↓', group: 'Reading', available: reading, run: () => readerHandle()?.stepSentence(1) },
  { id: 'reader.previousSentence', title: 'Select the previous sentence', shortcut: 'Alt+↑', group: 'Reading', available: reading, run: () => readerHandle()?.stepSentence(-1) },
  { id: 'reader.growEnd', title: 'Grow the selection by a word', shortcut: 'Shift+→', group: 'Reading', available: reading, run: () => readerHandle()?.moveEdge('end', 1) },
  { id: 'reader.shrinkEnd', title: 'Shrink the selection by a word', shortcut: 'Shift+←', group: 'Reading', available: reading, run: () => readerHandle()?.moveEdge('end', -1) },
  { id: 'reader.growStart', title: 'Start the selection a word earlier', shortcut: 'Alt+Shift+←', group: 'Reading', available: reading, run: () => readerHandle()?.moveEdge('start', -1) },
  { id: 'reader.shrinkStart', title: 'Start the selection a word later', shortcut: 'Alt+Shift+→', group: 'Reading', available: reading, run: () => readerHandle()?.moveEdge('start', 1) },
];
