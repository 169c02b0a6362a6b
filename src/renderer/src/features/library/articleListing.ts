/**
 * What the article list shows about each article. `ArticleSummary` in src/shared/model.ts is an
 * `Omit<>` of a `.loose()` type, and Omit over an index signature drops every named field, so
 * the library reads the summaries through this type instead. Once the shared type keeps its
 * fields, the cast in `asListings` becomes a plain widening and can go.
 */
import type { ArticleSummary, Article } from '../../../../shared/model';

type NamedFields<T> = { [K in keyof T as string extends K ? never : number extends K ? never : K]: T[K] };

export type ArticleListing = Omit<NamedFields<Article>, 'text' | 'blocks'> & { quoteCount: number; wordCount: number };

/** The summaries `articles:list` returns, typed with their fields. */
export const asListings = (summaries: ArticleSummary[] | undefined): ArticleListing[] | undefined =>
  summaries as unknown as ArticleListing[] | undefined;
