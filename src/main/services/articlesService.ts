/** Articles: listing, reading, deletion with restore (creating them is importService's job). */
import type { ArticleSummary } from '../../shared/model';
import type { ArticleWithQuotes } from '../../shared/api/contract';
import { summariseArticle } from '../store/articleCatalog';
import { compareArticles, type ArticleOrder } from '../../shared/library/articleOrder';
import type { NotebookSession } from './session';

/** Drops the text for list views; counts stay useful in the library. */
export const summarise = summariseArticle;

/**
 * Newest import first; ties broken by title so the order is stable. Answers before the articles
 * are checked (from the catalog), so a large notebook shows its library at once.
 */
export async function listArticles(session: NotebookSession): Promise<ArticleSummary[]> {
  const summaries = await session.store.articleSummaries();
  return summaries.sort((a, b) => b.importedAt.localeCompare(a.importedAt) || a.title.localeCompare(b.title));
}

/**
 * The library's first screenful in the page's order and the number of articles, answered before
 * the whole list: at 10,000 articles the whole list is 3 MB to send, parse and sort, and the page
 * shows nothing of it until it has all arrived.
 */
export async function firstArticles(session: NotebookSession, order: ArticleOrder, limit: number): Promise<{ articles: ArticleSummary[]; total: number }> {
  const { summaries, total } = await session.store.firstArticleSummaries(compareArticles(order), limit);
  return { articles: summaries, total };
}

export function getArticle(session: NotebookSession, id: string): ArticleWithQuotes {
  const file = session.articleFile(id);
  return { article: file.article, quotes: [...file.quotes].sort((a, b) => a.target.start - b.target.start || a.target.end - b.target.end) };
}

export async function deleteArticle(session: NotebookSession, id: string): Promise<{ id: string }> {
  const file = session.articleFile(id);
  await session.store.deleteArticle(id);
  session.reindexArticle(undefined, file);
  return { id };
}

export async function restoreArticle(session: NotebookSession, id: string): Promise<ArticleSummary> {
  await session.store.restoreArticle(id);
  const file = session.articleFile(id);
  session.reindexArticle(file);
  session.searchRefresh({ kind: 'article', id });
  return summarise(file);
}
