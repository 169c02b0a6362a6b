/**
 * Changing many quotes at once (an actor merged or deleted, a tag merged or deleted): quotes live
 * in their articles' files, so every article holding an affected quote is rewritten, and only
 * those.
 */
import type { ArticleFile, Quote } from '../../shared/model';
import type { NotebookSession } from './session';

/** Article files written at once: enough to overlap fsyncs, few enough to stay gentle on the disk. */
const PARALLEL_WRITES = 8;

/**
 * Applies `rewrite` (pure: it may run twice on one quote) to every quote of the notebook (null:
 * leave it as it is) and saves the articles where something changed. Each save runs inside its
 * article's write queue and rewrites the file as it is then, so an edit that landed after the scan
 * is kept. Returns the changed quotes as they were before.
 */
export async function rewriteEveryQuote(session: NotebookSession, rewrite: (quote: Quote) => Quote | null): Promise<Quote[]> {
  const now = new Date().toISOString();
  const rewriteFile = (file: ArticleFile) => {
    // Copied only on the first change: most articles are not affected.
    let quotes: Quote[] | null = null;
    const before: Quote[] = [];
    file.quotes.forEach((quote, i) => {
      const next = rewrite(quote);
      if (!next) return;
      quotes ??= [...file.quotes];
      quotes[i] = { ...next, updatedAt: now };
      before.push(quote);
    });
    return { file: quotes ? { ...file, quotes } : file, before };
  };
  // Scanning the frozen in-memory files is cheap; only the affected articles join a write queue.
  const affected = session.store
    .articles()
    .map((scanned) => ({ scanned, planned: rewriteFile(scanned) }))
    .filter(({ planned }) => planned.before.length > 0);
  const changed: Quote[] = [];
  for (let i = 0; i < affected.length; i += PARALLEL_WRITES) {
    await Promise.all(
      affected.slice(i, i + PARALLEL_WRITES).map(async ({ scanned, planned }) => {
        let saved = planned;
        const written = await session
          .changeArticle(scanned.article.id, (current) => {
            saved = current === scanned ? planned : rewriteFile(current);
            return saved.file;
          })
          .then(
            () => true,
            // An article deleted since the scan has no quotes left to change.
            (error: unknown) => (ignoreNotFound(error), false),
          );
        if (written) changed.push(...saved.before);
      }),
    );
  }
  return changed;
}

function ignoreNotFound(error: unknown): void {
  if ((error as { code?: string }).code !== 'not-found') throw error;
}
