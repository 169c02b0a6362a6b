/**
 * The window: navigator | workspace | inspector. Shared state lives in the WorkbenchProvider;
 * what each pane shows is registered per feature in workbench/registry.tsx.
 */
import { useCallback, useEffect } from 'react';
import { acceptLayout, DEFAULT_LAYOUT, togglePane, type SidePane } from './ui/layout';
import { PaneLayout } from './ui/PaneLayout';
import { useWindowShortcuts } from './ui/shortcuts';
import { useTheme } from './ui/theme';
import { ToastProvider } from './ui/toasts';
import { TopBar } from './ui/TopBar';
import { usePersistentState } from './ui/usePersistentState';
import { setArticleErrorReporter } from './features/reader/useArticle';
import { Inspector } from './workbench/Inspector';
import { Navigator } from './workbench/Navigator';
import { Workspace } from './workbench/Workspace';
import { useWorkbench, WorkbenchProvider } from './workbench/WorkbenchContext';
import { ExportButton, ExportHost } from './features/export/ExportHost';
import { NotesGlobal } from './features/notes/NotesGlobal';
import { ImportHost } from './features/import/ImportHost';
import { ArticleActionsHost } from './features/library/ArticleActionsHost';
import { CommandLayer } from './workbench/CommandLayer';
import { SearchShortcuts } from './features/search/searchViews';
import { ProblemsBanner } from './features/problems/ProblemsBanner';
import { RecoveryHost } from './features/recovery/RecoveryHost';
import { ConfirmHost } from './ui/ConfirmHost';
import { AccessNotice } from './features/access/AccessNotice';
import { preloadLazyParts } from './ui/lazyComponent';

function Shell() {
  const { info, reportError, firstScreenShown } = useWorkbench();
  const [layout, setLayout] = usePersistentState('layout', DEFAULT_LAYOUT, acceptLayout);
  const [theme, setTheme] = useTheme();
  const onTogglePane = useCallback((pane: SidePane) => setLayout((l) => togglePane(l, pane)), [setLayout]);
  useWindowShortcuts(onTogglePane);
  useEffect(() => setArticleErrorReporter(reportError), [reportError]);
  // What the first screen left out is fetched once it is up (the library's first rows painted),
  // so first uses do not wait and the first rows do not wait for it.
  useEffect(() => (firstScreenShown ? preloadLazyParts() : undefined), [firstScreenShown]);

  return (
    <div className="shell">
      <TopBar
        notebookName={info.value?.name ?? null}
        readOnly={info.value?.readOnly ?? false}
        layout={layout}
        onTogglePane={onTogglePane}
        theme={theme}
        onThemeChange={setTheme}
        actions={<ExportButton />}
      />
      <div className="shell__notices">
        <AccessNotice />
        <ProblemsBanner />
      </div>
      <PaneLayout layout={layout} onLayoutChange={setLayout} navigator={<Navigator />} workspace={<Workspace />} inspector={<Inspector />} />
      <ExportHost />
      <NotesGlobal />
      <ImportHost />
      <ArticleActionsHost />
      <RecoveryHost />
      <ConfirmHost />
      <CommandLayer />
      <SearchShortcuts />
    </div>
  );
}

export function App() {
  return (
    <ToastProvider>
      <WorkbenchProvider>
        <Shell />
      </WorkbenchProvider>
    </ToastProvider>
  );
}
