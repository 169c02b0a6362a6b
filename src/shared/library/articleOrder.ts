/**
 * The library's orders: newest import first, newest publication first, or by title. Shared by the
 * page (which sorts the whole list) and the owner process (which sorts for the first screenful it
 * sends before the whole list), so both put the same articles on top.
 */
import type { ArticleSummary } from '../model';

export type ArticleOrder = 'imported' | 'published' | 'title';

/** The orders in the order the sort menu offers them. */
export const ARTICLE_ORDERS: { value: ArticleOrder; label: string }[] = [
  { value: 'imported', label: 'Recently imported' },
  { value: 'published', label: 'Date published' },
  { value: 'title', label: 'Title (A–Z)' },
];

/** The orders' names, for schemas. */
export const ARTICLE_ORDER_NAMES = ['imported', 'published', 'title'] as const satisfies readonly ArticleOrder[];

/** Accepts a remembered order, or null when it is not one. */
export const acceptOrder = (value: unknown): ArticleOrder | null => (ARTICLE_ORDERS.some((o) => o.value === value) ? (value as ArticleOrder) : null);

type Sortable = Pick<ArticleSummary, 'title' | 'importedAt'> & { source: Pick<ArticleSummary['source'], 'publishedAt'> };

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });
/** Title order ignores leading quotation marks and "The", so ‘Quoted’ headlines sort by their words. */
const titleKey = (title: string) => title.replace(/^[\s"'“”‘’«»„‚]+/, '').replace(/^the\s+/i, '');
const time = (value: string) => {
  const parsed = Date.parse(value);
  return Number.isNaN(parsed) ? null : parsed;
};

/** The comparison behind `order`; articles without a publication date come last when sorting by it. */
export function compareArticles(order: ArticleOrder): (a: Sortable, b: Sortable) => number {
  if (order === 'title') return (a, b) => collator.compare(titleKey(a.title), titleKey(b.title)) || b.importedAt.localeCompare(a.importedAt);
  if (order === 'published') {
    return (a, b) => {
      const [x, y] = [time(a.source.publishedAt), time(b.source.publishedAt)];
      if (x === null || y === null) return x === y ? b.importedAt.localeCompare(a.importedAt) : x === null ? 1 : -1;
      return y - x || b.importedAt.localeCompare(a.importedAt);
    };
  }
  return (a, b) => b.importedAt.localeCompare(a.importedAt) || collator.compare(a.title, b.title);
}

/** A sorted copy. */
export function sortArticles<T extends Sortable>(articles: readonly T[], order: ArticleOrder): T[] {
  return [...articles].sort(compareArticles(order));
}
