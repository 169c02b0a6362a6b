/**
 * Every TextNode of the reader remembers where its text starts in the article's `text`, so a
 * selection (or a click) can be turned back into article offsets without re-deriving the layout.
 */
import { $getState, $isTextNode, $setState, createState, type LexicalNode, type TextNode } from 'lexical';

/** Start offset (UTF-16) of a reader TextNode in the article's text; -1 when unknown. */
export const articleOffsetState = createState('articleOffset', {
  parse: (value) => (typeof value === 'number' && Number.isInteger(value) ? value : -1),
});

/** Records where `node`'s text starts in the article. */
export function $setArticleOffset<T extends TextNode>(node: T, offset: number): T {
  return $setState(node, articleOffsetState, offset);
}

/** The article offset of `offset` characters into `node`, or null when the node has no offset. */
export function $articleOffsetAt(node: LexicalNode, offset: number): number | null {
  if (!$isTextNode(node)) return null;
  const start = $getState(node, articleOffsetState);
  return start < 0 ? null : start + offset;
}
