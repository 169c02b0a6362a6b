/**
 * The keyboard for suggestions, anywhere in the window while an article is open (unless the
 * analyst is typing or a dialog is open): Enter accepts the selected suggestion, Delete (or
 * Backspace) rejects it, E changes its speaker, Shift+S asks for suggestions.
 */
import { useEffect, useRef } from 'react';
import { useWorkbench } from '../../workbench/WorkbenchContext';
import { isTypingTarget } from '../reader/readerKeys';
import { acceptSuggestions, isSuggestionId, rejectSuggestions, runSuggest, useSuggestions } from './suggestionStore';

export interface SuggestionKeyActions {
  /** Null when no suggestion is selected. */
  accept: (() => void) | null;
  reject: (() => void) | null;
  edit: (() => void) | null;
  suggest: () => void;
}

const speakerEditListeners = new Set<() => void>();

/** Asks the selected suggestion's editor to focus its speaker field. */
export function requestSpeakerEdit(): void {
  for (const listener of speakerEditListeners) listener();
}

/** Calls `listener` on every request while subscribed. */
export function onSpeakerEditRequest(listener: () => void): () => void {
  speakerEditListeners.add(listener);
  return () => speakerEditListeners.delete(listener);
}

/** Installs the suggestion shortcuts while mounted. */
export function useSuggestionKeys(actions: SuggestionKeyActions): void {
  const latest = useRef(actions);
  useEffect(() => {
    latest.current = actions;
  });
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || isTypingTarget(event.target)) return;
      if (document.querySelector('dialog[open]')) return;
      // A focused button or link acts on its own Enter.
      if (event.target instanceof HTMLElement && event.target.closest('button, a[href], summary')) return;
      const { accept, reject, edit, suggest } = latest.current;
      let run: (() => void) | null = null;
      if (event.key === 'S' && event.shiftKey) run = suggest;
      else if (event.shiftKey) return;
      else if (event.key === 'Enter') run = accept;
      else if (event.key === 'Delete' || event.key === 'Backspace') run = reject;
      else if (event.key === 'e' || event.key === 'E') run = edit;
      if (!run) return;
      event.preventDefault();
      run();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
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
    suggest: () => void runSuggest(articleId, wb),
  });
}
