/**
 * "Show these words of that article": a search hit asks, the reader (another feature) answers by
 * scrolling to them and marking them. A request made before the article is open waits for it.
 */
export interface RevealRequest {
  articleId: string;
  /** Where to look from in the article's text (UTF-16 offset). */
  at: number;
  /** The words to mark: the first one found at or after `at`. */
  words: string[];
}

let pending: RevealRequest | null = null;
const listeners = new Set<() => void>();

/** Asks the reader to show words of an article (open the article too: this only reveals). */
export function requestReveal(request: RevealRequest): void {
  pending = request;
  for (const listener of listeners) listener();
}

/** Takes the waiting request for `articleId`, if any. */
export function takeReveal(articleId: string): RevealRequest | null {
  if (!pending || pending.articleId !== articleId) return null;
  const request = pending;
  pending = null;
  return request;
}

/** Calls `listener` when a request arrives; returns the unsubscribe function. */
export function onRevealRequest(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
