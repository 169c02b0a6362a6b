/**
 * An @-mention of an actor inside a note's text. The stored JSON (node version 1) is
 *
 *     { "type": "actor-mention", "version": 1, "actorId": "act_…", "text": "NATO" }
 *
 * `actorId` is the link: the mention shows the actor's current name, so a rename shows up in
 * every note. `text` is the name as last seen (without the "@"), kept for exports made without the
 * notebook and for a mention whose actor was deleted.
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
import { ACTOR_MENTION_TYPE } from './nodeTypes';

export { ACTOR_MENTION_TYPE };

/** Version of the mention's JSON shape. */
export const ACTOR_MENTION_VERSION = 1;

/** An actor mention as stored in a note. */
export interface SerializedActorMentionNode extends SerializedLexicalNode {
  type: typeof ACTOR_MENTION_TYPE;
  actorId: string;
  text: string;
}

/** What a renderer needs to draw a mention. */
export interface ActorMentionProps {
  nodeKey: NodeKey;
  actorId: string;
  text: string;
}

/** An inline mention of one actor by id. */
export class ActorMentionNode extends DecoratorNode<unknown> {
  __actorId: string;
  __text: string;

  static override getType(): string {
    return ACTOR_MENTION_TYPE;
  }

  static override clone(node: ActorMentionNode): ActorMentionNode {
    return new ActorMentionNode(node.__actorId, node.__text, node.__key);
  }

  static override importJSON(json: Record<string, unknown>): ActorMentionNode {
    return $createActorMentionNode('', '').updateFromJSON(json as LexicalUpdateJSON<SerializedActorMentionNode>);
  }

  constructor(actorId = '', text = '', key?: NodeKey) {
    super(key);
    this.__actorId = actorId;
    this.__text = text;
  }

  override updateFromJSON(json: LexicalUpdateJSON<SerializedActorMentionNode>): this {
    return super.updateFromJSON(json).setActorId(cleanId(json.actorId)).setText(cleanText(json.text, 300));
  }

  override exportJSON(): SerializedActorMentionNode {
    return { type: ACTOR_MENTION_TYPE, version: ACTOR_MENTION_VERSION, actorId: this.getActorId(), text: this.getText() };
  }

  getActorId(): string {
    return this.getLatest().__actorId;
  }

  setActorId(actorId: string): this {
    const writable = this.getWritable();
    writable.__actorId = actorId;
    return writable;
  }

  /** The actor's name when the mention was last shown. */
  getText(): string {
    return this.getLatest().__text;
  }

  setText(text: string): this {
    if (this.getLatest().__text === text) return this;
    const writable = this.getWritable();
    writable.__text = text;
    return writable;
  }

  override createDOM(config: EditorConfig) {
    const element = $createElement('span');
    const className = (config.theme as Record<string, unknown>).actorMention;
    if (typeof className === 'string') element.className = className;
    element.dataset.actorId = this.__actorId;
    return element;
  }

  override updateDOM(prevNode: this, dom: ElementLike): boolean {
    if (prevNode.__actorId !== this.__actorId) dom.dataset.actorId = this.__actorId;
    return false;
  }

  override exportDOM(): DOMExportOutput {
    const element = $createElement('span');
    element.textContent = `@${this.__text}`;
    element.setAttribute('data-actor-id', this.__actorId);
    return { element };
  }

  override getTextContent(): string {
    return `@${this.__text}`;
  }

  override isInline(): true {
    return true;
  }

  override decorate(editor: LexicalEditor): unknown {
    const props: ActorMentionProps = { nodeKey: this.__key, actorId: this.__actorId, text: this.__text };
    return renderNoteDecorator(ACTOR_MENTION_TYPE, props, editor);
  }
}

/** Creates a mention of `actorId`, whose name is `text` now. */
export function $createActorMentionNode(actorId: string, text: string): ActorMentionNode {
  return $applyNodeReplacement(new ActorMentionNode(actorId, text));
}

/** True when `node` is an actor mention. */
export function $isActorMentionNode(node: LexicalNode | null | undefined): node is ActorMentionNode {
  return node instanceof ActorMentionNode;
}
