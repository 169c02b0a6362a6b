/** The window's top bar: pane toggles, the notebook's name, read-only state and the theme. */
import type { ReactNode } from 'react';
import type { ThemeChoice } from './theme';
import { ThemeToggle } from './ThemeToggle';
import { IconLeftPane, IconRightPane } from './icons';
import type { Layout, SidePane } from './layout';

export interface TopBarProps {
  notebookName: string | null;
  readOnly: boolean;
  layout: Layout;
  onTogglePane: (pane: SidePane) => void;
  theme: ThemeChoice;
  onThemeChange: (choice: ThemeChoice) => void;
  /** Extra buttons (e.g. Export) shown before the theme toggle. */
  actions?: ReactNode;
}

const mod = typeof navigator !== 'undefined' && /Mac/.test(navigator.platform) ? '⌘' : 'Ctrl+';

export function TopBar({ notebookName, readOnly, layout, onTogglePane, theme, onThemeChange, actions }: TopBarProps) {
  return (
    <header className="topbar">
      <button
        type="button"
        className="icon-button"
        aria-pressed={!layout.navigator.collapsed}
        aria-controls="pane-navigator"
        aria-label="Library pane"
        title={`Show or hide the library (${mod}B)`}
        onClick={() => onTogglePane('navigator')}
      >
        <IconLeftPane />
      </button>
      <div className="topbar__title">
        <span className="topbar__brand">Quotebook</span>
        {notebookName && (
          <>
            <span className="topbar__sep" aria-hidden="true">/</span>
            <span className="topbar__notebook">{notebookName}</span>
          </>
        )}
        {readOnly && <span className="chip chip--warn">Read-only</span>}
      </div>
      <div className="topbar__actions">
        {actions}
        <ThemeToggle choice={theme} onChange={onThemeChange} />
        <button
          type="button"
          className="icon-button"
          aria-pressed={!layout.inspector.collapsed}
          aria-controls="pane-inspector"
          aria-label="Inspector pane"
          title={`Show or hide the inspector (${mod}${mod === '⌘' ? '⌥' : 'Alt+'}B)`}
          onClick={() => onTogglePane('inspector')}
        >
          <IconRightPane />
        </button>
      </div>
    </header>
  );
}
