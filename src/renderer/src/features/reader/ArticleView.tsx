/** The workspace view of one article: the reader with its quotes highlighted. */
import { useCallback, useMemo } from 'react';
import type { Actor } from '../../../../shared/model';
import type { View } from '../../workbench/views';
import { useWorkbench } from '../../workbench/WorkbenchContext';
import { inReadingOrder, quoteLooks } from './quoteLooks';
import { ReaderPane } from './ReaderPane';
import { useArticle } from './useArticle';

export function ArticleView({ view }: { view: View }) {
  const wb = useWorkbench();
  const article = useArticle(view.id);
  const looks = useArticleLooks(article.value?.quotes);
  const { selectQuote, notify } = wb;
  const onSelectQuote = useCallback((quoteId: string) => selectQuote(quoteId), [selectQuote]);
  const onEditorError = useCallback(
    (error: Error) => notify(`The reader could not show this article (${error.message}). Try opening it again.`),
    [notify],
  );
  return (
    <ReaderPane
      opened={article.value}
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
    />
  );
}

/** Speaker colours and labels for an article's quotes, from the notebook's actors. */
export function useArticleLooks(quotes: Parameters<typeof inReadingOrder>[0] | undefined) {
  const { actors } = useWorkbench();
  const actorsById = useMemo(() => new Map<string, Actor>((actors.value ?? []).map((a) => [a.id, a])), [actors.value]);
  return useMemo(() => quoteLooks(quotes ? inReadingOrder(quotes) : [], actorsById), [quotes, actorsById]);
}
