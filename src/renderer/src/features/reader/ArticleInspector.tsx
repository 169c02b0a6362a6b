/** The inspector beside an open article: the selected quote's editor and the article's quotes. */
import { useCallback, useMemo } from 'react';
import type { View } from '../../workbench/views';
import { useWorkbench } from '../../workbench/WorkbenchContext';
import { InspectorPane } from '../inspector/InspectorPane';
import type { ArticleInspectorContext } from '../inspector/sections';
import { useArticleNames } from './articleNames';
import { inReadingOrder } from './quoteLooks';
import { useArticleLooks } from './useArticleLooks';
import { useArticle } from './useArticle';

export function ArticleInspector({ view }: { view: View }) {
  const { selection, selectQuote } = useWorkbench();
  const article = useArticle(view.id);
  const data = article.value;
  const quotes = useMemo(() => (data ? inReadingOrder(data.quotes) : []), [data]);
  const looks = useArticleLooks(data?.quotes);
  const onSelectQuote = useCallback((quoteId: string) => selectQuote(quoteId, { scroll: true }), [selectQuote]);
  const names = useArticleNames(data?.article.text);
  const context = useMemo<ArticleInspectorContext | null>(
    () =>
      data
        ? { data, quotes, looks, names, selected: quotes.find((q) => q.id === selection.quoteId) ?? null, selectQuote: onSelectQuote }
        : null,
    [data, quotes, looks, names, selection.quoteId, onSelectQuote],
  );
  return <InspectorPane context={context} />;
}
