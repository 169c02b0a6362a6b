/**
 * What the workspace shows in an article's place while the reader's code (Lexical, about 270 KB)
 * is still on its way: the same quiet "Opening the article…" line the reader shows while the
 * article's data loads, so the two waits look like one. The article is asked for here, so its data
 * and the reader's code arrive together rather than one after the other.
 */
import type { View } from '../../workbench/views';
import { useArticle } from './useArticle';

export function ArticleLoading({ view }: { view: View }) {
  useArticle(view.id);
  return (
    <div className="reader-scroll" role="region" aria-label="Article" aria-busy="true">
      <p className="pane-note reader-loading">Opening the article…</p>
    </div>
  );
}
