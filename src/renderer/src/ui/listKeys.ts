/** Keyboard movement in vertical lists (the article list, the quote list). */

/** The index a navigation key moves to, or null when the key does not navigate. */
export function nextIndex(key: string, index: number, count: number, page = 10): number | null {
  if (count === 0) return null;
  const from = index < 0 ? -1 : index;
  switch (key) {
    case 'ArrowDown':
      return Math.min(count - 1, from + 1);
    case 'ArrowUp':
      return from < 0 ? 0 : Math.max(0, from - 1);
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    case 'PageDown':
      return Math.min(count - 1, Math.max(0, from) + page);
    case 'PageUp':
      return Math.max(0, from - page);
    default:
      return null;
  }
}

export interface ListboxKeys {
  /** The row in hand. */
  index: number;
  count: number;
  /** Opens row `index` (Enter or Space). */
  open: (index: number) => void;
  /** Makes row `index` the one in hand. */
  moveTo: (index: number) => void;
  /** The list whose children are the rows, in order, so the new row can take the focus. */
  list: HTMLElement | null;
}

/** Enter/Space opens the row in hand; navigation keys move to another row and focus it. */
export function onListboxKey(event: { key: string; preventDefault(): void }, { index, count, open, moveTo, list }: ListboxKeys): void {
  if ((event.key === 'Enter' || event.key === ' ') && index < count) {
    event.preventDefault();
    return open(index);
  }
  const next = nextIndex(event.key, index, count);
  if (next === null) return;
  event.preventDefault();
  moveTo(next);
  (list?.children[next] as HTMLElement | undefined)?.focus();
}
