/**
 * Creating, editing, deleting (with Undo) and moving quotes from the reader and the inspector.
 * Each change is shown in the shared article cache at once (so the reader's marks and the
 * inspector's list update together, without waiting for the save) and kept there until the
 * notebook answers; a failure is shown as a toast and the change is taken back.
 */
import type { ArticleWithQuotes } from '../../../../shared/api/contract';
import type { Quote } from '../../../../shared/model';
import { api } from '../../api';
import type { Workbench } from '../../workbench/WorkbenchContext';
import { requestEditorFocus } from '../inspector/focusRequests';
import type { ArticleRange } from '../../editor/articleRanges';
import { codebookChanged } from '../tags/tagEvents';
import { cachedArticle, holdChange, reloadArticle, updateArticle } from './useArticle';
import { quoteWords, recordPendingChange } from './quoteUndo';
import { askToConfirm } from '../../ui/ConfirmHost';
import { joinNames } from '../../ui/format';
import { inOrderPerKey } from '../../../../shared/async/inOrderPerKey';
import { newQuote } from '../../../../shared/anchoring/newQuote';
import { quoteText } from '../../../../shared/anchoring/pieces';
import { afterNextPaint } from '../../ui/afterPaint';
import { setQuoteUnsaved } from '../../ui/unsavedQuotes';

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
const withPatch = (id: string, patch: Editable) => (value: ArticleWithQuotes) => ({
  ...value,
  quotes: value.quotes.map((q) => (q.id === id ? { ...q, ...patch } : q)),
});
const withoutQuote = (id: string) => (value: ArticleWithQuotes) => ({ ...value, quotes: value.quotes.filter((q) => q.id !== id) });

/** A range of the article with the words the analyst saw there, so a text changed meanwhile is noticed. */
export type SelectedWords = ArticleRange & { exact?: string };

const words = ({ start, end, exact }: SelectedWords) => ({ start, end, ...(exact ? { exact } : {}) });

/** A new quote's id, chosen here so the quote can be shown under it before the notebook has saved it. */
function newQuoteId(): string {
  const random = crypto.getRandomValues(new Uint8Array(6));
  return `q_${Date.now().toString(36)}${[...random].map((b) => b.toString(16).padStart(2, '0')).join('')}`;
}

/** Quotes whose creation the notebook refused: edits queued behind it are dropped, not sent. */
const refused = new Set<string>();

export interface CreateOptions {
  /** Called when the save failed and the quote was taken away again (e.g. to select its words again). */
  onRolledBack?: () => void;
}

/**
 * Marks `range` of the article as a quote (direct inside quotation marks, reported speech outside
 * them: the notebook decides), selects it and moves focus to its speaker. The quote is shown at
 * once, built as the notebook will build it, under an id chosen here; the notebook's answer
 * replaces it (the same quote, so nothing moves). If the save fails the quote is taken away again
 * and the analyst is told, with a way to try again.
 */
export function createQuote(wb: Notifier, articleId: string, range: SelectedWords, fields: Editable = {}, options: CreateOptions = {}): Promise<Quote | null> {
  return markQuote(wb, articleId, newQuoteId(), range, fields, options);
}

/** Marks the quote and records it for Ctrl/Cmd+Z at once (an undo pressed during the save waits for it). */
function markQuote(wb: Notifier, articleId: string, id: string, range: SelectedWords, fields: Editable, options: CreateOptions): Promise<Quote | null> {
  const created = saveNewQuote(wb, articleId, id, range, fields, options);
  const exact = range.exact ?? cachedArticle(articleId)?.article.text.slice(range.start, range.end) ?? '';
  recordPendingChange(`marking the quote ${quoteWords(exact)}`, created, (quote) => removeQuote(wb, quote));
  return created;
}

async function saveNewQuote(wb: Notifier, articleId: string, id: string, range: SelectedWords, fields: Editable, options: CreateOptions): Promise<Quote | null> {
  const text = cachedArticle(articleId)?.article.text;
  // Shown early only where the words are still those the analyst saw (else the notebook refuses).
  const early = text !== undefined && (range.exact === undefined || text.slice(range.start, range.end) === range.exact);
  if (early) setQuoteUnsaved(id, true);
  const release = early ? holdChange(articleId, withQuote(newQuote(id, articleId, text, range.start, range.end, fields, new Date().toISOString()))) : () => {};
  const select = () => {
    wb.selectQuote(id);
    requestEditorFocus('speaker');
  };
  if (early) select();
  // Edits of the new quote made while it is being saved queue behind its creation, and learn here whether it was saved.
  const result = await savesInOrder(id, async () => {
    // Sent once the quote is painted: starting the request would delay that frame, and its answer
    // could not come sooner. Nothing is lost meanwhile: the quote is shown as unsaved until then.
    if (early) await afterNextPaint();
    const answer = await api.quotesCreate({ id, articleId, ...words(range), ...fields });
    if (answer.ok) refused.delete(id);
    else refused.add(id);
    return answer;
  });
  release();
  setQuoteUnsaved(id, false);
  if (!result.ok) {
    updateArticle(articleId, withoutQuote(id));
    // The save may have landed before its answer was lost: show the notebook as it is.
    reloadArticle(articleId);
    options.onRolledBack?.();
    const what = range.exact ? ` ${quoteWords(range.exact)}` : '';
    // The same id again: if the first save did land, trying again cannot make a second quote.
    wb.notify(`The quote${what} could not be saved, so it was taken out of the text. ${result.error.message}`, 'error', {
      label: 'Try again',
      run: () => void markQuote(wb, articleId, id, range, fields, options),
    });
    return null;
  }
  // Edits of it are queued behind this answer, so the saved quote is the newest: it replaces the one shown.
  updateArticle(articleId, withQuote(result.value));
  if (!early) select();
  wb.refresh('articles', 'info');
  return result.value;
}

/**
 * Changes some fields of a quote; the cache shows the change at once and is put back on failure.
 * The change is recorded for Ctrl/Cmd+Z at once; undo puts back the fields it touched, as they were.
 */
export function updateQuote(wb: Notifier, quote: Quote, patch: Editable): Promise<Quote | null> {
  const saved = saveQuoteChange(wb, quote, patch);
  const before = Object.fromEntries(Object.keys(patch).map((key) => [key, quote[key as keyof Editable]])) as Editable;
  recordPendingChange(`the change to the quote ${quoteWords(quoteText(quote.target))}`, saved, async (value) => (await updateQuote(wb, value, before)) !== null);
  return saved;
}

async function saveQuoteChange(wb: Notifier, quote: Quote, patch: Editable): Promise<Quote | null> {
  const release = holdChange(quote.articleId, withPatch(quote.id, patch));
  const result = await savesInOrder(quote.id, () => (refused.has(quote.id) ? Promise.resolve(null) : api.quotesUpdate({ id: quote.id, patch })));
  release();
  // The quote itself was not saved: that was reported, and it is no longer shown.
  if (result === null) return null;
  if (!result.ok) {
    updateArticle(quote.articleId, withQuote(quote));
    wb.reportError(result.error);
    return null;
  }
  updateArticle(quote.articleId, withSaved(result.value));
  if (patch.tagIds) codebookChanged();
  return result.value;
}

/** Deletes a quote without asking; true when it is gone. */
async function removeQuote(wb: Notifier, quote: Quote): Promise<boolean> {
  const result = await savesInOrder(quote.id, () => api.quotesDelete({ id: quote.id }));
  if (!result.ok) {
    wb.reportError(result.error);
    return false;
  }
  updateArticle(quote.articleId, withoutQuote(quote.id));
  wb.selectQuote(null);
  wb.refresh('articles', 'info');
  return true;
}

/**
 * Asks before deleting a quote that notes cite, naming them (their cards would show it as
 * deleted); true to go ahead. A quote no note cites is deleted without asking: Undo brings it back.
 */
async function confirmCitedDelete(wb: Notifier, quote: Quote): Promise<boolean> {
  const citing = await api.notesBacklinks({ quoteId: quote.id });
  if (!citing.ok) {
    wb.reportError(citing.error);
    return false;
  }
  if (!citing.value.length) return true;
  const titles = citing.value.map((n) => `“${n.title.trim() || 'Untitled note'}”`);
  const shown = titles.length > 5 ? [...titles.slice(0, 5), `${titles.length - 5} more`] : titles;
  return askToConfirm({
    title: 'Delete a quote that notes cite?',
    confirmLabel: 'Delete quote',
    body: (
      <p className="qb-modal__text">
        The quote <strong>{quoteWords(quoteText(quote.target))}</strong> is cited in {citing.value.length === 1 ? 'the note' : `${citing.value.length} notes`} {joinNames(shown)}. Their
        cards will show it as deleted. You can undo this (Ctrl/⌘+Z in the reader), and the quote stays in the notebook’s trash.
      </p>
    ),
  });
}

/** Deletes a quote (after asking if notes cite it) and offers Undo, which brings it back with the same id. */
export async function deleteQuote(wb: Notifier, quote: Quote): Promise<void> {
  if (!(await confirmCitedDelete(wb, quote))) return;
  const removed = removeQuote(wb, quote).then((gone) => (gone ? quote : null));
  recordPendingChange(`deleting the quote ${quoteWords(quoteText(quote.target))}`, removed, () => restoreQuote(wb, quote));
  if (!(await removed)) return;
  wb.notify(`Deleted the quote ${quoteWords(quoteText(quote.target))}. It stays in the trash.`, 'info', {
    label: 'Undo',
    run: () => void restoreQuote(wb, quote),
  });
}

/** Puts a deleted quote back (Undo); true when it is back. */
export async function restoreQuote(wb: Notifier, quote: Quote): Promise<boolean> {
  const result = await api.quotesRestore({ quote });
  if (!result.ok) {
    wb.reportError(result.error);
    return false;
  }
  updateArticle(quote.articleId, withQuote(result.value));
  wb.selectQuote(result.value.id, { scroll: true });
  wb.refresh('articles', 'info');
  return true;
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
