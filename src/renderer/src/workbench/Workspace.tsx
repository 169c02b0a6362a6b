/** The workspace pane: a tab per open article, note or actor page, and the active one below. */
import { EmptyState } from '../ui/EmptyState';
import { FirstArticleActions } from '../features/import/FirstArticleActions';
import { IconClose } from '../ui/icons';
import { viewKinds } from './registry';
import { viewKey } from './views';
import { useWorkbench } from './WorkbenchContext';

export function Workspace() {
  const wb = useWorkbench();
  const { tabs, active, openView, closeView } = wb;
  const kind = active ? viewKinds[active.kind] : undefined;

  return (
    <div className="workspace">
      {tabs.length > 0 && (
        <div className="workspace-tabs" role="tablist" aria-label="Open items">
          {tabs.map((tab) => {
            const selected = active !== null && viewKey(tab) === viewKey(active);
            const title = viewKinds[tab.kind]?.title(tab, wb) ?? tab.id;
            return (
              <div key={viewKey(tab)} className="workspace-tab" data-selected={selected || undefined}>
                <button
                  type="button"
                  role="tab"
                  aria-selected={selected}
                  className="workspace-tab__label"
                  title={title}
                  onClick={() => openView(tab)}
                  onAuxClick={(event) => event.button === 1 && closeView(tab)}
                >
                  {title}
                </button>
                <button type="button" className="icon-button workspace-tab__close" aria-label={`Close ${title}`} onClick={() => closeView(tab)}>
                  <IconClose />
                </button>
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
            <EmptyState
              title={(wb.articles.value?.length ?? 0) > 0 ? 'Choose an article to read' : 'Nothing open yet'}
              actions={wb.articles.value?.length === 0 ? <FirstArticleActions /> : undefined}
            >
              <p>
                {(wb.articles.value?.length ?? 0) > 0
                  ? 'Pick one from the list on the left. Use ↑ and ↓ to move through the list and Enter to open.'
                  : 'Articles you add to this notebook open here, with their quotes highlighted.'}
              </p>
            </EmptyState>
          </div>
        )}
      </div>
    </div>
  );
}
