/** The inspector beside an open article: its quotes in reading order. */
import { useCallback, useMemo } from 'react';
import type { View } from '../../workbench/views';
import { useWorkbench } from '../../workbench/WorkbenchContext';
import { InspectorPane } from '../inspector/InspectorPane';
import { useArticleLooks } from './ArticleView';
import { inReadingOrder } from './quoteLooks';
import { useArticle } from './useArticle';

export function ArticleInspector({ view }: { view: View }) {
  const { selection, selectQuote } = useWorkbench();
  const article = useArticle(view.id);
  const quotes = useMemo(() => (article.value ? inReadingOrder(article.value.quotes) : undefined), [article.value]);
  const looks = useArticleLooks(article.value?.quotes);
  const onSelectQuote = useCallback((quoteId: string) => selectQuote(quoteId, { scroll: true }), [selectQuote]);
  return <InspectorPane quotes={quotes} looks={looks} selectedQuoteId={selection.quoteId} onSelectQuote={onSelectQuote} />;
}
