/**
 * Pasting into a note goes through the same sanitising as importing an article: pasted HTML is
 * parsed inert (DOMParser: no script runs, nothing loads), reduced to text and blocks by the
 * importer's reducer, and only then turned into paragraphs, headings, block quotes and list items.
 * No attribute, style, link or markup of the source survives. Lexical's own clipboard format is
 * accepted only from another note and only with nodes and links a note may hold.
 */
import { $insertGeneratedNodes } from '@lexical/clipboard';
import { $createListItemNode, $createListNode } from '@lexical/list';
import { $createHeadingNode, $createQuoteNode } from '@lexical/rich-text';
import {
  $createLineBreakNode,
  $createParagraphNode,
  $createTextNode,
  $getSelection,
  COMMAND_PRIORITY_HIGH,
  PASTE_COMMAND,
  type ElementNode,
  type LexicalEditor,
  type LexicalNode,
} from 'lexical';
import { isSafeLinkUrl } from '../../../../../shared/editor/linkUrl';
import { NOTE_NAMESPACE } from '../../../../../shared/editor/noteNodes';
import { NOTE_NODE_TYPES } from '../../../../../shared/editor/nodeTypes';
import { reduceDom } from '../../../../../shared/import/domText';
import type { Block } from '../../../../../shared/model';

const LEXICAL_MIME = 'application/x-lexical-editor';

/** True when Lexical clipboard JSON comes from a note and holds only what a note may hold. */
export function isNoteClipboard(json: string): boolean {
  let payload: unknown;
  try {
    payload = JSON.parse(json);
  } catch {
    return false;
  }
  const { namespace, nodes } = (payload ?? {}) as { namespace?: unknown; nodes?: unknown };
  if (namespace !== NOTE_NAMESPACE || !Array.isArray(nodes)) return false;
  const ok = (node: unknown, depth: number): boolean => {
    if (depth > 100 || typeof node !== 'object' || node === null) return false;
    const { type, url, children } = node as { type?: unknown; url?: unknown; children?: unknown };
    if (typeof type !== 'string' || !NOTE_NODE_TYPES.has(type) || type === 'root') return false;
    if (type === 'link' && (typeof url !== 'string' || !isSafeLinkUrl(url))) return false;
    return children === undefined || (Array.isArray(children) && children.every((c) => ok(c, depth + 1)));
  };
  return nodes.every((n) => ok(n, 0));
}

/** Text with its line breaks as Lexical nodes. */
function inline(text: string): LexicalNode[] {
  return text.split('\n').flatMap((line, i): LexicalNode[] => [...(i === 0 ? [] : [$createLineBreakNode()]), ...(line ? [$createTextNode(line)] : [])]);
}

/** Note blocks from a reduced text: headings, paragraphs, block quotes, and list items grouped into lists. */
export function $nodesFromBlocks(text: string, blocks: readonly Block[]): LexicalNode[] {
  const nodes: LexicalNode[] = [];
  let list: ElementNode | null = null;
  for (const block of blocks) {
    const children = inline(text.slice(block.start, block.end));
    if (block.kind === 'listItem') {
      if (!list) nodes.push((list = $createListNode('bullet')));
      list.append($createListItemNode().append(...children));
      continue;
    }
    list = null;
    const element = block.kind === 'heading' ? $createHeadingNode('h2') : block.kind === 'blockquote' ? $createQuoteNode() : $createParagraphNode();
    nodes.push(element.append(...children));
  }
  return nodes;
}

/** Note nodes from pasted HTML, via an inert document and the import reducer. */
export function $nodesFromHtml(html: string): LexicalNode[] {
  const document = new DOMParser().parseFromString(html, 'text/html');
  const { text, blocks } = reduceDom(document.body);
  return $nodesFromBlocks(text, blocks);
}

/** Handles paste in a note: HTML is sanitised, foreign Lexical data is treated as HTML or text. */
export function registerSanitisedPaste(editor: LexicalEditor): () => void {
  return editor.registerCommand(
    PASTE_COMMAND,
    (event) => {
      const data = 'clipboardData' in event ? event.clipboardData : null;
      if (!data) return false;
      const lexical = data.getData(LEXICAL_MIME);
      // Our own format from another note: Lexical's rich-text paste keeps its formatting and cards.
      if (lexical && isNoteClipboard(lexical)) return false;
      const html = data.getData('text/html');
      const plain = data.getData('text/plain');
      if (!html && !lexical) return false; // plain text alone is safe: the default paste inserts it as text
      event.preventDefault();
      editor.update(() => {
        const selection = $getSelection();
        if (!selection) return;
        const nodes = html ? $nodesFromHtml(html) : $nodesFromBlocks(plain, plainBlocks(plain));
        if (nodes.length) $insertGeneratedNodes(editor, nodes, selection);
      });
      return true;
    },
    COMMAND_PRIORITY_HIGH,
  );
}

/** Paragraphs of plain text: separated by blank lines. */
function plainBlocks(plain: string): Block[] {
  const blocks: Block[] = [];
  const pattern = /[^\n](?:[\s\S]*?)(?=\n\s*\n|$)/g;
  for (const match of plain.matchAll(pattern)) {
    const start = match.index;
    const value = match[0].trim();
    if (value) blocks.push({ kind: 'paragraph', start: start + match[0].indexOf(value), end: start + match[0].indexOf(value) + value.length });
  }
  return blocks;
}
