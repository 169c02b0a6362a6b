/**
 * Reading a note's content (serialized Lexical editor state) without an editor: the exporters
 * and the scope logic only need to walk the JSON tree, which keeps them usable from the CLI.
 */
import { ACTOR_MENTION_TYPE, QUOTE_CARD_TYPE } from '../editor/nodeTypes';

/** A serialized Lexical node as stored in a note; fields beyond `type` depend on the node. */
export interface SerializedNode {
  type: string;
  children?: SerializedNode[];
  [field: string]: unknown;
}

/**
 * The note node types that hold only ids (DESIGN.md: what they show is looked up live), as the
 * notes editor defines them (src/shared/editor/nodeTypes.ts), with the field holding the id.
 */
export const NOTE_REFERENCE_NODES = {
  quoteCard: { type: QUOTE_CARD_TYPE, field: 'quoteId' },
  actorMention: { type: ACTOR_MENTION_TYPE, field: 'actorId' },
} as const;

type ReferenceKind = keyof typeof NOTE_REFERENCE_NODES;

/** Which kind of reference `node` is (quote card or actor mention), if any. */
export function referenceKind(node: SerializedNode): ReferenceKind | null {
  for (const kind of Object.keys(NOTE_REFERENCE_NODES) as ReferenceKind[]) {
    const { type, field } = NOTE_REFERENCE_NODES[kind];
    if (node.type === type && typeof node[field] === 'string' && node[field] !== '') return kind;
  }
  return null;
}

/** The id a reference node points at. */
export function referenceId(node: SerializedNode, kind: ReferenceKind): string {
  return node[NOTE_REFERENCE_NODES[kind].field] as string;
}

/** True when `value` looks like a serialized node (an object with a string `type`). */
export function isSerializedNode(value: unknown): value is SerializedNode {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
}

/** The children of a node that are themselves nodes (anything else is ignored, not trusted). */
export function childNodes(node: SerializedNode): SerializedNode[] {
  return Array.isArray(node.children) ? node.children.filter(isSerializedNode) : [];
}

/** The root node of a note's content, or null when the content is not an editor state. */
export function noteRoot(content: Record<string, unknown>): SerializedNode | null {
  const root = content.root;
  return isSerializedNode(root) ? root : null;
}

/**
 * Every node under `node` (itself included) in document order. Iterative, so a hand-edited or
 * damaged file nested thousands deep is read to the bottom instead of overflowing the stack.
 */
export function nodesInOrder(node: SerializedNode): SerializedNode[] {
  const out: SerializedNode[] = [];
  const stack = [node];
  while (stack.length) {
    const next = stack.pop()!;
    out.push(next);
    const children = childNodes(next);
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  return out;
}

/** Ids a note refers to, each once, in the order they first appear. */
export function noteReferences(content: Record<string, unknown>): { quoteIds: string[]; actorIds: string[] } {
  const found = { quoteCard: new Set<string>(), actorMention: new Set<string>() };
  const root = noteRoot(content);
  for (const node of root ? nodesInOrder(root) : []) {
    const kind = referenceKind(node);
    if (kind) found[kind].add(referenceId(node, kind));
  }
  return { quoteIds: [...found.quoteCard], actorIds: [...found.actorMention] };
}
