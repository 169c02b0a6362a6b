/** What the toolbar shows as active for the caret's position: block style, inline formats, link, undo. */
import { $isLinkNode } from '@lexical/link';
import { $isListNode, ListNode } from '@lexical/list';
import { $isHeadingNode, $isQuoteNode } from '@lexical/rich-text';
import { $findMatchingParent, $getNearestNodeOfType } from '@lexical/utils';
import { $getSelection, $isRangeSelection, $isRootOrShadowRoot, type LexicalNode } from 'lexical';

export type BlockStyle = 'paragraph' | 'h1' | 'h2' | 'h3' | 'quote' | 'bullet' | 'number';

export interface FormatState {
  block: BlockStyle;
  bold: boolean;
  italic: boolean;
  underline: boolean;
  code: boolean;
  /** The URL of the link the caret is in, if any. */
  link: string | null;
}

export const NO_FORMAT: FormatState = { block: 'paragraph', bold: false, italic: false, underline: false, code: false, link: null };

function blockOf(node: LexicalNode): BlockStyle {
  const list = $getNearestNodeOfType(node, ListNode);
  if (list) return list.getListType() === 'number' ? 'number' : 'bullet';
  const top = node.getKey() === 'root' ? null : $findMatchingParent(node, (n) => n.getParent() !== null && $isRootOrShadowRoot(n.getParent()));
  if ($isHeadingNode(top)) {
    const tag = top.getTag();
    return tag === 'h1' || tag === 'h2' ? tag : 'h3';
  }
  if ($isQuoteNode(top)) return 'quote';
  if ($isListNode(top)) return top.getListType() === 'number' ? 'number' : 'bullet';
  return 'paragraph';
}

/** Reads the format state of the current selection; call inside editor.read / an update listener. */
export function $readFormatState(): FormatState {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return NO_FORMAT;
  const anchor = selection.anchor.getNode();
  const link = $findMatchingParent(anchor, $isLinkNode);
  return {
    block: blockOf(anchor),
    bold: selection.hasFormat('bold'),
    italic: selection.hasFormat('italic'),
    underline: selection.hasFormat('underline'),
    code: selection.hasFormat('code'),
    link: $isLinkNode(link) ? link.getURL() : null,
  };
}

/** True when both states would draw the same toolbar. */
export function sameFormat(a: FormatState, b: FormatState): boolean {
  return a.block === b.block && a.bold === b.bold && a.italic === b.italic && a.underline === b.underline && a.code === b.code && a.link === b.link;
}
