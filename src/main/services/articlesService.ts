/** Articles: listing, reading, deletion with restore (creating them is importService's job). */
import type { ArticleSummary } from '../../shared/model';
import type { ArticleWithQuotes } from '../../shared/api/contract';
import { summariseArticle } from '../store/articleCatalog';
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
