/**
 * The workspace view of one article: the reader with its quotes highlighted, and everything the
 * analyst does there — select text (mouse or keyboard) and mark it as a quote, step through the
 * quotes, attach an orphaned quote to new words, hover a highlight to see who said it.
 */
import type { LexicalEditor } from 'lexical';
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Quote } from '../../../../shared/model';
import type { View } from '../../workbench/views';
import { useWorkbench } from '../../workbench/WorkbenchContext';
import { requestEditorFocus } from '../inspector/focusRequests';
import { ArticleNotices } from './ArticleNotices';
import { MarkHoverCard } from './MarkHoverCard';
import { createQuote, deleteQuote, retargetQuote } from './quoteActions';
import { inReadingOrder, isPlaced } from './quoteLooks';
import { useArticleLooks } from './useArticleLooks';
import { readerSelectionKeyDown, useReaderUndoKey, useReaderWindowKeys } from './readerKeys';
import { undoLastQuoteChange } from './quoteUndo';
import { setReaderHandle } from './readerHandle';
import { ReaderPane } from './ReaderPane';
import { SelectionToolbar } from './SelectionToolbar';
import { useArticle } from './useArticle';
import { useReaderSelection } from './useReaderSelection';
import { useReveal } from './useReveal';
import { afterNextPaint } from '../../ui/afterPaint';
import type { ArticleRange } from '../../editor/articleRanges';
import { useSuggestionOverlay } from '../suggestions/suggestionOverlay';
import { useSuggestionShortcuts } from '../suggestions/suggestionKeys';

export function ArticleView({ view }: { view: View }) {
  const wb = useWorkbench();
  const article = useArticle(view.id);
  const savedLooks = useArticleLooks(article.value?.quotes);
  // Open suggestions are drawn dashed among the saved quotes (they exist only in the page).
  const { opened, looks } = useSuggestionOverlay(view.id, article.value, savedLooks);
  useSuggestionShortcuts(view.id);
  const [editor, setEditor] = useState<LexicalEditor | null>(null);
  const [column, setColumn] = useState<HTMLElement | null>(null);
  const text = article.value?.article.text ?? '';
  const selection = useReaderSelection(editor, column, text);
  useReveal(view.id, editor, column, text);
  const { selectQuote, notify } = wb;

  const quotes = useMemo(() => inReadingOrder(article.value?.quotes ?? []), [article.value]);
  const selected: Quote | undefined = quotes.find((q) => q.id === wb.selection.quoteId);
  const onSelectQuote = useCallback((quoteId: string) => selectQuote(quoteId), [selectQuote]);
  const onEditorError = useCallback(
    (error: Error) => notify(`The reader could not show this article (${error.message}). Try opening it again.`),
    [notify],
  );

  const quoteSelection = () => {
    const range = selection.current();
    if (!range) {
      notify('Select the words of the quote first: drag over them, or press Alt+↓ to select a sentence.', 'info');
      return;
    }
    // The new quote is drawn at once, so the selection over its words goes now; they are selected
    // again if the save fails and the quote is taken back.
    selection.clear();
    void createQuote(wb, view.id, { ...range, exact: text.slice(range.start, range.end) }, {}, { onRolledBack: () => reselect(range) });
  };
  // After a failed save: selected once the text is drawn without the quote (selected at once, the
  // words would go with the paragraph the reader rebuilds), and the keyboard back in the text if
  // it was left nowhere (the speaker field it was in went with the quote).
  const reselect = (range: ArticleRange) =>
    void afterNextPaint().then(() => {
      if (!document.activeElement || document.activeElement === document.body) column?.querySelector<HTMLElement>('.reader-text')?.focus({ preventScroll: true });
      selection.select(range);
    });
  const stepQuote = (direction: 1 | -1) => {
    const placed = quotes.filter(isPlaced);
    if (placed.length === 0) return;
    const index = placed.findIndex((q) => q.id === selected?.id);
    const next = index === -1 ? (direction > 0 ? 0 : placed.length - 1) : Math.min(placed.length - 1, Math.max(0, index + direction));
    selectQuote(placed[next]!.id, { scroll: true });
  };
  // An orphan (or an approximate placement) can be moved onto the words the analyst selects.
  const attachable = selected && selected.anchorStatus ? selected : undefined;
  const attach = attachable && {
    label: attachable.anchorStatus === 'orphaned' ? 'Attach the orphaned quote here' : 'Move the selected quote here',
    run: () => {
      const range = selection.current();
      if (range) void retargetQuote(wb, attachable, { ...range, exact: text.slice(range.start, range.end) }).then((quote) => quote && selection.clear());
    },
  };

  useReaderWindowKeys({
    quoteSelection,
    stepQuote,
    focusField: selected ? requestEditorFocus : null,
    deleteSelected: selected ? () => void deleteQuote(wb, selected) : null,
  });

  useReaderUndoKey(() =>
    void undoLastQuoteChange().then((what) => wb.notify(what ? `Undid ${what}.` : 'There is no quote change to undo.', 'info')),
  );

  useEffect(
    () =>
      setReaderHandle({
        articleId: view.id,
        selection: selection.current,
        quoteSelection,
        stepSentence: selection.stepSentence,
        moveEdge: selection.moveEdge,
        stepQuote,
        focus: () => column?.closest<HTMLElement>('[data-scroll-container]')?.focus(),
      }),
  );

  const scroller = column?.closest<HTMLElement>('[data-scroll-container]');
  const visibleTop = scroller && column ? scroller.getBoundingClientRect().top - column.getBoundingClientRect().top : 0;
  return (
    <ReaderPane
      opened={opened}
      openId={view.id}
      loading={article.loading}
      error={article.error}
      hasArticles
      looks={looks}
      selectedQuoteId={wb.selection.quoteId}
      scrollRequest={wb.selection.scrollRequest}
      onSelectQuote={onSelectQuote}
      onRetry={article.reload}
      onEditorError={onEditorError}
      columnRef={setColumn}
      onEditor={setEditor}
      onReaderKeyDown={(event) => readerSelectionKeyDown(event, selection)}
      headerExtras={article.value && <ArticleNotices article={article.value} />}
      overlay={
        <>
          {selection.pending && <SelectionToolbar pending={selection.pending} visibleTop={visibleTop} onQuote={quoteSelection} attach={attach} />}
          <MarkHoverCard column={column} looks={looks} />
        </>
      }
    />
  );
}
