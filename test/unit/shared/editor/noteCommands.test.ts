/** Inserting cards and mentions, and keeping their cached words in step, in a headless note editor. */
import { describe, expect, it } from 'vitest';
import { $createParagraphNode, $createTextNode, $getRoot, type LexicalEditor } from 'lexical';
import {
  $appendQuoteCard,
  $syncActorMentions,
  $syncQuoteCards,
  createHeadlessNoteEditor,
  INSERT_ACTOR_MENTION_COMMAND,
  INSERT_QUOTE_CARD_COMMAND,
} from '../../../../src/shared/editor';

/** The note as a reader sees it: one line per block, cards as [card id]. */
function outline(editor: LexicalEditor): string[] {
  return editor.getEditorState().read(() =>
    $getRoot()
      .getChildren()
      .map((node) => (node.getType() === 'quote-card' ? `[card ${(node as unknown as { getQuoteId(): string }).getQuoteId()}]` : node.getTextContent())),
  );
}

function editorWith(text: string, caret: number): LexicalEditor {
  const editor = createHeadlessNoteEditor();
  editor.update(
    () => {
      const t = $createTextNode(text);
      $getRoot().append($createParagraphNode().append(t));
      t.select(caret, caret);
    },
    { discrete: true },
  );
  return editor;
}

describe('note commands', () => {
  it('inserts a card at the caret, splitting the paragraph around it', () => {
    const editor = editorWith('before after', 7);
    editor.update(() => void editor.dispatchCommand(INSERT_QUOTE_CARD_COMMAND, { quoteId: 'q_1', citedText: 'words' }), { discrete: true });
    expect(outline(editor)).toEqual(['before ', '[card q_1]', 'after']);
  });

  it('inserts a card after a paragraph when the caret is at its end, leaving a place to keep writing', () => {
    const editor = editorWith('my assessment', 13);
    editor.update(() => void editor.dispatchCommand(INSERT_QUOTE_CARD_COMMAND, { quoteId: 'q_1', citedText: 'words' }), { discrete: true });
    const lines = outline(editor);
    expect(lines.slice(0, 2)).toEqual(['my assessment', '[card q_1]']);
    editor.update(() => void editor.dispatchCommand(INSERT_ACTOR_MENTION_COMMAND, { actorId: 'act_1', text: 'NATO' }), { discrete: true });
    expect(outline(editor).slice(0, 3)).toEqual(['my assessment', '[card q_1]', '@NATO ']);
  });

  it('puts a card in place of the empty paragraph the caret is in, keeping a paragraph to write on', () => {
    const editor = editorWith('intro', 5);
    editor.update(() => void $getRoot().append($createParagraphNode().append($createTextNode('outro'))), { discrete: true });
    editor.update(
      () => {
        const empty = $createParagraphNode();
        $getRoot().getFirstChildOrThrow().insertAfter(empty);
        empty.select();
      },
      { discrete: true },
    );
    editor.update(() => void editor.dispatchCommand(INSERT_QUOTE_CARD_COMMAND, { quoteId: 'q_1', citedText: 'words' }), { discrete: true });
    expect(outline(editor)).toEqual(['intro', '[card q_1]', '', 'outro']);
    editor.update(() => void editor.dispatchCommand(INSERT_ACTOR_MENTION_COMMAND, { actorId: 'a', text: 'NATO' }), { discrete: true });
    expect(outline(editor)).toEqual(['intro', '[card q_1]', '@NATO ', 'outro']);
  });

  it('appends a card at the end, taking the place of an empty last paragraph', () => {
    const editor = editorWith('text', 0);
    editor.update(() => void $getRoot().append($createParagraphNode()), { discrete: true });
    editor.update(() => void $appendQuoteCard('q_9', 'nine'), { discrete: true });
    expect(outline(editor)).toEqual(['text', '[card q_9]', '']);
  });

  it('inserts a mention followed by a space, with the caret after it', () => {
    const editor = editorWith('Ask  now', 4);
    editor.update(() => void editor.dispatchCommand(INSERT_ACTOR_MENTION_COMMAND, { actorId: 'act_1', text: 'NATO' }), { discrete: true });
    editor.update(() => $getRoot().getLastDescendant()?.selectEnd(), { discrete: true });
    expect(outline(editor)).toEqual(['Ask @NATO  now']);
  });

  it('refreshes cached words and names from the notebook, leaving those it has no news of', () => {
    const editor = createHeadlessNoteEditor();
    editor.update(
      () => {
        $appendQuoteCard('q_1', 'old words');
        $appendQuoteCard('q_gone', 'deleted words');
        const first = $createParagraphNode();
        $getRoot().getFirstChildOrThrow().insertBefore(first);
        first.select();
      },
      { discrete: true },
    );
    editor.update(() => void editor.dispatchCommand(INSERT_ACTOR_MENTION_COMMAND, { actorId: 'act_1', text: 'Old name' }), { discrete: true });
    let changed = 0;
    editor.update(
      () => {
        changed = $syncQuoteCards(new Map([['q_1', 'new words']])) + $syncActorMentions(new Map([['act_1', 'New name']]));
      },
      { discrete: true },
    );
    expect(changed).toBe(2);
    const json = JSON.stringify(editor.getEditorState().toJSON());
    expect(json).toContain('"citedText":"new words"');
    expect(json).toContain('"citedText":"deleted words"');
    expect(json).toContain('"text":"New name"');
  });
});
