/**
 * The window's three panes — navigator | workspace | inspector — with draggable, collapsible
 * dividers. The layout itself is owned by the caller (it is also toggled from the toolbar).
 */
import type { CSSProperties, ReactNode } from 'react';
import { Divider } from './Divider';
import { resizePane, togglePane, type Layout } from './layout';

export interface PaneLayoutProps {
  layout: Layout;
  onLayoutChange: (update: (layout: Layout) => Layout) => void;
  navigator: ReactNode;
  workspace: ReactNode;
  inspector: ReactNode;
}

export function PaneLayout({ layout, onLayoutChange, navigator, workspace, inspector }: PaneLayoutProps) {
  const style = {
    '--navigator-width': `${layout.navigator.collapsed ? 0 : layout.navigator.width}px`,
    '--inspector-width': `${layout.inspector.collapsed ? 0 : layout.inspector.width}px`,
  } as CSSProperties;

  return (
    <div className="panes" style={style}>
      <aside id="pane-navigator" className="pane pane--navigator" aria-label="Library" data-pane hidden={layout.navigator.collapsed}>
        {navigator}
      </aside>
      <Divider
        pane="navigator"
        state={layout.navigator}
        label="Library width"
        controls="pane-navigator"
        onResize={(width) => onLayoutChange((current) => resizePane(current, 'navigator', width))}
        onToggle={() => onLayoutChange((current) => togglePane(current, 'navigator'))}
      />
      <main id="pane-workspace" className="pane pane--workspace" aria-label="Reader" data-pane>
        {workspace}
      </main>
      <Divider
        pane="inspector"
        state={layout.inspector}
        label="Inspector width"
        controls="pane-inspector"
        onResize={(width) => onLayoutChange((current) => resizePane(current, 'inspector', width))}
        onToggle={() => onLayoutChange((current) => togglePane(current, 'inspector'))}
      />
      <aside id="pane-inspector" className="pane pane--inspector" aria-label="Inspector" data-pane hidden={layout.inspector.collapsed}>
        {inspector}
      </aside>
    </div>
  );
}
