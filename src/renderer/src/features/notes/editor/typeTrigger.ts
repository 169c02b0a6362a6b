/** Typing a picker's trigger into a note, for the toolbar's buttons and the palette's commands. */
import { $getRoot, $getSelection, $isRangeSelection, type LexicalEditor } from 'lexical';

/** Types `trigger` ("/quote ", "@") at the caret, with a space before it when needed, to open its picker. */
export function typeTrigger(editor: LexicalEditor, trigger: string): void {
  editor.update(
    () => {
      // Without a caret (the note was never clicked), the trigger goes at the end of the note.
      const selection = $isRangeSelection($getSelection()) ? $getSelection() : $getRoot().selectEnd();
      if (!$isRangeSelection(selection)) return;
      const before = selection.anchor.getNode().getTextContent().slice(0, selection.anchor.offset);
      selection.insertText(`${before && !/\s$/.test(before) ? ' ' : ''}${trigger}`);
    },
    { onUpdate: () => editor.focus() },
  );
}
