/**
 * The list of articles: a listbox with one focusable row at a time (roving tabindex). Arrow keys,
 * Home/End and PageUp/PageDown move, Enter or a click opens. Delete asks to delete the row's
 * article, F2 edits its details, and the Menu key, Shift+F10, a right click or the row's "…"
 * button open its actions.
 */
import { useCallback, useEffect, useRef, useState, type KeyboardEvent, type Ref } from 'react';
import type { ArticleListing } from './articleListing';
import { dotted, formatDate, plural } from '../../ui/format';
import { nextIndex } from '../../ui/listKeys';
import { IconMore } from '../import/importIcons';
import { requestArticleAction } from './articleEvents';
import { ArticleRowMenu } from './ArticleRowMenu';

export interface ArticleListProps {
  articles: readonly ArticleListing[];
  openId: string | null;
  onOpen: (id: string) => void;
  /** Called with Up on the first row, so focus can go back to the filter box. */
  onExitTop?: () => void;
  listRef?: Ref<HTMLUListElement>;
}

export function ArticleList({ articles, openId, onOpen, onExitTop, listRef }: ArticleListProps) {
  const rows = useRef(new Map<string, HTMLLIElement>());
  const [activeId, setActiveId] = useState<string | null>(openId);
  const activeIndex = Math.max(0, articles.findIndex((article) => article.id === (activeId ?? openId)));
  const [menuFor, setMenuFor] = useState<string | null>(null);
  const closeMenu = useCallback((refocus: boolean) => {
    setMenuFor((id) => {
      if (refocus && id) rows.current.get(id)?.focus();
      return null;
    });
  }, []);

  useEffect(() => {
    if (openId) setActiveId(openId);
  }, [openId]);

  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    const current = articles[activeIndex];
    if (current && (event.key === 'Delete' || (event.key === 'Backspace' && (event.metaKey || event.ctrlKey)))) {
      event.preventDefault();
      requestArticleAction({ action: 'delete', id: current.id });
      return;
    }
    if (current && event.key === 'F2') {
      event.preventDefault();
      requestArticleAction({ action: 'details', id: current.id });
      return;
    }
    if (current && (event.key === 'ContextMenu' || (event.key === 'F10' && event.shiftKey))) {
      event.preventDefault();
      setMenuFor(current.id);
      return;
    }
    if (event.key === 'Enter' || event.key === ' ') {
      const article = articles[activeIndex];
      if (article) {
        event.preventDefault();
        onOpen(article.id);
      }
      return;
    }
    if (event.key === 'ArrowUp' && activeIndex === 0 && onExitTop) {
      event.preventDefault();
      onExitTop();
      return;
    }
    const index = nextIndex(event.key, activeIndex, articles.length);
    if (index === null) return;
    event.preventDefault();
    const target = articles[index]!;
    setActiveId(target.id);
    rows.current.get(target.id)?.focus();
  };

  return (
    <ul className="article-list" role="listbox" aria-label="Articles" onKeyDown={onKeyDown} ref={listRef}>
      {articles.map((article, index) => {
        const date = formatDate(article.source.publishedAt) || formatDate(article.importedAt);
        return (
          <li
            key={article.id}
            id={`article-${article.id}`}
            ref={(element) => {
              if (element) rows.current.set(article.id, element);
              else rows.current.delete(article.id);
            }}
            className="article-row"
            role="option"
            aria-selected={article.id === openId}
            tabIndex={index === activeIndex ? 0 : -1}
            onClick={() => onOpen(article.id)}
            onFocus={() => setActiveId(article.id)}
            onContextMenu={(event) => {
              event.preventDefault();
              setActiveId(article.id);
              setMenuFor(article.id);
            }}
          >
            <span className="article-row__title">{article.title || 'Untitled article'}</span>
            <span className="article-row__meta">
              <span className="article-row__source">{dotted(article.source.outlet, date)}</span>
              <span className="article-row__count">{article.quoteCount > 0 ? plural(article.quoteCount, 'quote') : 'No quotes'}</span>
            </span>
            <button
              type="button"
              className="icon-button article-row__more"
              tabIndex={-1}
              aria-label={`Actions for “${article.title || 'Untitled article'}”`}
              aria-haspopup="menu"
              aria-expanded={menuFor === article.id}
              onClick={(event) => {
                event.stopPropagation();
                setMenuFor((id) => (id === article.id ? null : article.id));
              }}
            >
              <IconMore />
            </button>
            {menuFor === article.id && (
              <ArticleRowMenu
                label={`Actions for “${article.title}”`}
                onClose={closeMenu}
                items={[
                  { label: 'Open', run: () => onOpen(article.id), shortcut: 'Enter' },
                  { label: 'Edit details…', run: () => requestArticleAction({ action: 'details', id: article.id }), shortcut: 'F2' },
                  { label: 'Delete…', run: () => requestArticleAction({ action: 'delete', id: article.id }), danger: true, shortcut: 'Del' },
                ]}
              />
            )}
          </li>
        );
      })}
    </ul>
  );
}
