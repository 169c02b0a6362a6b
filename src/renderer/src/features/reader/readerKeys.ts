/**
 * The reader's keyboard: single-letter shortcuts that work anywhere in the window while an
 * article is open (unless the analyst is typing in a field), and the selection keys that work
 * while the reader has the focus. Listed for the analyst in quoteCommands.ts.
 */
import { useEffect, useRef, type KeyboardEvent as ReactKeyboardEvent } from 'react';
import type { EditorField } from '../inspector/focusRequests';

/** True when keys typed at `target` are text (a field, an editor), not shortcuts. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  return target.closest('input, textarea, select, [role="combobox"], [contenteditable="true"]') !== null;
}

export interface WindowKeyActions {
  quoteSelection: () => void;
  stepQuote: (direction: 1 | -1) => void;
  /** Null when no quote is selected. */
  focusField: ((field: EditorField) => void) | null;
  deleteSelected: (() => void) | null;
}

const FIELD_KEYS: Record<string, EditorField> = { s: 'speaker', a: 'about', t: 'tags', c: 'comment' };

/** Installs the window-wide reader shortcuts (Q, J, K, S, A, T, C, Delete) while mounted. */
export function useReaderWindowKeys(actions: WindowKeyActions): void {
  const latest = useRef(actions);
  useEffect(() => {
    latest.current = actions;
  });
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || isTypingTarget(event.target)) return;
      // A dialog (palette, confirmation) owns the keyboard while it is open.
      if (document.querySelector('dialog[open]')) return;
      const { quoteSelection, stepQuote, focusField, deleteSelected } = latest.current;
      const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
      let run: (() => void) | null = null;
      if (key === 'q') run = quoteSelection;
      else if (key === 'j') run = () => stepQuote(1);
      else if (key === 'k') run = () => stepQuote(-1);
      else if (FIELD_KEYS[key] && focusField) run = () => focusField(FIELD_KEYS[key]!);
      else if (key === 'Delete' && deleteSelected) run = deleteSelected;
      if (!run || (event.shiftKey && key !== 'Delete')) return;
      event.preventDefault();
      run();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}

export interface SelectionKeyActions {
  stepSentence: (direction: 1 | -1) => void;
  moveEdge: (edge: 'start' | 'end', direction: 1 | -1) => void;
  clear: () => void;
}

/** The keydown handler for the reader itself: sentence and word selection, Escape to clear. */
export function readerSelectionKeyDown(event: ReactKeyboardEvent, actions: SelectionKeyActions): void {
  if (isTypingTarget(event.target) || event.ctrlKey || event.metaKey) return;
  const { key, altKey, shiftKey } = event;
  let run: (() => void) | null = null;
  if (altKey && !shiftKey && (key === 'ArrowDown' || key === 'ArrowUp')) run = () => actions.stepSentence(key === 'ArrowDown' ? 1 : -1);
  else if (shiftKey && (key === 'ArrowRight' || key === 'ArrowLeft')) run = () => actions.moveEdge(altKey ? 'start' : 'end', key === 'ArrowRight' ? 1 : -1);
  else if (key === 'Escape' && !altKey && !shiftKey && !(window.getSelection()?.isCollapsed ?? true)) run = actions.clear;
  if (!run) return;
  event.preventDefault();
  run();
}
