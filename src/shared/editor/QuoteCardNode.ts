/**
 * A quote cited in a note, drawn as a card. The stored JSON (node version 1) is
 *
 *     { "type": "quote-card", "version": 1, "quoteId": "q_…", "citedText": "…" }
 *
 * `quoteId` is the card's only link to the quote: what the card shows (the current words, speaker,
 * article title, outlet and date) is looked up live, so editing the quote updates every card.
 * `citedText` is a copy of the quote's words as last seen, kept so that a card whose quote was
 * deleted can still say what it cited, and so an export can quote it without the notebook.
 *
 * The node is DOM-free (headless code such as the Markdown exporter can register it); how it is
 * drawn in the app comes from the decorator registry (see decorators.ts).
 */
import {
  $applyNodeReplacement,
  DecoratorNode,
  type DOMExportOutput,
  type EditorConfig,
  type LexicalEditor,
  type LexicalNode,
  type LexicalUpdateJSON,
  type NodeKey,
  type SerializedLexicalNode,
} from 'lexical';
import { $createElement, type ElementLike } from './createElement';
import { renderNoteDecorator } from './decorators';
import { cleanId, cleanText } from './jsonFields';
import { QUOTE_CARD_TYPE } from './nodeTypes';

export { QUOTE_CARD_TYPE };

/** Version of the quote card's JSON shape; bump it (and read old ones) when the fields change. */
export const QUOTE_CARD_VERSION = 1;

/** A quote card as stored in a note. */
export interface SerializedQuoteCardNode extends SerializedLexicalNode {
  type: typeof QUOTE_CARD_TYPE;
  quoteId: string;
  citedText: string;
}

/** What a renderer needs to draw a card (plain values, safe to keep after the update ends). */
export interface QuoteCardProps {
  nodeKey: NodeKey;
  quoteId: string;
  citedText: string;
}

/** A block-level card citing one quote by id. */
export class QuoteCardNode extends DecoratorNode<unknown> {
  __quoteId: string;
  __citedText: string;

  static override getType(): string {
    return QUOTE_CARD_TYPE;
  }

  static override clone(node: QuoteCardNode): QuoteCardNode {
    return new QuoteCardNode(node.__quoteId, node.__citedText, node.__key);
  }

  static override importJSON(json: Record<string, unknown>): QuoteCardNode {
    return $createQuoteCardNode('', '').updateFromJSON(json as LexicalUpdateJSON<SerializedQuoteCardNode>);
  }

  constructor(quoteId = '', citedText = '', key?: NodeKey) {
    super(key);
    this.__quoteId = quoteId;
    this.__citedText = citedText;
  }

  /** Reads tolerantly: a hand-edited or damaged file yields an empty id (shown as a missing quote), never a crash. */
  override updateFromJSON(json: LexicalUpdateJSON<SerializedQuoteCardNode>): this {
    return super.updateFromJSON(json).setQuoteId(cleanId(json.quoteId)).setCitedText(cleanText(json.citedText));
  }

  override exportJSON(): SerializedQuoteCardNode {
    return { type: QUOTE_CARD_TYPE, version: QUOTE_CARD_VERSION, quoteId: this.getQuoteId(), citedText: this.getCitedText() };
  }

  getQuoteId(): string {
    return this.getLatest().__quoteId;
  }

  setQuoteId(quoteId: string): this {
    const writable = this.getWritable();
    writable.__quoteId = quoteId;
    return writable;
  }

  getCitedText(): string {
    return this.getLatest().__citedText;
  }

  setCitedText(citedText: string): this {
    if (this.getLatest().__citedText === citedText) return this;
    const writable = this.getWritable();
    writable.__citedText = citedText;
    return writable;
  }

  override createDOM(config: EditorConfig) {
    const element = $createElement('div');
    const className = (config.theme as Record<string, unknown>).quoteCard;
    if (typeof className === 'string') element.className = className;
    element.dataset.quoteId = this.__quoteId;
    return element;
  }

  override updateDOM(prevNode: this, dom: ElementLike): boolean {
    if (prevNode.__quoteId !== this.__quoteId) dom.dataset.quoteId = this.__quoteId;
    return false;
  }

  /** Copied to other applications as a block quote of the cited words. */
  override exportDOM(): DOMExportOutput {
    const element = $createElement('blockquote');
    element.textContent = this.__citedText;
    element.setAttribute('data-quote-id', this.__quoteId);
    return { element };
  }

  override getTextContent(): string {
    return `“${this.__citedText}”\n\n`;
  }

  override isInline(): false {
    return false;
  }

  override decorate(editor: LexicalEditor): unknown {
    const props: QuoteCardProps = { nodeKey: this.__key, quoteId: this.__quoteId, citedText: this.__citedText };
    return renderNoteDecorator(QUOTE_CARD_TYPE, props, editor);
  }
}

/** Creates a card citing `quoteId`; `citedText` is the quote's words now. */
export function $createQuoteCardNode(quoteId: string, citedText: string): QuoteCardNode {
  return $applyNodeReplacement(new QuoteCardNode(quoteId, citedText));
}

/** True when `node` is a quote card. */
export function $isQuoteCardNode(node: LexicalNode | null | undefined): node is QuoteCardNode {
  return node instanceof QuoteCardNode;
}
