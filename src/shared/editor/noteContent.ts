/**
 * Reading a stored note without an editor: what it cites and mentions (for backlinks), a plain-text
 * preview (for the notes list and its search), and making a note from a newer or damaged file
 * loadable. Works on the JSON alone, so main can use it without Lexical or a DOM.
 */
import { ACTOR_MENTION_TYPE, NOTE_NODE_TYPES, QUOTE_CARD_TYPE } from './nodeTypes';

/** A serialized node as found in a note file: only `type` is trusted to exist. */
interface JsonNode {
  type: string;
  children?: unknown;
  [field: string]: unknown;
}

const isNode = (value: unknown): value is JsonNode =>
  typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';

const childrenOf = (node: JsonNode): JsonNode[] => (Array.isArray(node.children) ? node.children.filter(isNode) : []);

/** Deeper than any note a person writes; a damaged file must not overflow the stack of the recursive readers. */
const MAX_DEPTH = 100;

/** What a note refers to: quote id → number of cards, actor id → number of mentions. */
export interface NoteReferences {
  quotes: Map<string, number>;
  actors: Map<string, number>;
}

/** Counts the quote cards and actor mentions in a note, by id. */
export function noteReferences(content: Record<string, unknown>): NoteReferences {
  const refs: NoteReferences = { quotes: new Map(), actors: new Map() };
  const bump = (map: Map<string, number>, id: unknown) => {
    if (typeof id === 'string' && id) map.set(id, (map.get(id) ?? 0) + 1);
  };
  walk(content.root, (node) => {
    if (node.type === QUOTE_CARD_TYPE) bump(refs.quotes, node.quoteId);
    else if (node.type === ACTOR_MENTION_TYPE) bump(refs.actors, node.actorId);
  });
  return refs;
}

/** The note's own words (headings, paragraphs, lists; mentions as @Name; cards left out), one block per line. */
export function notePlainText(content: Record<string, unknown>, maxLength = Infinity): string {
  const lines: string[] = [];
  let length = 0;
  const blockText = (node: JsonNode): string => {
    if (node.type === 'text' && typeof node.text === 'string') return node.text;
    if (node.type === 'linebreak') return ' ';
    if (node.type === ACTOR_MENTION_TYPE) return `@${typeof node.text === 'string' ? node.text : ''}`;
    return childrenOf(node).map(blockText).join('');
  };
  const visitBlocks = (node: JsonNode, depth: number) => {
    if (length >= maxLength || depth > MAX_DEPTH) return;
    for (const child of childrenOf(node)) {
      if (child.type === QUOTE_CARD_TYPE) continue;
      if (child.type === 'list' || child.type === 'root') visitBlocks(child, depth + 1);
      else if (child.type === 'listitem' && childrenOf(child).some((c) => c.type === 'list')) {
        lines.push(childrenOf(child).filter((c) => c.type !== 'list').map(blockText).join(''));
        for (const nested of childrenOf(child).filter((c) => c.type === 'list')) visitBlocks(nested, depth + 1);
      } else {
        const line = blockText(child).trim();
        if (line) {
          lines.push(line);
          length += line.length + 1;
        }
      }
    }
  };
  if (isNode(content.root)) visitBlocks(content.root, 0);
  const text = lines.join('\n');
  return text.length > maxLength ? `${text.slice(0, maxLength).trimEnd()}…` : text;
}

/** Words in a text: runs of letters or digits (with inner apostrophes or hyphens), in any script. */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}

/**
 * A copy of `content` that the note editor can load: node types it does not know (written by a
 * newer Quotebook, or damaged) become plain text or paragraphs instead of failing the whole note.
 * Returns the copy and how many nodes had to be changed.
 */
export function makeNoteLoadable(content: Record<string, unknown>): { content: Record<string, unknown>; replaced: number } {
  let replaced = 0;
  const fix = (node: JsonNode, parentType: string, depth: number): JsonNode[] => {
    if (depth > MAX_DEPTH) {
      replaced++;
      return [];
    }
    if (NOTE_NODE_TYPES.has(node.type)) {
      if (!Array.isArray(node.children)) return [node];
      const children = childrenOf(node).flatMap((child) => fix(child, node.type, depth + 1));
      return [{ ...node, children }];
    }
    replaced++;
    if (typeof node.text === 'string') {
      const text = { type: 'text', version: 1, text: node.text, format: 0, style: '', mode: 'normal', detail: 0 };
      return parentType === 'root' ? [paragraph([text])] : [text];
    }
    const children = childrenOf(node).flatMap((child) => fix(child, parentType, depth + 1));
    // A top-level block must be an element: inline leftovers are wrapped in a paragraph.
    if (parentType === 'root' && children.some((c) => !isBlock(c))) return [paragraph(children)];
    return children;
  };
  const root = isNode(content.root) && content.root.type === 'root' ? content.root : null;
  if (!root) return { content: { root: { type: 'root', version: 1, direction: null, format: '', indent: 0, children: [paragraph([])] } }, replaced: 1 };
  const [fixedRoot] = fix(root, '', 0);
  const children = childrenOf(fixedRoot!);
  return { content: { ...content, root: { ...fixedRoot, children: children.length ? children : [paragraph([])] } }, replaced };
}

const BLOCK_TYPES = new Set(['paragraph', 'heading', 'quote', 'list', QUOTE_CARD_TYPE]);
const isBlock = (node: JsonNode) => BLOCK_TYPES.has(node.type);

function paragraph(children: unknown[]): JsonNode {
  return { type: 'paragraph', version: 1, direction: null, format: '', indent: 0, textFormat: 0, textStyle: '', children };
}

/** Visits every node, iteratively: a file nested thousands deep is read to the bottom, not cut off. */
function walk(value: unknown, visit: (node: JsonNode) => void): void {
  const stack = isNode(value) ? [value] : [];
  while (stack.length) {
    const node = stack.pop()!;
    visit(node);
    stack.push(...childrenOf(node).reverse());
  }
}
