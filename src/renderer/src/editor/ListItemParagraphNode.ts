/**
 * A list item of an imported article, shown as a paragraph with a bullet drawn by CSS. The reader
 * is read-only, so this needs none of @lexical/list's editing behaviour; the bullet is not part of
 * the text, which keeps every character's offset equal to its offset in the article.
 */
import { addClassNamesToElement, ParagraphNode, type EditorConfig, type LexicalNode } from 'lexical';

/** Theme key holding the class of list items. */
export const LIST_ITEM_THEME_KEY = 'quotebookListItem';

export class ListItemParagraphNode extends ParagraphNode {
  override $config() {
    return this.config('quotebook-list-item', { extends: ParagraphNode });
  }

  override createDOM(config: EditorConfig): HTMLElement {
    const element = super.createDOM(config);
    addClassNamesToElement(element, config.theme[LIST_ITEM_THEME_KEY]);
    return element;
  }
}

/** Creates a list-item paragraph. */
export function $createListItemParagraphNode(): ListItemParagraphNode {
  return new ListItemParagraphNode();
}

/** True for a list-item paragraph. */
export function $isListItemParagraphNode(node: LexicalNode | null | undefined): node is ListItemParagraphNode {
  return node instanceof ListItemParagraphNode;
}
