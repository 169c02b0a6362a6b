/**
 * Shows the article dialogs asked for anywhere (library rows, the command palette): details, and
 * the delete confirmation. A deletion can be undone from the message that follows it; the article
 * also stays in the notebook's trash.
 */
import { useCallback, useEffect, useState } from 'react';
import { api } from '../../api';
import { useWorkbench } from '../../workbench/WorkbenchContext';
import { sameView } from '../../workbench/views';
import { reloadArticle } from '../reader/useArticle';
import { onArticleAction, type ArticleActionRequest } from './articleEvents';
import { lazyComponent } from '../../ui/lazyComponent';

// Drawn only when asked for: loaded on first use (or in idle time after start), not with the first screen.
const ArticleDetailsDialog = lazyComponent(() => import('./ArticleDetailsDialog').then((m) => m.ArticleDetailsDialog), null);
const DeleteArticleDialog = lazyComponent(() => import('./DeleteArticleDialog').then((m) => m.DeleteArticleDialog), null);

export function ArticleActionsHost() {
  const { articles, tabs, refresh, openView, closeView, notify, reportError } = useWorkbench();
  const [request, setRequest] = useState<ArticleActionRequest | null>(null);
  // A new version of the text is chosen by the open article itself (ArticleNotices).
  useEffect(() => onArticleAction((r) => r.action !== 'replaceText' && r.action !== 'correctText' && setRequest(r)), []);
  const article = request ? articles.value?.find((a) => a.id === request.id) : undefined;
  const close = useCallback(() => setRequest(null), []);

  const remove = useCallback(async () => {
    if (!article) return;
    setRequest(null);
    const view = { kind: 'article', id: article.id };
    const wasOpen = tabs.some((tab) => sameView(tab, view));
    const result = await api.articlesDelete({ id: article.id });
    if (!result.ok) return reportError(result.error);
    if (wasOpen) closeView(view);
    refresh('articles', 'info');
    notify(`Deleted “${article.title}”.`, 'info', {
      label: 'Undo',
      run: async () => {
        const restored = await api.articlesRestore({ id: article.id });
        if (!restored.ok) return reportError(restored.error);
        refresh('articles', 'info');
        if (wasOpen) openView(view);
      },
    });
  }, [article, tabs, closeView, refresh, notify, reportError, openView]);

  if (!request || !article) return null;
  if (request.action === 'delete') return <DeleteArticleDialog article={article} onConfirm={remove} onClose={close} />;
  return (
    <ArticleDetailsDialog
      article={article}
      onClose={close}
      onSaved={() => {
        setRequest(null);
        refresh('articles');
        reloadArticle(article.id);
        notify('Details saved.', 'info');
      }}
    />
  );
}
