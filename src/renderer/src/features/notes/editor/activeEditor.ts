/**
 * The editor of the note open in the workspace, for commands run from the palette (which lives
 * outside the editor's React tree). Set by the note editor while it is mounted.
 */
import { $getRoot, $getSelection, $isRangeSelection, type LexicalEditor } from 'lexical';

let current: LexicalEditor | null = null;

/** Records (or, with null, forgets) the open note's editor. */
export function setActiveNoteEditor(editor: LexicalEditor | null): void {
  current = editor;
}

/** The open note's editor, if a note is open. */
export function activeNoteEditor(): LexicalEditor | null {
  return current;
}

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
