/**
 * The quotes a note cites, for its cards, and the search behind the note editor's quote picker.
 * Both answer with the quote plus what a card shows of its article (title, outlet, date), so the
 * editor needs one call however many articles the cards come from.
 */
import type { ParsedInputOf } from '../../shared/api/contract';
import type { CitedQuote } from '../../shared/editor/notesApi';
import { searchQuotes } from '../../shared/editor/quoteSearch';
import type { ArticleFile, Quote } from '../../shared/model';
import type { NotebookSession } from './session';

function articleOf(file: ArticleFile): CitedQuote['article'] {
  const { id, title, source } = file.article;
  return { id, title, outlet: source.outlet, publishedAt: source.publishedAt };
}

/** The quotes with these ids that still exist, in the order asked; deleted ones are left out. */
export function citedQuotes(session: NotebookSession, ids: readonly string[]): CitedQuote[] {
  const found: CitedQuote[] = [];
  for (const id of new Set(ids)) {
    let file: ArticleFile;
    try {
      file = session.articleOfQuote(id);
    } catch {
      continue; // deleted: the card shows the words it kept
    }
    const quote = file.quotes.find((q) => q.id === id);
    if (quote) found.push({ quote, article: articleOf(file) });
  }
  return found;
}

/** Quotes matching the picker's query, best first. */
export function findQuotes(session: NotebookSession, input: ParsedInputOf<'notes:findQuotes'>): CitedQuote[] {
  const notebook = session.store.notebook();
  const actors = new Map(notebook.actors.map((a) => [a.id, a]));
  const tags = new Map(notebook.tags.map((t) => [t.id, t]));
  const files = new Map<string, ArticleFile>();
  const quotes: Quote[] = [];
  for (const file of session.store.articles()) {
    files.set(file.article.id, file);
    quotes.push(...file.quotes);
  }
  const matches = searchQuotes(
    quotes,
    { actor: (id) => actors.get(id), tag: (id) => tags.get(id), articleTitle: (id) => files.get(id)?.article.title },
    input.query,
    input.limit,
  );
  return matches.map((quote) => ({ quote, article: articleOf(files.get(quote.articleId)!) }));
}
