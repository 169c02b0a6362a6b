/** The workspace pane: a tab per open article, note or actor page, and the active one below. */
import type { KeyboardEvent } from 'react';
import { EmptyState } from '../ui/EmptyState';
import { IconClose } from '../ui/icons';
import { viewKinds } from './registry';
import { viewKey } from './views';
import { useWorkbench } from './WorkbenchContext';

export function Workspace() {
  const wb = useWorkbench();
  const articleCount = wb.articles.value?.length ?? wb.firstArticles?.total;
  const { tabs, active, openView, closeView } = wb;
  const kind = active ? viewKinds[active.kind] : undefined;

  const onTabKey = (event: KeyboardEvent<HTMLDivElement>) => {
    const list = event.currentTarget;
    const index = Number((event.target as HTMLElement).dataset.index);
    const tab = tabs[index];
    if (!tab) return;
    if (event.key === 'Delete' || event.key === 'Backspace') {
      event.preventDefault();
      closeView(tab);
      // The neighbour that takes its place keeps the keyboard.
      requestAnimationFrame(() => list.querySelector<HTMLElement>('[role="tab"][tabindex="0"]')?.focus());
      return;
    }
    // Manual activation: arrows only move the focus (opening a note would take the keyboard
    // into its editor); Enter or Space opens the focused tab.
    const next = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: tabs.length - 1 }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    list.querySelectorAll<HTMLElement>('[role="tab"]')[(next + tabs.length) % tabs.length]?.focus();
  };

  return (
    <div className="workspace">
      {tabs.length > 0 && (
        // The tab list's keyboard (ARIA tabs pattern): ←/→, Home/End move between tabs, Enter
        // opens one, Delete closes the focused one. The × is a mouse affordance hidden from assistive
        // technology, because a tab list may only hold tabs.
        <div className="workspace-tabs" role="tablist" aria-label="Open items" onKeyDown={onTabKey}>
          {tabs.map((tab, index) => {
            const selected = active !== null && viewKey(tab) === viewKey(active);
            const title = viewKinds[tab.kind]?.title(tab, wb) ?? tab.id;
            return (
              <div key={viewKey(tab)} className="workspace-tab" role="presentation" data-selected={selected || undefined}>
                <button
                  type="button"
                  role="tab"
                  aria-selected={selected}
                  aria-keyshortcuts="Delete"
                  tabIndex={selected || (!active && index === 0) ? 0 : -1}
                  className="workspace-tab__label"
                  title={`${title} (Delete closes it)`}
                  data-index={index}
                  onClick={() => openView(tab)}
                  onAuxClick={(event) => event.button === 1 && closeView(tab)}
                >
                  {title}
                </button>
                <span className="icon-button workspace-tab__close" aria-hidden="true" title={`Close ${title}`} onClick={() => closeView(tab)}>
                  <IconClose />
                </span>
              </div>
            );
          })}
        </div>
      )}
      <div className="workspace__view">
        {active && kind ? (
          <kind.Component key={viewKey(active)} view={active} />
        ) : (
          <div className="workspace-empty">
            {/* Nothing until it is known whether the notebook has articles, rather than the wrong advice for a moment. */}
            {articleCount !== undefined && (
              <EmptyState title={articleCount > 0 ? 'Choose an article to read' : 'Nothing open yet'}>
                <p>
                  {articleCount > 0
                    ? 'Pick one from the list on the left. Use ↑ and ↓ to move through the list and Enter to open.'
                    : 'Articles you add to this notebook open here, with their quotes highlighted. Import one, or open the sample article, from the list on the left.'}
                </p>
              </EmptyState>
            )}
          </div>
        )}
      </div>
    </div>
  );
}
