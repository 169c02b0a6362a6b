/**
 * One row of the article list. Memoised: moving through a library of thousands of articles with
 * the arrow keys re-renders only the two rows whose state changed, not every row.
 */
import { memo, useRef } from 'react';
import { dotted, formatDate, plural } from '../../ui/format';
import { IconMore } from '../import/importIcons';
import { requestArticleAction } from './articleEvents';
import type { ArticleListing } from './articleListing';
import { ArticleRowMenu } from './ArticleRowMenu';

export interface ArticleRowProps {
  article: ArticleListing;
  /** Open in the workspace. */
  selected: boolean;
  /** The row that takes the focus when the list is tabbed into. */
  active: boolean;
  menuOpen: boolean;
  onOpen: (id: string) => void;
  onActive: (id: string) => void;
  onMenu: (id: string | null | ((open: string | null) => string | null)) => void;
  onMenuClose: (refocus: boolean) => void;
  rowRef: (id: string, element: HTMLLIElement | null) => void;
  /** In a windowed list: where the row sits, and its place for assistive technology. */
  placed?: { index: number; count: number; top: number };
}

export const ArticleRow = memo(function ArticleRow({ article, selected, active, menuOpen, onOpen, onActive, onMenu, onMenuClose, rowRef, placed }: ArticleRowProps) {
  const date = formatDate(article.source.publishedAt) || formatDate(article.importedAt);
  const title = article.title || 'Untitled article';
  const row = useRef<HTMLLIElement | null>(null);
  return (
    <li
      id={`article-${article.id}`}
      ref={(element) => {
        rowRef(article.id, element);
        row.current = element;
      }}
      className="article-row"
      role="option"
      aria-selected={selected}
      tabIndex={active ? 0 : -1}
      {...(placed ? { style: { top: placed.top }, 'aria-posinset': placed.index + 1, 'aria-setsize': placed.count } : {})}
      onClick={() => onOpen(article.id)}
      onFocus={() => onActive(article.id)}
      onContextMenu={(event) => {
        event.preventDefault();
        onActive(article.id);
        onMenu(article.id);
      }}
    >
      <span className="article-row__title">{title}</span>
      <span className="article-row__meta">
        <span className="article-row__source">{dotted(article.source.outlet, date)}</span>
        <span className="article-row__count">{article.quoteCount > 0 ? plural(article.quoteCount, 'quote') : 'No quotes'}</span>
      </span>
      {/* For the mouse; hidden from assistive technology (an option may not hold controls). The
          keyboard opens the same menu with the Menu key or Shift+F10. */}
      <span
        className="icon-button article-row__more"
        aria-hidden="true"
        data-open={menuOpen || undefined}
        title="Actions (Menu key or Shift+F10)"
        onClick={(event) => {
          event.stopPropagation();
          onMenu((open) => (open === article.id ? null : article.id));
        }}
      >
        <IconMore />
      </span>
      {menuOpen && (
        <ArticleRowMenu
          label={`Actions for “${article.title}”`}
          anchor={row.current}
          onClose={onMenuClose}
          items={[
            { label: 'Open', run: () => onOpen(article.id), shortcut: 'Enter' },
            { label: 'Edit details…', run: () => requestArticleAction({ action: 'details', id: article.id }), shortcut: 'F2' },
            { label: 'Delete…', run: () => requestArticleAction({ action: 'delete', id: article.id }), danger: true, shortcut: 'Del' },
          ]}
        />
      )}
    </li>
  );
});
