/**
 * What every feature shares: the notebook's lists (loaded once, reloaded on demand), the open
 * tabs, the selected quote, and the toasts. Features read it with `useWorkbench()` instead of
 * having App pass everything down, so a new feature does not have to touch App.
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { NotebookInfo, OutputOf } from '../../../shared/api/contract';
import type { ApiError, Result } from '../../../shared/api/result';
import type { Actor, ArticleSummary, Tag } from '../../../shared/model';
import { accessRefusal, api, live } from '../api';
import { isEditedHere } from '../api/notesEditedHere';
import { useToasts, type ToastAction, type ToastKind } from '../ui/toasts';
import { usePersistentState } from '../ui/usePersistentState';
import { useFirstArticles, type FirstArticles } from './firstArticles';
import { useResult, type Loaded } from '../ui/useResult';
import { acceptTabs, closeTab, openTab, type View } from './views';
import { liveRefresh, type RefreshArea } from './liveRefresh';

export type { FirstArticles } from './firstArticles';

export type Area = RefreshArea;

export interface QuoteSelection {
  quoteId: string | null;
  /** Increments when the reader should scroll to the selected quote. */
  scrollRequest: number;
}

export interface Workbench {
  /** The whole article list (every other list too) is asked for once the library's first rows are painted. */
  articles: Loaded<ArticleSummary[]>;
  /** The library's first screenful, shown until `articles` has loaded; null once it has (or when it could not be had). */
  firstArticles: FirstArticles | null;
  /** True once the library's first rows have been painted (or could not be had): the time for deferred work. */
  firstScreenShown: boolean;
  actors: Loaded<Actor[]>;
  tags: Loaded<Tag[]>;
  notes: Loaded<OutputOf<'notes:list'>>;
  info: Loaded<NotebookInfo>;
  /** Reloads the named lists (all when none are named). */
  refresh: (...areas: Area[]) => void;
  tabs: View[];
  active: View | null;
  openView: (view: View) => void;
  closeView: (view: View) => void;
  selection: QuoteSelection;
  selectQuote: (quoteId: string | null, options?: { scroll?: boolean }) => void;
  /** Shows a message in the app; `action` adds a button such as Undo. */
  notify: (message: string, kind?: ToastKind, action?: ToastAction) => void;
  /** Reports a failed operation's message. */
  reportError: (error: ApiError) => void;
}

const WorkbenchContext = createContext<Workbench | null>(null);

/** The article and actor lists alone, for the many small things drawn from them (quote cards). */
export interface Catalog {
  articles: Loaded<ArticleSummary[]>;
  actors: Loaded<Actor[]>;
}

const CatalogContext = createContext<Catalog | null>(null);

/** The shared workbench; use inside <WorkbenchProvider>. */
export function useWorkbench(): Workbench {
  const value = useContext(WorkbenchContext);
  if (!value) throw new Error('useWorkbench() is used outside <WorkbenchProvider>.');
  return value;
}

/**
 * The article and actor lists. Unlike useWorkbench(), a reader re-renders only when one of these
 * two lists changes, not when a note is saved or a tab opens: a note with a hundred quote cards
 * would otherwise redraw every card while the analyst types in it.
 */
export function useCatalog(): Catalog {
  const value = useContext(CatalogContext);
  if (!value) throw new Error('useCatalog() is used outside <WorkbenchProvider>.');
  return value;
}

/** A list loaded once `due` (and reloaded on demand); loading until then. */
function useListResult<T>(due: boolean, load: () => Promise<Result<T>>, onError: (error: ApiError) => void): Loaded<T> {
  const loaded = useResult(due ? load : null, [due], onError);
  return useMemo(() => (due ? loaded : { ...loaded, loading: true }), [loaded, due]);
}

export function WorkbenchProvider({ children }: { children: ReactNode }) {
  const { notify } = useToasts();
  // A refused tab already says so once, above the panes (AccessNotice); a toast per call would bury it.
  const reportError = useCallback((error: ApiError) => {
    if (error.code === 'forbidden' && error.message === accessRefusal()) return;
    notify(error.message);
  }, [notify]);
  const { firstArticles, listsDue } = useFirstArticles();
  const articles = useListResult(listsDue, () => api.articlesList({}), reportError);
  const actors = useListResult(listsDue, () => api.actorsList({}), reportError);
  const tags = useListResult(listsDue, () => api.tagsList({}), reportError);
  const notes = useListResult(listsDue, () => api.notesList({}), reportError);
  const info = useListResult(listsDue, () => api.notebookInfo({}), reportError);
  const [tabState, setTabState] = usePersistentState('tabs', { tabs: [] as View[], active: -1 }, acceptTabs);
  const [selection, setSelection] = useState<QuoteSelection>({ quoteId: null, scrollRequest: 0 });

  const reloaders = useMemo(
    () => ({ articles: articles.reload, actors: actors.reload, tags: tags.reload, notes: notes.reload, info: info.reload }),
    [articles.reload, actors.reload, tags.reload, notes.reload, info.reload],
  );
  const refresh = useCallback(
    (...areas: Area[]) => {
      for (const area of areas.length ? areas : (Object.keys(reloaders) as Area[])) reloaders[area]();
    },
    [reloaders],
  );

  // Work done elsewhere (another window, the command line, a teammate) shows up as it happens.
  useEffect(() => {
    const lists = liveRefresh(refresh, isEditedHere);
    const off = live.onChanged(lists.changed);
    return () => {
      off();
      lists.cancel();
    };
  }, [refresh]);

  // And when the analyst comes back to the window (covers a channel that was down).
  useEffect(() => {
    const onVisible = () => document.visibilityState === 'visible' && refresh();
    document.addEventListener('visibilitychange', onVisible);
    return () => document.removeEventListener('visibilitychange', onVisible);
  }, [refresh]);

  const openView = useCallback(
    (view: View) => {
      setTabState((state) => openTab(state, view));
      setSelection((s) => ({ quoteId: null, scrollRequest: s.scrollRequest }));
    },
    [setTabState],
  );
  const closeView = useCallback((view: View) => setTabState((state) => closeTab(state, view)), [setTabState]);
  const selectQuote = useCallback(
    (quoteId: string | null, options: { scroll?: boolean } = {}) =>
      setSelection((s) => ({ quoteId, scrollRequest: options.scroll ? s.scrollRequest + 1 : s.scrollRequest })),
    [],
  );

  const value = useMemo<Workbench>(
    () => ({
      articles, firstArticles: articles.value ? null : firstArticles, firstScreenShown: listsDue, actors, tags, notes, info, refresh,
      tabs: tabState.tabs,
      active: tabState.tabs[tabState.active] ?? null,
      openView, closeView, selection, selectQuote, notify, reportError,
    }),
    [articles, firstArticles, listsDue, actors, tags, notes, info, refresh, tabState, openView, closeView, selection, selectQuote, notify, reportError],
  );
  const catalog = useMemo<Catalog>(() => ({ articles, actors }), [articles, actors]);
  return (
    <WorkbenchContext.Provider value={value}>
      <CatalogContext.Provider value={catalog}>{children}</CatalogContext.Provider>
    </WorkbenchContext.Provider>
  );
}
