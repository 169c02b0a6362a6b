/** The navigator's Articles section: the library list, opening articles as workspace tabs. */
import { useCallback } from 'react';
import { useWorkbench } from '../../workbench/WorkbenchContext';
import { LibraryPane } from './LibraryPane';

export function ArticlesSection() {
  const { articles, firstArticles, active, openView, refresh } = useWorkbench();
  const onOpen = useCallback((id: string) => openView({ kind: 'article', id }), [openView]);
  const onRefresh = useCallback(() => refresh('articles', 'info'), [refresh]);
  // The review queue is the suggestions feature's view; the library only names the articles (all of them, or those its filter lists).
  const onReview = useCallback(
    (ids: readonly string[]) => openView({ kind: 'reviewQueue', id: ids.length === articles.value?.length ? 'all' : ids.join(',') }),
    [openView, articles.value],
  );
  return (
    <LibraryPane
      articles={articles.value}
      first={firstArticles}
      loading={articles.loading}
      error={articles.error}
      openId={active?.kind === 'article' ? active.id : null}
      onOpen={onOpen}
      onRefresh={onRefresh}
      onReview={onReview}
    />
  );
}
