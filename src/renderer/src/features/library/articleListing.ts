/** What the article list shows about each article: the summary `articles:list` returns. */
import type { ArticleSummary } from '../../../../shared/model';

export type ArticleListing = ArticleSummary;
