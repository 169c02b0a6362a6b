/**
 * The keyboard for suggestions, anywhere in the window while an article is open (unless the
 * analyst is typing or a dialog is open): Enter accepts the selected suggestion, Delete (or
 * Backspace) rejects it, E changes its speaker, O whom it is about, Shift+S asks for suggestions.
 */
import { useWorkbench } from '../../workbench/WorkbenchContext';
import { useWindowShortcuts } from '../../ui/useWindowShortcuts';
import { acceptSuggestions, isSuggestionId, rejectSuggestions, runSuggest, useSuggestions } from './suggestionStore';

export interface SuggestionKeyActions {
  /** Null when no suggestion is selected. */
  accept: (() => void) | null;
  reject: (() => void) | null;
  edit: (() => void) | null;
  /** Null when no suggestion is selected. */
  editAbout: (() => void) | null;
  suggest: () => void;
}

/** The fields of a selected suggestion the keyboard can jump to: E the speaker, O whom it is about. */
export type SuggestionField = 'speaker' | 'about';

const fieldListeners = new Set<(field: SuggestionField) => void>();

/** Asks the selected suggestion's editor to focus one of its fields. */
export function requestFieldEdit(field: SuggestionField): void {
  for (const listener of fieldListeners) listener(field);
}

/** Asks the selected suggestion's editor to focus its speaker field. */
export const requestSpeakerEdit = (): void => requestFieldEdit('speaker');
/** Asks the selected suggestion's editor to focus its about field. */
export const requestAboutEdit = (): void => requestFieldEdit('about');

/** Calls `listener` on every request while subscribed. */
export function onFieldEditRequest(listener: (field: SuggestionField) => void): () => void {
  fieldListeners.add(listener);
  return () => fieldListeners.delete(listener);
}

/** Installs the suggestion shortcuts while mounted. */
export function useSuggestionKeys(actions: SuggestionKeyActions): void {
  useWindowShortcuts((event) => {
    // A focused button or link acts on its own Enter.
    if (event.target instanceof HTMLElement && event.target.closest('button, a[href], summary')) return null;
    const { accept, reject, edit, editAbout, suggest } = actions;
    if (event.key === 'S' && event.shiftKey) return suggest;
    if (event.shiftKey) return null;
    if (event.key === 'Enter') return accept;
    if (event.key === 'Delete' || event.key === 'Backspace') return reject;
    if (event.key === 'e' || event.key === 'E') return edit;
    if (event.key === 'o' || event.key === 'O') return editAbout;
    return null;
  });
}

/** The suggestion shortcuts for the article open in the reader. */
export function useSuggestionShortcuts(articleId: string): void {
  const wb = useWorkbench();
  const { items } = useSuggestions(articleId);
  const id = isSuggestionId(wb.selection.quoteId) && items.some((s) => s.id === wb.selection.quoteId) ? wb.selection.quoteId : null;
  const writable = !(wb.info.value?.readOnly ?? false);
  useSuggestionKeys({
    accept: id && writable ? () => void acceptSuggestions(articleId, [id], wb) : null,
    reject: id && writable ? () => void rejectSuggestions(articleId, [id], wb) : null,
    edit: id ? requestSpeakerEdit : null,
    editAbout: id ? requestAboutEdit : null,
    suggest: () => void runSuggest(articleId, wb),
  });
}
