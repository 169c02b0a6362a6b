/**
 * Small behaviours of the note editor: quotes dropped onto the text become cards where they are
 * dropped; cards and mentions selected with the keyboard are highlighted (Enter opens a card's
 * article); citations queued for this note are inserted; the word count is kept.
 */
import { caretFromPoint } from '@lexical/clipboard';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import {
  $getNearestNodeFromDOMNode,
  $getRoot,
  $getPreviousSelection,
  $getSelection,
  $isRangeSelection,
  $isElementNode,
  $isNodeSelection,
  $isTextNode,
  BEFORE_INPUT_COMMAND,
  COMMAND_PRIORITY_HIGH,
  CONTROLLED_TEXT_INSERTION_COMMAND,
  COMMAND_PRIORITY_LOW,
  DRAGOVER_COMMAND,
  DROP_COMMAND,
  KEY_ENTER_COMMAND,
  type LexicalEditor,
} from 'lexical';
import { useEffect, useRef, useState } from 'react';
import { $isActorMentionNode } from '../../../../../shared/editor/ActorMentionNode';
import { $appendQuoteCard, $insertQuoteCard } from '../../../../../shared/editor/noteCommands';
import { $isQuoteCardNode, QuoteCardNode } from '../../../../../shared/editor/QuoteCardNode';
import { countWords } from '../../../../../shared/editor/noteContent';
import { onCitationQueued, takeCitations } from '../pendingCitations';
import { isQuoteDrag, readQuoteDrag } from '../quoteDrag';
import { idleThrottle } from './idle';

/** Puts the caret where the pointer is, so the card lands where the quote was dropped. */
function $selectAtPoint(editor: LexicalEditor, x: number, y: number): void {
  const caret = caretFromPoint(x, y, editor.getRootElement());
  const node = caret ? $getNearestNodeFromDOMNode(caret.node) : null;
  if ($isTextNode(node)) node.select(caret!.offset, caret!.offset);
  else if ($isElementNode(node) && node.getKey() !== 'root') node.selectEnd();
  else $getRoot().selectEnd();
}

export function DropQuotePlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      mergeRegister(
        editor.registerCommand(
          DRAGOVER_COMMAND,
          (event) => {
            if (!isQuoteDrag(event.dataTransfer)) return false;
            event.preventDefault();
            event.dataTransfer!.dropEffect = 'copy';
            return true;
          },
          COMMAND_PRIORITY_HIGH,
        ),
        editor.registerCommand(
          DROP_COMMAND,
          (event) => {
            const quote = readQuoteDrag(event.dataTransfer);
            if (!quote) return false;
            event.preventDefault();
            editor.update(() => {
              $selectAtPoint(editor, event.clientX, event.clientY);
              $insertQuoteCard(quote.quoteId, quote.citedText);
            });
            return true;
          },
          COMMAND_PRIORITY_HIGH,
        ),
      ),
    [editor],
  );
  return null;
}

/**
 * Marks selected cards and mentions (one listener for the whole note rather than one per card, so
 * typing in a long note stays cheap) and lets Enter open the selected card's article or the
 * selected mention's actor page.
 */
export function DecoratorSelectionPlugin({ onOpenQuote, onOpenActor }: { onOpenQuote: (quoteId: string) => void; onOpenActor: (actorId: string) => void }) {
  const [editor] = useLexicalComposerContext();
  const open = useRef({ quote: onOpenQuote, actor: onOpenActor });
  open.current = { quote: onOpenQuote, actor: onOpenActor };
  useEffect(() => {
    let marked = new Set<string>();
    return mergeRegister(
      editor.registerUpdateListener(({ editorState }) => {
        const keys = editorState.read(() => {
          const selection = $getSelection();
          return $isNodeSelection(selection) ? selection.getNodes().filter((n) => $isQuoteCardNode(n) || $isActorMentionNode(n)).map((n) => n.getKey()) : [];
        });
        if (keys.length === 0 && marked.size === 0) return;
        const next = new Set(keys);
        for (const key of marked) if (!next.has(key)) editor.getElementByKey(key)?.classList.remove('is-selected');
        for (const key of next) editor.getElementByKey(key)?.classList.add('is-selected');
        marked = next;
      }),
      editor.registerCommand(
        KEY_ENTER_COMMAND,
        (event) => {
          const target = editor.getEditorState().read(() => {
            const selection = $getSelection();
            const nodes = $isNodeSelection(selection) ? selection.getNodes() : [];
            const node = nodes.length === 1 ? nodes[0] : null;
            if ($isQuoteCardNode(node)) return { kind: 'quote' as const, id: node.getQuoteId() };
            if ($isActorMentionNode(node)) return { kind: 'actor' as const, id: node.getActorId() };
            return null;
          });
          if (!target) return false;
          event?.preventDefault();
          open.current[target.kind](target.id);
          return true;
        },
        COMMAND_PRIORITY_LOW,
      ),
    );
  }, [editor]);
  return null;
}

/** Inserts the citations queued for this note (from "Cite in note" or a drop on the Notes list). */
export function PendingCitationsPlugin({ noteId }: { noteId: string }) {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    const insert = () => {
      // A live note is read-only until its text has arrived: cite into the real text, not before it.
      if (!editor.isEditable()) return;
      const quotes = takeCitations(noteId);
      if (!quotes.length) return;
      let lastKey = '';
      editor.update(
        () => {
          // Where the analyst was writing, if anywhere; otherwise at the end of the note.
          const caret = $getSelection() ?? $getPreviousSelection();
          for (const q of quotes) lastKey = ($isRangeSelection(caret) ? $insertQuoteCard(q.quoteId, q.citedText) : $appendQuoteCard(q.quoteId, q.citedText)).getKey();
        },
        { onUpdate: () => editor.getElementByKey(lastKey)?.scrollIntoView({ block: 'center', behavior: 'smooth' }) },
      );
    };
    insert();
    return mergeRegister(
      onCitationQueued(insert),
      editor.registerEditableListener((editable) => {
        if (editable) insert();
      }),
    );
  }, [editor, noteId]);
  return null;
}

/**
 * Types plain characters through Lexical instead of the browser's own editing. The browser's
 * insertion (Chromium's TypingCommand) re-lays out the whole editable area, and a note full of
 * cards makes that the slowest part of a keystroke; Lexical's controlled insertion touches only the
 * one text node. Composition (IME), line breaks, replacements and anything unusual keep the default.
 */
export function FastTypingPlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      editor.registerCommand(
        BEFORE_INPUT_COMMAND,
        (event) => {
          const data = event.data;
          if (event.inputType !== 'insertText' || !data || data.length > 4 || /[\r\n]/.test(data) || editor.isComposing()) return false;
          const selection = $getSelection();
          if (!$isRangeSelection(selection) || !selection.isCollapsed() || selection.anchor.type !== 'text') return false;
          const node = selection.anchor.getNode();
          if (!$isTextNode(node) || !node.isSimpleText()) return false;
          event.preventDefault();
          editor.dispatchCommand(CONTROLLED_TEXT_INSERTION_COMMAND, data);
          return true;
        },
        COMMAND_PRIORITY_HIGH,
      ),
    [editor],
  );
  return null;
}

export interface NoteStats {
  words: number;
  cards: number;
}

/** Words the analyst wrote and cards cited, recounted in idle time while typing goes on. */
export function useNoteStats(): NoteStats {
  const [editor] = useLexicalComposerContext();
  const [stats, setStats] = useState<NoteStats>({ words: 0, cards: 0 });
  useEffect(() => {
    const count = () => {
      const next = editor.getEditorState().read(() => {
        let words = 0;
        let cards = 0;
        for (const node of $getRoot().getChildren()) {
          if (node instanceof QuoteCardNode) cards++;
          else words += countWords(node.getTextContent());
        }
        return { words, cards };
      });
      setStats((s) => (s.words === next.words && s.cards === next.cards ? s : next));
    };
    count();
    const recount = idleThrottle(count, 300);
    const unregister = editor.registerUpdateListener(({ dirtyElements, dirtyLeaves }) => {
      if (dirtyElements.size || dirtyLeaves.size) recount.schedule();
    });
    return () => {
      unregister();
      recount.cancel();
    };
  }, [editor]);
  return stats;
}
