/** Articles: creation from plain text, listing, reading, deletion with restore. */
import { SCHEMA_VERSION, type ArticleFile, type ArticleSummary } from '../../shared/model';
import type { ArticleWithQuotes, ParsedInputOf } from '../../shared/api/contract';
import { UserError } from '../../shared/api/result';
import { countWords, normaliseText } from '../../shared/text/normalise';
import { guessPlainTextHeadings, plainTextBlocks } from '../../shared/text/plainTextBlocks';
import { newId, sha256 } from './ids';
import type { NotebookSession } from './session';

/** Drops the text for list views; counts stay useful in the library. */
export function summarise(file: ArticleFile): ArticleSummary {
  const { text, blocks: _blocks, ...rest } = file.article;
  return { ...rest, quoteCount: file.quotes.length, wordCount: countWords(text) };
}

export async function createFromText(
  session: NotebookSession,
  input: ParsedInputOf<'articles:createFromText'>,
): Promise<{ article: ArticleSummary; duplicateOf: string | null }> {
  const text = normaliseText(input.text);
  if (text.trim().length === 0) {
    throw new UserError('invalid-input', `${input.fileName ? `"${input.fileName}"` : 'The text'} is empty: there is nothing to import.`);
  }
  const contentHash = sha256(text);
  const existing = session.articleWithHash(contentHash);
  if (existing) {
    return { article: summarise(session.articleFile(existing)), duplicateOf: existing };
  }
  const guessed = guessPlainTextHeadings(text, plainTextBlocks(text));
  const file: ArticleFile = {
    format: 'quotebook-article',
    schemaVersion: SCHEMA_VERSION,
    article: {
      id: newId('art'),
      title: (input.title ?? guessed.title).trim() || 'Untitled article',
      section: input.section ?? guessed.section,
      source: {
        outlet: input.source?.outlet ?? '',
        url: input.source?.url ?? '',
        authors: input.source?.authors ?? [],
        publishedAt: input.source?.publishedAt ?? '',
      },
      language: '',
      importedAt: new Date().toISOString(),
      origin: { name: input.fileName ?? '', sha256: sha256(input.text) },
      text,
      blocks: guessed.blocks,
      contentHash,
    },
    quotes: [],
  };
  await session.store.putArticle(file);
  session.reindexArticle(file);
  return { article: summarise(file), duplicateOf: null };
}

/** Newest import first; ties broken by title so the order is stable. */
export function listArticles(session: NotebookSession): ArticleSummary[] {
  return session.store
    .articles()
    .map(summarise)
    .sort((a, b) => b.importedAt.localeCompare(a.importedAt) || a.title.localeCompare(b.title));
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
  return summarise(file);
}
