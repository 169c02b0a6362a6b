/**
 * Creating, editing, deleting (with Undo) and moving quotes from the reader and the inspector.
 * Each change goes through the API and then into the shared article cache, so the reader's marks
 * and the inspector's list update together; a failure is shown as a toast and nothing changes.
 */
import type { ArticleWithQuotes } from '../../../../shared/api/contract';
import type { Quote } from '../../../../shared/model';
import { api } from '../../api';
import type { Workbench } from '../../workbench/WorkbenchContext';
import { requestEditorFocus } from '../inspector/focusRequests';
import type { ArticleRange } from '../../editor/articleRanges';
import { codebookChanged } from '../tags/tagEvents';
import { updateArticle } from './useArticle';
import { inOrderPerKey } from '../../../../shared/async/inOrderPerKey';

type Editable = Partial<Pick<Quote, 'kind' | 'speakerId' | 'aboutIds' | 'tagIds' | 'comment' | 'status' | 'cue'>>;
type Notifier = Pick<Workbench, 'notify' | 'reportError' | 'refresh' | 'selectQuote'>;

const withQuote = (quote: Quote) => (value: ArticleWithQuotes) => ({
  ...value,
  quotes: value.quotes.some((q) => q.id === quote.id) ? value.quotes.map((q) => (q.id === quote.id ? quote : q)) : [...value.quotes, quote],
});
/** Edits of one quote reach the notebook in the order the analyst made them. */
const savesInOrder = inOrderPerKey();

/** Like withQuote, unless the cache already holds a later save of it (answers can arrive out of order). */
const withSaved = (quote: Quote) => (value: ArticleWithQuotes) => {
  const cached = value.quotes.find((q) => q.id === quote.id);
  return cached && cached.updatedAt > quote.updatedAt ? value : withQuote(quote)(value);
};
const withoutQuote = (id: string) => (value: ArticleWithQuotes) => ({ ...value, quotes: value.quotes.filter((q) => q.id !== id) });

/** A range of the article with the words the analyst saw there, so a text changed meanwhile is noticed. */
export type SelectedWords = ArticleRange & { exact?: string };

const words = ({ start, end, exact }: SelectedWords) => ({ start, end, ...(exact ? { exact } : {}) });

/** Marks `range` of the article as a direct quote, selects it and moves focus to its speaker. */
export async function createQuote(wb: Notifier, articleId: string, range: SelectedWords, fields: Editable = {}): Promise<Quote | null> {
  const result = await api.quotesCreate({ articleId, ...words(range), kind: 'direct', ...fields });
  if (!result.ok) {
    wb.reportError(result.error);
    return null;
  }
  updateArticle(articleId, withQuote(result.value));
  wb.selectQuote(result.value.id);
  requestEditorFocus('speaker');
  wb.refresh('articles', 'info');
  return result.value;
}

/** Changes some fields of a quote; the cache shows the change at once and is put back on failure. */
export async function updateQuote(wb: Notifier, quote: Quote, patch: Editable): Promise<Quote | null> {
  updateArticle(quote.articleId, withQuote({ ...quote, ...patch }));
  const result = await savesInOrder(quote.id, () => api.quotesUpdate({ id: quote.id, patch }));
  if (!result.ok) {
    updateArticle(quote.articleId, withQuote(quote));
    wb.reportError(result.error);
    return null;
  }
  updateArticle(quote.articleId, withSaved(result.value));
  if (patch.tagIds) codebookChanged();
  return result.value;
}

/** Deletes a quote and offers Undo, which brings it back with the same id (notes may cite it). */
export async function deleteQuote(wb: Notifier, quote: Quote): Promise<void> {
  const result = await api.quotesDelete({ id: quote.id });
  if (!result.ok) return wb.reportError(result.error);
  updateArticle(quote.articleId, withoutQuote(quote.id));
  wb.selectQuote(null);
  wb.refresh('articles', 'info');
  const words = quote.target.exact.length > 40 ? `${quote.target.exact.slice(0, 39)}…` : quote.target.exact;
  wb.notify(`Deleted the quote “${words}”.`, 'info', {
    label: 'Undo',
    run: () => void restoreQuote(wb, result.value),
  });
}

/** Puts a deleted quote back (Undo). */
export async function restoreQuote(wb: Notifier, quote: Quote): Promise<void> {
  const result = await api.quotesRestore({ quote });
  if (!result.ok) return wb.reportError(result.error);
  updateArticle(quote.articleId, withQuote(result.value));
  wb.selectQuote(result.value.id, { scroll: true });
  wb.refresh('articles', 'info');
}

/** Moves a quote onto `range` (attaching an orphan, or confirming an approximate placement). */
export async function retargetQuote(wb: Notifier, quote: Quote, range: SelectedWords): Promise<Quote | null> {
  const result = await api.quotesRetarget({ id: quote.id, ...words(range) });
  if (!result.ok) {
    wb.reportError(result.error);
    return null;
  }
  updateArticle(quote.articleId, withQuote(result.value));
  wb.selectQuote(result.value.id);
  return result.value;
}
