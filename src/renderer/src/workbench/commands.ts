/**
 * Commands for the palette (Ctrl/Cmd+K) and the shortcut list (?). Features add entries here;
 * the palette and the help overlay only read this table.
 */
import type { Workbench } from './WorkbenchContext';
import { exportCommands } from '../features/export/exportCommands';
import { noteCommands } from '../features/notes/noteCommands';
import { importCommands } from '../features/import/importCommands';
import { quoteCommands } from '../features/reader/quoteCommands';
import { tagCommands } from '../features/tags/tagCommands';
import { paletteCommands } from './paletteCommands';
import { suggestionCommands } from '../features/suggestions/suggestionCommands';
import { reviewQueueCommands } from '../features/suggestions/queueViews';
import { timelineCommands } from '../features/timeline/timelineViews';
import { agreementCommands } from '../features/agreement/agreementViews';
import { searchCommands } from '../features/search/searchViews';
import { recoveryCommands } from '../features/recovery/recoveryCommands';

export interface Command {
  id: string;
  title: string;
  /** Shown in the palette and the help overlay, e.g. "Q" or "Ctrl+K"; the feature binds the key itself. */
  shortcut?: string;
  /** Other words the palette finds it by, not shown ("help keys" for the shortcut list). */
  keywords?: string;
  /** Groups the help overlay ("Reading", "Quotes", "Notes", …). */
  group: string;
  /** Hidden from the palette when it does not apply now (e.g. no article open). */
  available?: (wb: Workbench) => boolean;
  run: (wb: Workbench) => void;
}

export const commands: Command[] = [
  { id: 'nav.articles', title: 'Show articles', shortcut: 'Alt+1', group: 'Navigation', run: () => clickTab('articles') },
  { id: 'nav.notes', title: 'Show notes', shortcut: 'Alt+2', group: 'Navigation', run: () => clickTab('notes') },
  { id: 'nav.actors', title: 'Show actors', shortcut: 'Alt+3', group: 'Navigation', run: () => clickTab('actors') },
  { id: 'nav.tags', title: 'Show tags', shortcut: 'Alt+4', group: 'Navigation', run: () => clickTab('tags') },
  { id: 'nav.search', title: 'Show saved searches', shortcut: 'Alt+5', group: 'Navigation', run: () => clickTab('search') },
  {
    id: 'view.close',
    title: 'Close the open tab (Delete on a tab closes it)',
    group: 'Navigation',
    available: (wb) => wb.active !== null,
    run: (wb) => wb.active && wb.closeView(wb.active),
  },
  { id: 'actors.new', title: 'New actor…', group: 'Actors', run: (wb) => wb.openView({ kind: 'actor', id: 'new' }) },
  { id: 'actors.whoSaidWhat', title: 'Show who said what about whom', group: 'Actors', run: (wb) => wb.openView({ kind: 'whoSaidWhat', id: 'notebook' }) },
  { id: 'actors.duplicates', title: 'Review likely duplicate actors', group: 'Actors', keywords: 'merge', run: (wb) => wb.openView({ kind: 'actorDuplicates', id: 'notebook' }) },
  { id: 'notebook.refresh', title: 'Reload the notebook’s lists', group: 'Notebook', run: (wb) => wb.refresh() },
  ...exportCommands,
  ...noteCommands,
  ...importCommands,
  ...quoteCommands,
  ...tagCommands,
  ...paletteCommands,
  ...suggestionCommands,
  ...reviewQueueCommands,
  ...timelineCommands,
  ...agreementCommands,
  ...searchCommands,
  ...recoveryCommands,
];

function clickTab(section: string): void {
  document.getElementById(`nav-tab-${section}`)?.click();
}
