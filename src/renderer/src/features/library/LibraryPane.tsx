/**
 * The navigator: the notebook's articles with a filter box on top. Empty states teach how to add
 * an article; a failed load says what happened and offers to try again.
 */
import { useRef, useState, type KeyboardEvent } from 'react';
import type { ApiError } from '../../../../shared/api/result';
import type { ArticleListing } from './articleListing';
import { EmptyState } from '../../ui/EmptyState';
import { IconClose, IconRefresh, IconSearch } from '../../ui/icons';
import { ArticleList } from './ArticleList';
import { filterArticles } from './filterArticles';

export interface LibraryPaneProps {
  articles: readonly ArticleListing[] | undefined;
  loading: boolean;
  error: ApiError | null;
  openId: string | null;
  onOpen: (id: string) => void;
  onRefresh: () => void;
}

export function LibraryPane({ articles, loading, error, openId, onOpen, onRefresh }: LibraryPaneProps) {
  const [query, setQuery] = useState('');
  const filterRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const shown = articles ? filterArticles(articles, query) : [];

  const onFilterKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' && shown.length > 0) {
      event.preventDefault();
      listRef.current?.querySelector<HTMLElement>('[role="option"][tabindex="0"]')?.focus();
    } else if (event.key === 'Escape' && query) {
      event.preventDefault();
      setQuery('');
    } else if (event.key === 'Enter' && shown.length > 0) {
      event.preventDefault();
      onOpen(shown[0]!.id);
    }
  };

  return (
    <div className="pane-body">
      <header className="pane-header">
        <h1 className="pane-title">
          Articles
          {articles && articles.length > 0 && <span className="pane-title__count">{articles.length}</span>}
        </h1>
        <button type="button" className="icon-button" onClick={onRefresh} aria-label="Refresh the article list" title="Refresh">
          <IconRefresh />
        </button>
      </header>

      <div className="filter-box">
        <IconSearch />
        <input
          ref={filterRef}
          type="search"
          className="filter-box__input"
          placeholder="Filter articles"
          aria-label="Filter articles by title, outlet or author"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          onKeyDown={onFilterKeyDown}
          data-pane-focus
        />
        {query && (
          <button type="button" className="icon-button filter-box__clear" aria-label="Clear the filter" onClick={() => setQuery('')}>
            <IconClose />
          </button>
        )}
      </div>

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
          <EmptyState title="No articles yet">
            <p>Add an article from a terminal, then refresh this list:</p>
            <pre className="code-block">
              <code>quotebook add-text FILE</code>
            </pre>
            <p className="empty-state__hint">Importing from this window is coming soon.</p>
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
