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
