/**
 * Every node a note may contain, and a headless note editor built from them. The app's editor,
 * the Markdown exporter and the tests all register this one list, so a note that opens in the app
 * also parses on the command line.
 *
 * Besides the two nodes of ours (`quote-card`, `actor-mention`), a note holds Lexical's own
 * `root`, `paragraph`, `text`, `linebreak`, `heading` (tag h1–h3), `quote` (a block quote of the
 * analyst's own), `list` (listType bullet | number), `listitem` and `link` (url: http, https or
 * mailto only — see linkUrl.ts).
 */
import { createHeadlessEditor } from '@lexical/headless';
import { LinkNode } from '@lexical/link';
import { ListItemNode, ListNode } from '@lexical/list';
import { HeadingNode, QuoteNode } from '@lexical/rich-text';
import type { Klass, LexicalEditor, LexicalNode } from 'lexical';
import { ActorMentionNode } from './ActorMentionNode';
import { registerNoteCommands } from './noteCommands';
import { QuoteCardNode } from './QuoteCardNode';
import { NOTE_NODE_TYPES } from './nodeTypes';

/** The node classes of a note, beyond Lexical's built-in paragraph, text and line break. */
export const NOTE_NODES: Klass<LexicalNode>[] = [HeadingNode, QuoteNode, ListNode, ListItemNode, LinkNode, QuoteCardNode, ActorMentionNode];

export { NOTE_NODE_TYPES };

/** The Lexical namespace of note editors (Lexical's clipboard format only pastes within one namespace). */
export const NOTE_NAMESPACE = 'quotebook-note';

/** A note with one empty paragraph: what "New note" saves. */
export function emptyNoteContent(): Record<string, unknown> {
  return {
    root: {
      type: 'root',
      version: 1,
      direction: null,
      format: '',
      indent: 0,
      children: [{ type: 'paragraph', version: 1, direction: null, format: '', indent: 0, textFormat: 0, textStyle: '', children: [] }],
    },
  };
}

/** True when `content` looks like a serialized editor state (has a root node with children). */
export function isNoteContent(content: unknown): content is { root: { type: 'root'; children: unknown[] } } {
  if (typeof content !== 'object' || content === null) return false;
  const root = (content as { root?: unknown }).root;
  return typeof root === 'object' && root !== null && (root as { type?: unknown }).type === 'root' && Array.isArray((root as { children?: unknown }).children);
}

/** A headless editor that knows every note node and command (for export, the CLI and tests). */
export function createHeadlessNoteEditor(onError: (error: Error) => void = (error) => { throw error; }): LexicalEditor {
  const editor = createHeadlessEditor({ namespace: NOTE_NAMESPACE, nodes: NOTE_NODES, onError });
  registerNoteCommands(editor);
  return editor;
}

/** Loads a stored note into a headless editor; content that is not an editor state gives an empty note. */
export function loadNoteContent(editor: LexicalEditor, content: Record<string, unknown>): void {
  const state = editor.parseEditorState(JSON.stringify(isNoteContent(content) ? content : emptyNoteContent()));
  editor.setEditorState(state);
}
