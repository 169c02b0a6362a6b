/**
 * Asking for an article's details, its deletion or a newer version of its text from anywhere (a
 * library row, the command palette) as a window event; ArticleActionsHost, always mounted, shows
 * the dialogs, and the open article's notices choose the file for a new version.
 */

const EVENT = 'quotebook:article-action';

/** Edit an article's metadata, delete it (after confirmation), or replace its text with a newer version. */
export interface ArticleActionRequest {
  action: 'details' | 'delete' | 'replaceText' | 'correctText';
  id: string;
}

/** Asks for `action` on article `id`. */
export function requestArticleAction(request: ArticleActionRequest): void {
  window.dispatchEvent(new CustomEvent<ArticleActionRequest>(EVENT, { detail: request }));
}

/** Calls `listener` for every request; returns the unsubscribe function. */
export function onArticleAction(listener: (request: ArticleActionRequest) => void): () => void {
  const handler = (event: Event) => listener((event as CustomEvent<ArticleActionRequest>).detail);
  window.addEventListener(EVENT, handler);
  return () => window.removeEventListener(EVENT, handler);
}
