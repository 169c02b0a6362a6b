/**
 * The notebook's trash for quotes: a deleted quote stays in its article file (`deletedQuotes`,
 * kept by the live state) until it is restored, so it can be listed and brought back with its id.
 */
import type { DeletedQuote, Quote } from '../../shared/model';
import type { TrashListing, TrashedQuote } from '../../shared/backups/trashApi';
import { UserError } from '../../shared/api/result';
import type { NotebookSession } from './session';
import { restoreQuote } from './quotesService';

/** Deleted quotes of every article, most recently deleted first. */
export function listTrash(session: NotebookSession): TrashListing {
  const quotes: TrashedQuote[] = [];
  for (const file of session.store.articles()) {
    const live = new Set(file.quotes.map((q) => q.id));
    for (const quote of file.deletedQuotes ?? []) {
      if (!live.has(quote.id)) quotes.push({ quote: structuredClone(quote), articleTitle: file.article.title });
    }
  }
  quotes.sort((a, b) => (a.quote.deletedAt < b.quote.deletedAt ? 1 : a.quote.deletedAt > b.quote.deletedAt ? -1 : 0));
  return { quotes };
}

/** Brings a deleted quote back from the trash, with its id (notes citing it show it again). */
export async function restoreFromTrash(session: NotebookSession, quoteId: string): Promise<Quote> {
  if (session.hasQuote(quoteId)) throw new UserError('conflict', `The quote "${quoteId}" is not deleted: it is in the notebook already.`);
  const trashed: DeletedQuote | undefined = listTrash(session).quotes.find((t) => t.quote.id === quoteId)?.quote;
  if (!trashed) {
    throw new UserError('not-found', `There is no deleted quote "${quoteId}" in the trash. Run "quotebook trash list" to see what can be restored.`);
  }
  return restoreQuote(session, trashed);
}
