/**
 * Changing many quotes at once (a tag renamed away, merged or deleted): quotes live in their
 * articles' files, so every article holding an affected quote is rewritten, and only those.
 */
import type { ArticleFile, Quote } from '../../shared/model';
import type { NotebookSession } from './session';

/** Article files written at once: enough to overlap fsyncs, few enough to stay gentle on the disk. */
const PARALLEL_WRITES = 8;

/**
 * Applies `rewrite` to every quote of the notebook (null: leave it as it is) and saves the
 * articles where something changed. Returns how many quotes changed.
 */
export async function rewriteEveryQuote(session: NotebookSession, rewrite: (quote: Quote) => Quote | null): Promise<number> {
  const now = new Date().toISOString();
  const pending: { next: ArticleFile; previous: ArticleFile }[] = [];
  let changed = 0;
  for (const file of session.store.articles()) {
    let touched = false;
    const quotes = file.quotes.map((quote) => {
      const next = rewrite(quote);
      if (!next) return quote;
      touched = true;
      changed++;
      return { ...next, updatedAt: now };
    });
    if (touched) pending.push({ next: { ...file, quotes }, previous: file });
  }
  for (let i = 0; i < pending.length; i += PARALLEL_WRITES) {
    await Promise.all(
      pending.slice(i, i + PARALLEL_WRITES).map(async ({ next, previous }) => {
        await session.store.putArticle(next);
        session.reindexArticle(next, previous);
      }),
    );
  }
  return changed;
}
