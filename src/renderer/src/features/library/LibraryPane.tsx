/**
 * The navigator: the notebook's articles with Import…, a filter box and the sort order on top.
 * Empty states teach how to add an article (import one, or open the sample); a failed load says
 * what happened and offers to try again.
 */
import { useMemo, useRef, useState } from 'react';
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
  loading: boolean;
  error: ApiError | null;
  openId: string | null;
  onOpen: (id: string) => void;
  onRefresh: () => void;
  /** Suggests the listed articles and opens their review queue. */
  onReview: (ids: readonly string[]) => void;
}

export function LibraryPane({ articles, loading, error, openId, onOpen, onRefresh, onReview }: LibraryPaneProps) {
  const [query, setQuery] = useState('');
  const filterRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const [order, setOrder] = usePersistentState('articleOrder', 'imported', acceptOrder);
  const shown = useMemo(() => (articles ? sortArticles(filterArticles(articles, query), order) : []), [articles, query, order]);

  return (
    <div className="pane-body">
      <header className="pane-header">
        <h1 className="pane-title">
          Articles
          {articles && articles.length > 0 && <span className="pane-title__count">{articles.length.toLocaleString()}</span>}
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

      {articles && articles.length > 1 && (
        <div className="library-listbar">
          <span className="library-listbar__count" aria-live="polite">
            {shown.length === articles.length ? plural(articles.length, 'article') : `${shown.length.toLocaleString()} of ${plural(articles.length, 'article')}`}
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

      {articles && articles.length > 1 && shown.length > 0 && (
        <button type="button" className="link-button library-review" onClick={() => onReview(shown.map((a) => a.id))} title="Suggest quotes for the articles listed and decide them in one queue">
          Review suggestions for {shown.length === articles.length ? `all ${plural(shown.length, 'article')}` : `the ${plural(shown.length, 'article')} listed`}…
        </button>
      )}

      <div className="pane-scroll">
        {articles === undefined && loading && <p className="pane-note">Loading articles…</p>}
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
        {articles && articles.length > 0 && shown.length === 0 && (
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
          <ArticleList articles={shown} openId={openId} onOpen={onOpen} listRef={listRef} onExitTop={() => filterRef.current?.focus()} />
        )}
      </div>
    </div>
  );
}
