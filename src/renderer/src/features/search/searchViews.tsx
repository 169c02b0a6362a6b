/** The search view kind, its commands and its window-wide shortcut (Ctrl/Cmd+Shift+F). */
import { useEffect } from 'react';
import type { ViewKind } from '../../workbench/registry';
import type { Command } from '../../workbench/commands';
import type { Workbench } from '../../workbench/WorkbenchContext';
import { useWorkbench } from '../../workbench/WorkbenchContext';
import { SEARCH_VIEW } from './searchQuery';
import { focusSearchBox, SearchView } from './SearchView';

export const searchView: ViewKind = {
  title: () => 'Search',
  Component: SearchView,
};

/** Opens the search tab and puts the keyboard in its box. */
export function openSearch(wb: Workbench): void {
  wb.openView(SEARCH_VIEW);
  focusSearchBox();
}

export const searchCommands: Command[] = [
  { id: 'search.open', title: 'Search the notebook (articles, quotes, notes, actors)', shortcut: 'Ctrl+Shift+F', group: 'Search', run: openSearch },
];

/** Binds Ctrl/Cmd+Shift+F anywhere in the window (also while typing: it is a chord). */
export function SearchShortcuts() {
  const wb = useWorkbench();
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.shiftKey && !event.altKey && event.key.toLowerCase() === 'f') {
        event.preventDefault();
        openSearch(wb);
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [wb]);
  return null;
}
