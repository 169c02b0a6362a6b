/**
 * Names found in an article's text, for the actor pickers. Finding them takes up to a hundred
 * milliseconds on a 20,000-word article, so it is done in idle time after the article opens, off
 * the path of any key (the first Q in an article used to wait for it), and remembered for the
 * last few texts.
 */
import { useEffect, useState } from 'react';
import { namesInText, type NameInText } from '../../../../shared/text/names';

const cache = new Map<string, readonly NameInText[]>();
const KEEP = 4;
const NONE: readonly NameInText[] = [];

/** The names in `text`, computed once per text. */
export function articleNames(text: string): readonly NameInText[] {
  const names = cache.get(text) ?? namesInText(text);
  cache.delete(text);
  cache.set(text, names);
  if (cache.size > KEEP) cache.delete(cache.keys().next().value!);
  return names;
}

/** Runs `task` when the page is idle (within a second even when it never is). */
function whenIdle(task: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(task, { timeout: 1000 });
    return () => cancelIdleCallback(handle);
  }
  const handle = setTimeout(task, 50);
  return () => clearTimeout(handle);
}

/**
 * The names in `text`: those already found, else none at first and the names once they have been
 * found in idle time (the pickers then offer them; until then they offer the notebook's actors).
 */
export function useArticleNames(text: string | undefined): readonly NameInText[] {
  const [found, setFound] = useState<{ text: string; names: readonly NameInText[] } | null>(null);
  const known = text === undefined ? NONE : text === found?.text ? found.names : cache.get(text);
  useEffect(() => {
    if (text === undefined || known) return;
    return whenIdle(() => setFound({ text, names: articleNames(text) }));
  }, [text, known]);
  return known ?? NONE;
}
