/**
 * The note editor: rich text (headings, block quotes), lists, links limited to http/https/mailto,
 * undo history, Markdown shortcuts while typing, quote cards and actor mentions, and pasting that
 * goes through the import sanitiser.
 */
import { HistoryExtension } from '@lexical/history';
import { LinkExtension } from '@lexical/link';
import { ListExtension } from '@lexical/list';
import {
  BOLD_STAR,
  BOLD_UNDERSCORE,
  HEADING,
  INLINE_CODE,
  ITALIC_STAR,
  ITALIC_UNDERSCORE,
  ORDERED_LIST,
  QUOTE,
  registerMarkdownShortcuts,
  UNORDERED_LIST,
  type ElementTransformer,
  type Transformer,
} from '@lexical/markdown';
import { RichTextExtension } from '@lexical/rich-text';
import { mergeRegister } from '@lexical/utils';
import { configExtension, defineExtension } from 'lexical';
import { ActorMentionNode } from '../../../../../shared/editor/ActorMentionNode';
import { isSafeLinkUrl } from '../../../../../shared/editor/linkUrl';
import { registerNoteCommands } from '../../../../../shared/editor/noteCommands';
import { NOTE_NAMESPACE } from '../../../../../shared/editor/noteNodes';
import { QuoteCardNode } from '../../../../../shared/editor/QuoteCardNode';
import { noteTheme } from './noteTheme';
import { registerSanitisedPaste } from './pasteSanitiser';

/** "# ", "## " and "### " make headings; a note has three heading levels, as its toolbar offers. */
const HEADING_1_TO_3: ElementTransformer = { ...HEADING, regExp: /^(#{1,3})\s/ };

/** What typing Markdown does: headings, "> " quotes, "- "/"1. " lists, `code`, **bold**, *italic*. */
export const NOTE_MARKDOWN_SHORTCUTS: Transformer[] = [
  HEADING_1_TO_3,
  QUOTE,
  UNORDERED_LIST,
  ORDERED_LIST,
  INLINE_CODE,
  BOLD_STAR,
  BOLD_UNDERSCORE,
  ITALIC_STAR,
  ITALIC_UNDERSCORE,
];

/** Update tag for changes the editor makes by itself (refreshing cached words): not the analyst's edits. */
export const SYNC_TAG = 'quotebook-sync';

export interface NoteExtensionOptions {
  /** The stored note content, already made loadable; null when the text comes from the live note. */
  initialContent: Record<string, unknown> | null;
  onError: (error: Error) => void;
}

/** Builds the extension for one note; keep the result stable (the composer re-creates the editor when it changes). */
export function createNoteExtension({ initialContent, onError }: NoteExtensionOptions) {
  return defineExtension({
    name: '@quotebook/note',
    namespace: NOTE_NAMESPACE,
    // A live note's undo history is the collaboration's own (it undoes only this window's edits).
    dependencies: [RichTextExtension, ListExtension, ...(initialContent ? [HistoryExtension] : []), configExtension(LinkExtension, { validateUrl: isSafeLinkUrl })],
    nodes: [QuoteCardNode, ActorMentionNode],
    theme: noteTheme,
    $initialEditorState: initialContent ? JSON.stringify(initialContent) : null,
    // A live note starts read-only: anything written before the owner's text arrives (a citation
    // queued by "Cite in note…", a keystroke) would be replaced by that text. LiveNotePlugin makes
    // it editable once the first exchange is done.
    editable: initialContent !== null,
    onError,
    register: (editor) =>
      mergeRegister(registerNoteCommands(editor), registerMarkdownShortcuts(editor, NOTE_MARKDOWN_SHORTCUTS), registerSanitisedPaste(editor)),
  });
}
