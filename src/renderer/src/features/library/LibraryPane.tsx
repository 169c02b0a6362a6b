/**
 * The navigator: the notebook's articles with Import…, a filter box and the sort order on top.
 * Empty states teach how to add an article (import one, or open the sample); a failed load says
 * what happened and offers to try again.
 */
import { memo, useMemo, useRef, useState } from 'react';
import type { ApiError } from '../../../../shared/api/result';
import type { ArticleListing } from './articleListing';
import { EmptyState } from '../../ui/EmptyState';
import { IconRefresh } from '../../ui/icons';
import { usePersistentState } from '../../ui/usePersistentState';
import { plural } from '../../ui/format';
import { IconImport, IconPaste } from '../import/importIcons';
import { requestImport } from '../import/importEvents';
import { FirstArticleActions } from '../import/FirstArticleActions';
import { ArticleList } from './ArticleList';
import { filterArticles } from './filterArticles';
import { acceptOrder, ARTICLE_ORDERS, sortArticles } from './sortArticles';
import './libraryActions.css';
import { FilterBox } from '../../ui/FilterBox';

const PASTE_NEW = typeof navigator !== 'undefined' && /Mac/.test(navigator.platform) ? '⇧⌘V' : 'Ctrl+Shift+V';

export interface LibraryPaneProps {
  articles: readonly ArticleListing[] | undefined;
  /** The first screenful and the number of articles, shown until `articles` has loaded. */
  first?: { articles: readonly ArticleListing[]; total: number } | null;
  loading: boolean;
  error: ApiError | null;
  openId: string | null;
  onOpen: (id: string) => void;
  onRefresh: () => void;
  /** Suggests the listed articles and opens their review queue. */
  onReview: (ids: readonly string[]) => void;
}

/** Memoised: the navigator re-renders on every change of the workbench (J selecting a quote), which the list does not show. */
export const LibraryPane = memo(function LibraryPane({ articles: whole, first, loading, error, openId, onOpen, onRefresh, onReview }: LibraryPaneProps) {
  const [query, setQuery] = useState('');
  const filterRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const [order, setOrder] = usePersistentState('articleOrder', 'imported', acceptOrder);
  // Until the whole list has come, the first rows stand in for it (already in this order); the
  // count is the notebook's, and the review, which needs every article, waits for them. A sort
  // chosen meanwhile sorts these rows, and the whole list when it comes.
  const partial = whole === undefined && !!first;
  const articles = whole ?? first?.articles;
  const total = whole?.length ?? first?.total ?? 0;
  const shown = useMemo(() => (articles ? sortArticles(filterArticles(articles, query), order) : []), [articles, query, order]);
  // The same words before and after the rest has come, so nothing in the bar moves; the note
  // below the rows says the rest is loading.
  const countLine = partial
    ? query.trim()
      ? `${shown.length.toLocaleString()} of the first ${articles!.length.toLocaleString()}`
      : plural(total, 'article')
    : shown.length === total
      ? plural(total, 'article')
      : `${shown.length.toLocaleString()} of ${plural(total, 'article')}`;

  return (
    <div className="pane-body">
      <header className="pane-header">
        <h1 className="pane-title">
          Articles
          {total > 0 && <span className="pane-title__count">{total.toLocaleString()}</span>}
        </h1>
        <button type="button" className="button button--small import-button" onClick={() => requestImport('files')} title="Import files: text, Markdown, web pages, PDF, Word">
          <IconImport />
          Import…
        </button>
        <button type="button" className="icon-button" onClick={() => requestImport('paste')} aria-label="Paste as a new article" title={`Paste as a new article (${PASTE_NEW})`}>
          <IconPaste />
        </button>
        <button type="button" className="icon-button" onClick={onRefresh} aria-label="Refresh the article list" title="Refresh">
          <IconRefresh />
        </button>
      </header>

      <FilterBox value={query} onChange={setQuery} placeholder="Filter articles" label="Filter articles by title, outlet or author" listRef={listRef} inputRef={filterRef} onEnter={shown.length > 0 ? () => onOpen(shown[0]!.id) : undefined} />

      {total > 1 && (
        <div className="library-listbar">
          <span className="library-listbar__count" aria-live="polite">
            {countLine}
          </span>
          <label className="library-sort">
            <span>Sort</span>
            <select aria-label="Sort articles" value={order} onChange={(event) => setOrder(acceptOrder(event.target.value) ?? 'imported')}>
              {ARTICLE_ORDERS.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
          </label>
        </div>
      )}

      {/* Shown (disabled) while the list loads too, so the rows below do not move when it has. */}
      {total > 1 && shown.length > 0 && (
        <button type="button" className="link-button library-review" disabled={partial} onClick={() => onReview(shown.map((a) => a.id))} title="Suggest quotes for the articles listed and decide them in one queue">
          Review suggestions for {partial || shown.length === total ? `all ${plural(total, 'article')}` : `the ${plural(shown.length, 'article')} listed`}…
        </button>
      )}

      <div className="pane-scroll">
        {(articles === undefined || (partial && shown.length === 0)) && loading && <p className="pane-note">Loading articles…</p>}
        {articles === undefined && !loading && error && (
          <EmptyState
            title="The articles could not be loaded"
            tone="error"
            actions={
              <button type="button" className="button" onClick={onRefresh}>
                Try again
              </button>
            }
          >
            <p>{error.message}</p>
          </EmptyState>
        )}
        {articles && articles.length === 0 && (
          <EmptyState
            title="No articles yet"
            actions={<FirstArticleActions />}
          >
            <p>Import saved web pages, PDFs, Word files, Markdown or plain text.</p>
            <p className="empty-state__hint">
              You can also drop files or a folder onto the window, or paste an article with {PASTE_NEW}.
            </p>
          </EmptyState>
        )}
        {!partial && articles && articles.length > 0 && shown.length === 0 && (
          <EmptyState
            title="No matching articles"
            actions={
              <button type="button" className="button" onClick={() => setQuery('')}>
                Clear the filter
              </button>
            }
          >
            <p>No title, outlet or author contains “{query.trim()}”.</p>
          </EmptyState>
        )}
        {shown.length > 0 && (
          <ArticleList articles={shown} total={partial && !query.trim() ? total : undefined} openId={openId} onOpen={onOpen} listRef={listRef} onExitTop={() => filterRef.current?.focus()} />
        )}
        {partial && shown.length > 0 && <p className="pane-note library-rest">Loading the other {(total - articles!.length).toLocaleString()} articles…</p>}
      </div>
    </div>
  );
});
