/**
 * The list of articles: a listbox with one focusable row at a time (roving tabindex). Arrow keys,
 * Home/End and PageUp/PageDown move, Enter or a click opens. Delete asks to delete the row's
 * article, F2 edits its details, and the Menu key, Shift+F10, a right click or the row's "…"
 * open its actions. A long list renders only the rows on screen (ui/useWindowedList).
 */
import { useCallback, useEffect, useLayoutEffect, useRef, useState, type CSSProperties, type KeyboardEvent, type Ref } from 'react';
import { useWindowedList } from '../../ui/useWindowedList';
import type { ArticleListing } from './articleListing';
import { nextIndex } from '../../ui/listKeys';
import { requestArticleAction } from './articleEvents';
import { ArticleRow } from './ArticleRow';

/** From this many articles on, rows have one fixed height and only those on screen are rendered. */
const WINDOWED_FROM = 200;
/** A row's height (two title lines and the meta line) and the distance from one row to the next. */
const ROW_HEIGHT = 78;
const ROW_PITCH = 80;
const LIST_PADDING_TOP = 4;

export interface ArticleListProps {
  articles: readonly ArticleListing[];
  /**
   * How many articles the list will hold once all have come (the first rows come first): it
   * decides the row layout from the start, so rows do not change height when the rest arrives.
   */
  total?: number;
  openId: string | null;
  onOpen: (id: string) => void;
  /** Called with Up on the first row, so focus can go back to the filter box. */
  onExitTop?: () => void;
  listRef?: Ref<HTMLUListElement>;
}

export function ArticleList({ articles, total, openId, onOpen, onExitTop, listRef }: ArticleListProps) {
  const rows = useRef(new Map<string, HTMLLIElement>());
  const ownList = useRef<HTMLUListElement | null>(null);
  const setSize = Math.max(total ?? 0, articles.length);
  const windowed = setSize >= WINDOWED_FROM;
  const { start, end, scrollToIndex } = useWindowedList(ownList, articles.length, ROW_PITCH, windowed);
  // A row moved to by key may not be rendered yet: it takes the focus once it is (before paint).
  const pendingFocus = useRef<string | null>(null);
  useLayoutEffect(() => {
    const element = pendingFocus.current && rows.current.get(pendingFocus.current);
    if (!element) return;
    pendingFocus.current = null;
    element.focus({ preventScroll: true });
  });
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
    if (!windowed) return rows.current.get(target.id)?.focus();
    scrollToIndex(index);
    pendingFocus.current = target.id;
  };

  const rowRef = useCallback((id: string, element: HTMLLIElement | null) => {
    if (element) rows.current.set(id, element);
    else rows.current.delete(id);
  }, []);
  const setListRef = useCallback(
    (element: HTMLUListElement | null) => {
      ownList.current = element;
      if (typeof listRef === 'function') listRef(element);
      else if (listRef) listRef.current = element;
    },
    [listRef],
  );
  const activeRowId = articles[activeIndex]?.id;
  // The row that holds the tab stop is always rendered, so Tab can reach the list from anywhere.
  const indexes = Array.from({ length: end - start }, (_, i) => start + i);
  if (windowed && (activeIndex < start || activeIndex >= end) && articles[activeIndex]) indexes.push(activeIndex);

  return (
    <ul
      className={windowed ? 'article-list article-list--windowed' : 'article-list'}
      role="listbox"
      aria-label="Articles"
      aria-busy={setSize > articles.length || undefined}
      onKeyDown={onKeyDown}
      ref={setListRef}
      style={windowed ? ({ height: articles.length * ROW_PITCH, '--article-row-height': `${ROW_HEIGHT}px` } as CSSProperties) : undefined}
    >
      {indexes.map((index) => {
        const article = articles[index]!;
        return (
          <ArticleRow
            key={article.id}
            article={article}
            selected={article.id === openId}
            active={article.id === activeRowId}
            menuOpen={menuFor === article.id}
            onOpen={onOpen}
            onActive={setActiveId}
            onMenu={setMenuFor}
            onMenuClose={closeMenu}
            rowRef={rowRef}
            {...(windowed ? { placed: { index, count: setSize, top: LIST_PADDING_TOP + index * ROW_PITCH } } : {})}
          />
        );
      })}
    </ul>
  );
}
