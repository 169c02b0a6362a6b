/**
 * A keyboard-friendly list for the navigator's sections: a filter box, then a listbox with one
 * focusable row at a time. Arrow keys move, Enter opens.
 */
import { useState, type KeyboardEvent, type ReactNode } from 'react';
import { EmptyState } from './EmptyState';
import { IconSearch } from './icons';
import { nextIndex } from './listKeys';

export interface SimpleListItem {
  id: string;
  title: string;
  meta?: ReactNode;
  /** Text the filter searches besides the title. */
  keywords?: string;
}

export interface SimpleListProps {
  label: string;
  title: string;
  items: readonly SimpleListItem[] | undefined;
  selectedId?: string | null;
  onOpen?: (id: string) => void;
  empty: ReactNode;
  headerActions?: ReactNode;
}

export function SimpleList({ label, title, items, selectedId, onOpen, empty, headerActions }: SimpleListProps) {
  const [query, setQuery] = useState('');
  const [activeIndex, setActiveIndex] = useState(0);
  const needle = query.trim().toLocaleLowerCase();
  const shown = (items ?? []).filter((i) => !needle || `${i.title} ${i.keywords ?? ''}`.toLocaleLowerCase().includes(needle));
  const index = Math.min(activeIndex, Math.max(0, shown.length - 1));

  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    if ((event.key === 'Enter' || event.key === ' ') && shown[index]) {
      event.preventDefault();
      onOpen?.(shown[index]!.id);
      return;
    }
    const next = nextIndex(event.key, index, shown.length);
    if (next === null) return;
    event.preventDefault();
    setActiveIndex(next);
    (event.currentTarget.children[next] as HTMLElement | undefined)?.focus();
  };

  return (
    <div className="pane-body">
      <header className="pane-header">
        <h1 className="pane-title">
          {title}
          {items && items.length > 0 && <span className="pane-title__count">{items.length}</span>}
        </h1>
        {headerActions}
      </header>
      {items && items.length > 0 && (
        <div className="filter-box">
          <IconSearch />
          <input
            type="search"
            className="filter-box__input"
            placeholder={`Filter ${title.toLocaleLowerCase()}`}
            aria-label={`Filter ${title.toLocaleLowerCase()}`}
            value={query}
            onChange={(event) => setQuery(event.target.value)}
            data-pane-focus
          />
        </div>
      )}
      <div className="pane-scroll">
        {items === undefined && <p className="pane-note">Loading…</p>}
        {items && items.length === 0 && empty}
        {items && items.length > 0 && shown.length === 0 && <EmptyState title="Nothing matches the filter" />}
        {shown.length > 0 && (
          <ul className="article-list" role="listbox" aria-label={label} onKeyDown={onKeyDown}>
            {shown.map((item, i) => (
              <li
                key={item.id}
                className="article-row"
                role="option"
                aria-selected={item.id === selectedId}
                tabIndex={i === index ? 0 : -1}
                onClick={() => onOpen?.(item.id)}
                onFocus={() => setActiveIndex(i)}
              >
                <span className="article-row__title">{item.title}</span>
                {item.meta && <span className="article-row__meta">{item.meta}</span>}
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
