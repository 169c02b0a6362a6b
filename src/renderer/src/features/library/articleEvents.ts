/**
 * Asking for an article's details or its deletion from anywhere (a library row, the command
 * palette) as a window event; ArticleActionsHost, always mounted, shows the dialog.
 */

const EVENT = 'quotebook:article-action';

/** Edit an article's metadata, or delete it (after confirmation). */
export interface ArticleActionRequest {
  action: 'details' | 'delete';
  id: string;
}

/** Opens the details dialog or the delete confirmation for article `id`. */
export function requestArticleAction(request: ArticleActionRequest): void {
  window.dispatchEvent(new CustomEvent<ArticleActionRequest>(EVENT, { detail: request }));
}

/** Calls `listener` for every request; returns the unsubscribe function. */
export function onArticleAction(listener: (request: ArticleActionRequest) => void): () => void {
  const handler = (event: Event) => listener((event as CustomEvent<ArticleActionRequest>).detail);
  window.addEventListener(EVENT, handler);
  return () => window.removeEventListener(EVENT, handler);
}
