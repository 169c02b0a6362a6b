/** A quote's recorded changes, from its article file's edit log (see shared/sync/editLog.ts). */
import type { EditEntry } from '../../shared/model';
import type { NotebookSession } from './session';

export function quoteHistory(session: NotebookSession, quoteId: string): EditEntry[] {
  const file = session.articleOfQuote(quoteId);
  return (file.history ?? []).filter((entry) => entry.target === 'quote' && entry.id === quoteId);
}
