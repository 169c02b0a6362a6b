/**
 * The note open in the workspace, for commands run from the palette (which lives outside the
 * editor's React tree). Set by the note editor while it is mounted. It holds what the commands may
 * do rather than the Lexical editor, so the palette does not need Lexical's code to load.
 */

/** What the palette can do in the open note. */
export interface ActiveNote {
  /** Types a picker's trigger ("/quote ", "@") at the caret. */
  typeTrigger: (trigger: string) => void;
}

let current: ActiveNote | null = null;

/** Records (or, with null, forgets) the open note. */
export function setActiveNote(note: ActiveNote | null): void {
  current = note;
}

/** The open note, if there is one. */
export function activeNote(): ActiveNote | null {
  return current;
}
