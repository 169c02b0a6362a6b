/**
 * A library row's actions (open, edit details, delete) in a small menu: opened by the row's "…"
 * button, a right click, or the Menu key / Shift+F10. Arrow keys move, Enter picks, Escape closes
 * and gives the focus back.
 */
import { useEffect, useRef, type KeyboardEvent } from 'react';

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
}

export function ArticleRowMenu({ label, items, onClose }: ArticleRowMenuProps) {
  const menu = useRef<HTMLDivElement>(null);
  useEffect(() => {
    menu.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
    const onPointer = (event: PointerEvent) => {
      if (!menu.current?.contains(event.target as Node)) onClose(false);
    };
    document.addEventListener('pointerdown', onPointer, true);
    return () => document.removeEventListener('pointerdown', onPointer, true);
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

  return (
    <div ref={menu} className="row-menu" role="menu" aria-label={label} onKeyDown={onKeyDown} onClick={(event) => event.stopPropagation()}>
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
    </div>
  );
}
