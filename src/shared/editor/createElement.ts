/**
 * Creating DOM elements from DOM-free code. src/shared is compiled without the DOM library, so the
 * editor's document is reached through Lexical ($getDocument) and described by the little we use.
 */
import { $getDocument, type LexicalNode } from 'lexical';

/** The part of an element that note nodes set. */
export interface ElementLike {
  className: string;
  textContent: string | null;
  readonly dataset: Record<string, string | undefined>;
  setAttribute(name: string, value: string): void;
}

/** The DOM element type Lexical's createDOM expects (whatever the DOM library calls it). */
export type EditorElement = ReturnType<LexicalNode['createDOM']>;

/** Creates an element in the editor's document; only called while the editor renders (never headless). */
export function $createElement(tag: string): ElementLike & EditorElement {
  const document = $getDocument() as unknown as { createElement(tag: string): ElementLike & EditorElement };
  return document.createElement(tag);
}
