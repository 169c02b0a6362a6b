/** The library's orders: newest import first (as listed), newest publication first, or by title. */
import type { ArticleListing } from './articleListing';

export type ArticleOrder = 'imported' | 'published' | 'title';

export const ARTICLE_ORDERS: { value: ArticleOrder; label: string }[] = [
  { value: 'imported', label: 'Recently imported' },
  { value: 'published', label: 'Date published' },
  { value: 'title', label: 'Title (A–Z)' },
];

/** Accepts a remembered order, or null when it is not one. */
export const acceptOrder = (value: unknown): ArticleOrder | null => (ARTICLE_ORDERS.some((o) => o.value === value) ? (value as ArticleOrder) : null);

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });
/** Title order ignores leading quotation marks and "The", so ‘Quoted’ headlines sort by their words. */
const titleKey = (title: string) => title.replace(/^[\s"'“”‘’«»„‚]+/, '').replace(/^the\s+/i, '');
const time = (value: string) => {
  const parsed = Date.parse(value);
  return Number.isNaN(parsed) ? null : parsed;
};

/** A sorted copy; articles without a publication date come last when sorting by it. */
export function sortArticles(articles: readonly ArticleListing[], order: ArticleOrder): ArticleListing[] {
  const copy = [...articles];
  if (order === 'title') return copy.sort((a, b) => collator.compare(titleKey(a.title), titleKey(b.title)) || b.importedAt.localeCompare(a.importedAt));
  if (order === 'published') {
    return copy.sort((a, b) => {
      const [x, y] = [time(a.source.publishedAt), time(b.source.publishedAt)];
      if (x === null || y === null) return x === y ? b.importedAt.localeCompare(a.importedAt) : x === null ? 1 : -1;
      return y - x || b.importedAt.localeCompare(a.importedAt);
    });
  }
  return copy.sort((a, b) => b.importedAt.localeCompare(a.importedAt) || collator.compare(a.title, b.title));
}
