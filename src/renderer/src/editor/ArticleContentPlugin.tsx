/**
 * Keeps the reader's document equal to the article: whenever the laid-out blocks change, the
 * whole tree is rebuilt in one update (the store owns the text; the editor only shows it).
 */
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useLayoutEffect } from 'react';
import type { SegmentedBlock } from '../../../shared/text/segments';
import { $replaceWithArticle } from './buildArticle';

export interface ArticleContentPluginProps {
  text: string;
  blocks: readonly SegmentedBlock[];
  /** Called once the new document has been rendered (e.g. to reset scrolling or measure). */
  onRendered?: () => void;
}

export function ArticleContentPlugin({ text, blocks, onRendered }: ArticleContentPluginProps): null {
  const [editor] = useLexicalComposerContext();
  useLayoutEffect(() => {
    editor.update(() => $replaceWithArticle(text, blocks), { discrete: true, onUpdate: onRendered });
    // onRendered is a notification only; a new callback must not rebuild the document.
  }, [editor, text, blocks]);
  return null;
}
