/**
 * What a note editor can be asked to do beyond plain rich text: insert a quote card or an actor
 * mention, and keep the cached words and names in step with the notebook. DOM-free, so the same
 * registration serves the app's editor and headless tests.
 */
import { $insertNodeToNearestRoot, mergeRegister } from '@lexical/utils';
import {
  $createTextNode,
  $getRoot,
  $getSelection,
  $isParagraphNode,
  $isRangeSelection,
  $nodesOfType,
  COMMAND_PRIORITY_EDITOR,
  createCommand,
  type LexicalCommand,
  type LexicalEditor,
} from 'lexical';
import { $createActorMentionNode, ActorMentionNode } from './ActorMentionNode';
import { $createQuoteCardNode, QuoteCardNode } from './QuoteCardNode';

/** Inserts a card citing a quote where the caret is (or at the end of the note). */
export const INSERT_QUOTE_CARD_COMMAND: LexicalCommand<{ quoteId: string; citedText: string }> = createCommand('INSERT_QUOTE_CARD_COMMAND');

/** Inserts an @-mention of an actor at the caret, followed by a space. */
export const INSERT_ACTOR_MENTION_COMMAND: LexicalCommand<{ actorId: string; text: string }> = createCommand('INSERT_ACTOR_MENTION_COMMAND');

/**
 * Inserts a quote card at the caret, splitting the paragraph there; at the end when nothing is
 * selected. A caret in an empty paragraph (where "/quote" was typed) gives its place to the card.
 */
export function $insertQuoteCard(quoteId: string, citedText: string): QuoteCardNode {
  const card = $createQuoteCardNode(quoteId, citedText);
  const selection = $getSelection();
  const block = $isRangeSelection(selection) && selection.isCollapsed() ? selection.anchor.getNode().getTopLevelElement() : null;
  if (!$isParagraphNode(block) || block.getTextContentSize() > 0) return $insertNodeToNearestRoot(card);
  block.insertBefore(card);
  // Keep the empty paragraph after the card as the place to write on, unless one is there already.
  const next = block.getNextSibling();
  if ($isParagraphNode(next) && next.getTextContentSize() === 0) {
    block.remove();
    next.selectStart();
  } else block.selectStart();
  return card;
}

/** Appends a quote card at the end of the note, with an empty paragraph after it to keep writing in. */
export function $appendQuoteCard(quoteId: string, citedText: string): QuoteCardNode {
  const root = $getRoot();
  const last = root.getLastChild();
  const card = $createQuoteCardNode(quoteId, citedText);
  // An empty last paragraph is where the analyst would have typed next: the card takes its place.
  if (last && last.getType() === 'paragraph' && last.getTextContentSize() === 0) last.insertBefore(card);
  else root.append(card);
  return card;
}

/** Inserts a mention at the caret; returns false when there is no caret in text. */
export function $insertActorMention(actorId: string, text: string): boolean {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return false;
  const mention = $createActorMentionNode(actorId, text);
  selection.insertNodes([mention]);
  // A space after the mention lets the analyst keep typing a sentence.
  const space = $createTextNode(' ');
  mention.insertAfter(space);
  space.select(1, 1);
  return true;
}

/**
 * Refreshes the words cached in cards from the quotes as they are now (`texts`: quote id → words).
 * Cards whose quote is not in the map keep their words: that is what a deleted quote leaves behind.
 * Returns how many cards changed.
 */
export function $syncQuoteCards(texts: ReadonlyMap<string, string>): number {
  let changed = 0;
  for (const card of $nodesOfType(QuoteCardNode)) {
    const text = texts.get(card.getQuoteId());
    if (text !== undefined && text !== card.getCitedText()) {
      card.setCitedText(text);
      changed++;
    }
  }
  return changed;
}

/** Refreshes the names cached in mentions (`names`: actor id → current name); returns how many changed. */
export function $syncActorMentions(names: ReadonlyMap<string, string>): number {
  let changed = 0;
  for (const mention of $nodesOfType(ActorMentionNode)) {
    const name = names.get(mention.getActorId());
    if (name !== undefined && name !== mention.getText()) {
      mention.setText(name);
      changed++;
    }
  }
  return changed;
}

/** Handles the note commands in `editor`; returns the function that unregisters them. */
export function registerNoteCommands(editor: LexicalEditor): () => void {
  return mergeRegister(
    editor.registerCommand(
      INSERT_QUOTE_CARD_COMMAND,
      ({ quoteId, citedText }) => {
        $insertQuoteCard(quoteId, citedText);
        return true;
      },
      COMMAND_PRIORITY_EDITOR,
    ),
    editor.registerCommand(INSERT_ACTOR_MENTION_COMMAND, ({ actorId, text }) => $insertActorMention(actorId, text), COMMAND_PRIORITY_EDITOR),
  );
}
