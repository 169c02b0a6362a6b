/**
 * The right-click menu of the window. Chromium shows none by itself in Electron, so without this
 * an analyst cannot paste into a note with the mouse or fix a misspelling. The template is a pure
 * function of what was clicked, so every case is tested without an Electron binary.
 */
import type { ContextMenuParams, MenuItemConstructorOptions } from 'electron';

/** The part of Electron's context-menu parameters the menu depends on. */
export type ClickedThing = Pick<ContextMenuParams, 'isEditable' | 'selectionText' | 'misspelledWord' | 'dictionarySuggestions' | 'editFlags'>;

/** What the menu's own items do, bound to the window's webContents by the caller. */
export interface ContextMenuActions {
  replaceMisspelling(word: string): void;
  addToDictionary(word: string): void;
  /** macOS's dictionary panel for the selection. */
  lookUp(): void;
}

/** Suggestions beyond the first few are rarely the right one and make the menu long. */
const MAX_SUGGESTIONS = 5;
/** The selection as the menu quotes it, shortened so a long selection does not stretch the menu. */
const LOOK_UP_LABEL_CHARS = 24;

function quoted(text: string): string {
  const one = text.trim().replace(/\s+/g, ' ');
  return one.length > LOOK_UP_LABEL_CHARS ? `${one.slice(0, LOOK_UP_LABEL_CHARS - 1)}…` : one;
}

/** The items for a right-click on `clicked`; empty when there is nothing to offer (no menu then). */
export function contextMenuTemplate(clicked: ClickedThing, actions: ContextMenuActions, platform: NodeJS.Platform): MenuItemConstructorOptions[] {
  const groups: MenuItemConstructorOptions[][] = [];
  const misspelled = clicked.isEditable ? clicked.misspelledWord : '';

  if (misspelled) {
    const suggestions = clicked.dictionarySuggestions.slice(0, MAX_SUGGESTIONS);
    groups.push([
      ...(suggestions.length
        ? suggestions.map((word) => ({ label: word, click: () => actions.replaceMisspelling(word) }))
        : [{ label: 'No Guesses Found', enabled: false }]),
      { label: 'Add to Dictionary', click: () => actions.addToDictionary(misspelled) },
    ]);
  }

  const selection = clicked.selectionText.trim();
  if (platform === 'darwin' && selection) {
    groups.push([{ label: `Look Up “${quoted(selection)}”`, click: () => actions.lookUp() }]);
  }

  if (clicked.isEditable) {
    groups.push([
      { role: 'cut', enabled: clicked.editFlags.canCut },
      { role: 'copy', enabled: clicked.editFlags.canCopy },
      { role: 'paste', enabled: clicked.editFlags.canPaste },
      { type: 'separator' },
      { role: 'selectAll', enabled: clicked.editFlags.canSelectAll },
    ]);
  } else if (selection) {
    // The article reader: its text can be selected and copied, never changed.
    groups.push([{ role: 'copy', enabled: clicked.editFlags.canCopy }]);
  }

  return groups.flatMap((group, index) => (index === 0 ? group : [{ type: 'separator' as const }, ...group]));
}
