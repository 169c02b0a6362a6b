/**
 * A library row's actions (open, edit details, delete) in a small menu: opened by the row's "…"
 * button, a right click, or the Menu key / Shift+F10. Arrow keys move, Enter picks, Escape closes
 * and gives the focus back. It is drawn outside the list (a portal placed by the row), because a
 * list option may not hold controls; scrolling closes it.
 */
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { createPortal } from 'react-dom';

export interface MenuItem {
  label: string;
  run: () => void;
  danger?: boolean;
  shortcut?: string;
}

export interface ArticleRowMenuProps {
  label: string;
  items: MenuItem[];
  onClose: (refocus: boolean) => void;
  /** The row the menu belongs to: it opens at the row's top right corner. */
  anchor: HTMLElement | null;
}

export function ArticleRowMenu({ label, items, onClose, anchor }: ArticleRowMenuProps) {
  const menu = useRef<HTMLDivElement>(null);
  // Placed when it opens (scrolling closes it): below the row's "…" when there is room, above otherwise.
  const [place] = useState(() => {
    const row = anchor?.getBoundingClientRect();
    if (!row) return { top: 4, right: 4 };
    const height = items.length * 30 + 10;
    const top = row.top + 32 + height > window.innerHeight ? Math.max(4, row.top - height) : row.top + 32;
    return { top, right: Math.max(4, window.innerWidth - row.right + 4) };
  });
  useEffect(() => {
    menu.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
    const onPointer = (event: PointerEvent) => {
      if (!menu.current?.contains(event.target as Node)) onClose(false);
    };
    const onScroll = (event: Event) => {
      if (!menu.current?.contains(event.target as Node)) onClose(false);
    };
    document.addEventListener('pointerdown', onPointer, true);
    document.addEventListener('scroll', onScroll, true);
    return () => {
      document.removeEventListener('pointerdown', onPointer, true);
      document.removeEventListener('scroll', onScroll, true);
    };
  }, [onClose]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const entries = [...(menu.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
    const index = entries.indexOf(document.activeElement as HTMLElement);
    const move = (to: number) => entries[(to + entries.length) % entries.length]?.focus();
    event.stopPropagation();
    if (event.key === 'ArrowDown') move(index + 1);
    else if (event.key === 'ArrowUp') move(index - 1);
    else if (event.key === 'Home') move(0);
    else if (event.key === 'End') move(entries.length - 1);
    else if (event.key === 'Escape' || event.key === 'Tab') onClose(event.key === 'Escape');
    else return;
    event.preventDefault();
  };

  return createPortal(
    <div
      ref={menu}
      className="row-menu"
      role="menu"
      aria-label={label}
      style={{ top: place.top, right: place.right }}
      onKeyDown={onKeyDown}
      onClick={(event) => event.stopPropagation()}
    >
      {items.map((item) => (
        <button
          key={item.label}
          type="button"
          role="menuitem"
          tabIndex={-1}
          className={`row-menu__item${item.danger ? ' row-menu__item--danger' : ''}`}
          onClick={() => {
            onClose(false);
            item.run();
          }}
        >
          <span>{item.label}</span>
          {item.shortcut && <kbd className="row-menu__shortcut">{item.shortcut}</kbd>}
        </button>
      ))}
    </div>,
    document.body,
  );
}
