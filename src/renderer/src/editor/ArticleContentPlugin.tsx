/**
 * Keeps the reader's document equal to the article: whenever the laid-out blocks change, the tree
 * is brought up to date in one update (the store owns the text; the editor only shows it). A new
 * article rebuilds the whole tree; a quote added, moved or removed rebuilds only the blocks whose
 * runs changed.
 */
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import type { LexicalEditor } from 'lexical';
import { useLayoutEffect, useRef } from 'react';
import type { SegmentedBlock } from '../../../shared/text/segments';
import { $updateArticle } from './buildArticle';

export interface ArticleContentPluginProps {
  text: string;
  blocks: readonly SegmentedBlock[];
  /** Called once the new document has been rendered (e.g. to reset scrolling or measure). */
  onRendered?: () => void;
}

export function ArticleContentPlugin({ text, blocks, onRendered }: ArticleContentPluginProps): null {
  const [editor] = useLexicalComposerContext();
  // What the document shows now, to update only what differs.
  const shown = useRef<{ editor: LexicalEditor; text: string; blocks: readonly SegmentedBlock[] } | null>(null);
  useLayoutEffect(() => {
    const before = shown.current?.editor === editor && shown.current.text === text ? shown.current.blocks : null;
    shown.current = { editor, text, blocks };
    editor.update(() => $updateArticle(text, before, blocks), { discrete: true, onUpdate: onRendered });
    // onRendered is a notification only; a new callback must not rebuild the document.
  }, [editor, text, blocks]);
  return null;
}
