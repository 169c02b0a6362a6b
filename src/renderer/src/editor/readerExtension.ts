/**
 * The article reader's editor: rich-text nodes (headings, block quotes), marks for quotes and
 * list-item paragraphs; read-only but selectable. Defined once at module scope so the composer
 * does not re-create the editor on every render.
 */
import { MarkExtension, MarkNode } from '@lexical/mark';
import { HeadingNode, QuoteNode, RichTextExtension } from '@lexical/rich-text';
import { defineExtension, type EditorThemeClasses, type Klass, type LexicalNode } from 'lexical';
import { LIST_ITEM_THEME_KEY, ListItemParagraphNode } from './ListItemParagraphNode';

/** Class names the reader's CSS styles (see ui/reader.css). */
export const readerTheme: EditorThemeClasses = {
  paragraph: 'rd-p',
  heading: { h2: 'rd-h2', h3: 'rd-h3' },
  quote: 'rd-blockquote',
  mark: 'rd-mark',
  markOverlap: 'rd-mark--overlap',
  [LIST_ITEM_THEME_KEY]: 'rd-li',
};

/** Every node the reader's document may contain (also used by headless tests). */
export const readerNodes: Klass<LexicalNode>[] = [HeadingNode, QuoteNode, MarkNode, ListItemParagraphNode];

/** Builds the reader extension; `onError` reports editor failures to the app's error banner. */
export function createReaderExtension(onError: (error: Error) => void) {
  return defineExtension({
    name: '@quotebook/reader',
    namespace: 'quotebook-reader',
    dependencies: [RichTextExtension, MarkExtension],
    // Heading, quote and mark nodes come with the rich-text and mark extensions.
    nodes: [ListItemParagraphNode],
    theme: readerTheme,
    editable: false,
    onError,
  });
}
