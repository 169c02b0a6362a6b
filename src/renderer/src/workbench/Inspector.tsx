/** The inspector pane: whatever the active view's kind shows there, then the notebook footer. */
import { NotebookFooter } from '../features/inspector/NotebookFooter';
import { EmptyState } from '../ui/EmptyState';
import { viewKinds } from './registry';
import { viewKey } from './views';
import { useWorkbench } from './WorkbenchContext';

export function Inspector() {
  const { active, info } = useWorkbench();
  const Panel = active ? viewKinds[active.kind]?.Inspector : undefined;
  return (
    <div className="pane-body">
      {active && Panel ? (
        <Panel key={viewKey(active)} view={active} />
      ) : (
        <div className="pane-scroll">
          <EmptyState title="Nothing selected">
            <p>Details of the open article, note or actor appear here.</p>
          </EmptyState>
        </div>
      )}
      <NotebookFooter info={info.value} />
    </div>
  );
}
