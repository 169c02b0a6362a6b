/**
 * The window: library | reader | inspector. Holds what is open and selected, loads it through the
 * api module, and reports every failure in the app (toasts), never only in the console.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import { api } from './api';
import type { ApiError } from '../../shared/api/result';
import type { Actor } from '../../shared/model';
import { InspectorPane } from './features/inspector/InspectorPane';
import { LibraryPane } from './features/library/LibraryPane';
import { inReadingOrder, quoteLooks } from './features/reader/quoteLooks';
import { ReaderPane } from './features/reader/ReaderPane';
import { acceptLayout, DEFAULT_LAYOUT, togglePane, type SidePane } from './ui/layout';
import { PaneLayout } from './ui/PaneLayout';
import { useWindowShortcuts } from './ui/shortcuts';
import { useTheme } from './ui/theme';
import { ToastProvider, useToasts } from './ui/toasts';
import { TopBar } from './ui/TopBar';
import { usePersistentState } from './ui/usePersistentState';
import { useResult } from './ui/useResult';

const acceptId = (value: unknown) => (typeof value === 'string' && value !== '' ? value : null);

function Workbench() {
  const { notify } = useToasts();
  const onError = useCallback((error: ApiError) => notify(error.message), [notify]);
  const [layout, setLayout] = usePersistentState('layout', DEFAULT_LAYOUT, acceptLayout);
  const [theme, setTheme] = useTheme();
  const [openId, setOpenId] = usePersistentState<string | null>('openArticle', null, acceptId);
  const [selection, setSelection] = useState<{ quoteId: string | null; scrollRequest: number }>({ quoteId: null, scrollRequest: 0 });

  const articles = useResult(() => api.articlesList({}), [], onError);
  const info = useResult(() => api.notebookInfo({}), [], onError);
  const actors = useResult(() => api.actorsList({}), [], onError);
  // Only open an article the list knows, so a remembered but deleted one is quietly forgotten.
  const listings = articles.value;
  const known = listings?.some((article) => article.id === openId) ?? false;
  const opened = useResult(known && openId ? () => api.articlesGet({ id: openId }) : null, [known, openId], onError);

  useEffect(() => {
    if (articles.value && openId && !known) setOpenId(null);
  }, [articles.value, openId, known, setOpenId]);

  const { reload: reloadArticles } = articles;
  const { reload: reloadInfo } = info;
  const refresh = useCallback(() => {
    reloadArticles();
    reloadInfo();
  }, [reloadArticles, reloadInfo]);

  // Articles added from the command line show up when the analyst comes back to the window.
  useEffect(() => {
    const onVisible = () => document.visibilityState === 'visible' && refresh();
    document.addEventListener('visibilitychange', onVisible);
    return () => document.removeEventListener('visibilitychange', onVisible);
  }, [refresh]);

  // The previous article stays on screen while the next one loads, unless loading it failed.
  const current = opened.value && !(opened.error && opened.value.article.id !== openId) ? opened.value : undefined;
  const actorsById = useMemo(() => new Map<string, Actor>((actors.value ?? []).map((actor) => [actor.id, actor])), [actors.value]);
  const quotes = useMemo(() => (current ? inReadingOrder(current.quotes) : undefined), [current]);
  const looks = useMemo(() => quoteLooks(quotes ?? [], actorsById), [quotes, actorsById]);

  const openArticle = useCallback(
    (id: string) => {
      if (id !== openId) setSelection({ quoteId: null, scrollRequest: 0 });
      setOpenId(id);
    },
    [openId, setOpenId],
  );
  const selectFromReader = useCallback((quoteId: string) => setSelection((s) => ({ ...s, quoteId })), []);
  const selectFromInspector = useCallback((quoteId: string) => setSelection((s) => ({ quoteId, scrollRequest: s.scrollRequest + 1 })), []);
  const onTogglePane = useCallback((pane: SidePane) => setLayout((l) => togglePane(l, pane)), [setLayout]);
  const onEditorError = useCallback(
    (error: Error) => notify(`The reader could not show this article (${error.message}). Try opening it again.`),
    [notify],
  );
  useWindowShortcuts(onTogglePane);

  return (
    <div className="shell">
      <TopBar
        notebookName={info.value?.name ?? null}
        readOnly={info.value?.readOnly ?? false}
        layout={layout}
        onTogglePane={onTogglePane}
        theme={theme}
        onThemeChange={setTheme}
      />
      <PaneLayout
        layout={layout}
        onLayoutChange={setLayout}
        navigator={
          <LibraryPane
            articles={listings}
            loading={articles.loading}
            error={articles.error}
            openId={openId}
            onOpen={openArticle}
            onRefresh={refresh}
          />
        }
        workspace={
          <ReaderPane
            opened={current}
            openId={known ? openId : null}
            loading={opened.loading}
            error={opened.error}
            hasArticles={(listings?.length ?? 0) > 0}
            looks={looks}
            selectedQuoteId={selection.quoteId}
            scrollRequest={selection.scrollRequest}
            onSelectQuote={selectFromReader}
            onRetry={opened.reload}
            onEditorError={onEditorError}
          />
        }
        inspector={
          <InspectorPane quotes={quotes} looks={looks} selectedQuoteId={selection.quoteId} onSelectQuote={selectFromInspector} info={info.value} />
        }
      />
    </div>
  );
}

export function App() {
  return (
    <ToastProvider>
      <Workbench />
    </ToastProvider>
  );
}
