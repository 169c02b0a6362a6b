/**
 * The navigator's filter: every word typed must appear in the title, outlet, section or authors,
 * ignoring case and accents ("societe" finds "Société").
 */
import type { ArticleListing } from './articleListing';

const fold = (value: string) =>
  value
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLocaleLowerCase();

/** The articles matching `query`, in their original order. */
export function filterArticles(articles: readonly ArticleListing[], query: string): ArticleListing[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...articles];
  return articles.filter((article) => {
    const haystack = fold([article.title, article.section, article.source.outlet, ...article.source.authors].join(' '));
    return words.every((word) => haystack.includes(word));
  });
}
