/** The search view kinds, their commands and its window-wide shortcut (Ctrl/Cmd+Shift+F). */
import { useEffect, useState } from 'react';
import { Modal } from '../../ui/Modal';
import type { ViewKind } from '../../workbench/registry';
import type { Command } from '../../workbench/commands';
import type { Workbench } from '../../workbench/WorkbenchContext';
import { useWorkbench } from '../../workbench/WorkbenchContext';
import { SEARCH_VIEW } from './searchQuery';
import { focusSearchBox } from './searchFocus';
import { lazyComponent } from '../../ui/lazyComponent';

// The search view, the code tables and the quick switcher are loaded on first use.
export const searchView: ViewKind = {
  title: () => 'Search',
  Component: lazyComponent(() => import('./SearchView').then((m) => m.SearchView)),
};

export const codeTableView: ViewKind = {
  title: () => 'Code tables',
  Component: lazyComponent(() => import('./CodeTableView').then((m) => m.CodeTableView)),
};

const QuickSwitcher = lazyComponent(() => import('./QuickSwitcher').then((m) => m.QuickSwitcher));

/** Opens the search tab and puts the keyboard in its box. */
export function openSearch(wb: Workbench): void {
  wb.openView(SEARCH_VIEW);
  focusSearchBox();
}

const switcherListeners = new Set<() => void>();
/** Opens the quick switcher (from the palette). */
const openSwitcher = () => switcherListeners.forEach((l) => l());

export const searchCommands: Command[] = [
  { id: 'search.open', title: 'Search the notebook (articles, quotes, notes, actors)', shortcut: 'Ctrl+Shift+F', group: 'Search', run: openSearch },
  { id: 'codes.table', title: 'Code tables: tags by tags, speakers, outlets or months', group: 'Search', run: (wb) => wb.openView({ kind: 'codeTable', id: 'notebook' }) },
  { id: 'search.switch', title: 'Go to an article, note, actor or tag…', shortcut: 'Ctrl+P', group: 'Search', run: openSwitcher },
];

/** Binds Ctrl/Cmd+Shift+F and Ctrl/Cmd+P anywhere in the window (also while typing: they are chords), and draws the switcher. */
export function SearchShortcuts() {
  const wb = useWorkbench();
  const [switching, setSwitching] = useState(false);
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
      const key = event.key.toLowerCase();
      if (event.shiftKey && key === 'f') {
        event.preventDefault();
        openSearch(wb);
      } else if (!event.shiftKey && key === 'p') {
        // Instead of printing the page: nothing in Quotebook is printed from here.
        event.preventDefault();
        setSwitching((open) => !open);
      }
    };
    const open = () => setSwitching(true);
    switcherListeners.add(open);
    window.addEventListener('keydown', onKeyDown);
    return () => {
      switcherListeners.delete(open);
      window.removeEventListener('keydown', onKeyDown);
    };
  }, [wb]);
  if (!switching) return null;
  return (
    <Modal bare title="Go to" className="overlay-dialog overlay-dialog--palette" onClose={() => setSwitching(false)}>
      <QuickSwitcher onClose={() => setSwitching(false)} />
    </Modal>
  );
}
