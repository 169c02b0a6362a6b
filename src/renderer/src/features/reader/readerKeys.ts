/**
 * The reader's keyboard: single-letter shortcuts that work anywhere in the window while an
 * article is open (unless the analyst is typing in a field), and the selection keys that work
 * while the reader has the focus. Listed for the analyst in quoteCommands.ts.
 */
import { useEffect, useRef, type KeyboardEvent as ReactKeyboardEvent } from 'react';
import { isTypingTarget, useWindowShortcuts } from '../../ui/useWindowShortcuts';
import type { EditorField } from '../inspector/focusRequests';

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
  useWindowShortcuts((event) => {
    const { quoteSelection, stepQuote, focusField, deleteSelected } = actions;
    const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
    if (event.shiftKey && key !== 'Delete') return null;
    if (key === 'q') return quoteSelection;
    if (key === 'j') return () => stepQuote(1);
    if (key === 'k') return () => stepQuote(-1);
    if (FIELD_KEYS[key] && focusField) return () => focusField(FIELD_KEYS[key]!);
    if (key === 'Delete' && deleteSelected) return deleteSelected;
    return null;
  });
}

/**
 * Ctrl/Cmd+Z while an article is open undoes the last quote change, unless the analyst is typing
 * in a text field (which has its own undo) or a dialog is open.
 */
export function useReaderUndoKey(undo: () => void): void {
  const latest = useRef(undo);
  useEffect(() => {
    latest.current = undo;
  });
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || !(event.ctrlKey || event.metaKey) || event.shiftKey || event.altKey || event.key.toLowerCase() !== 'z') return;
      // A kind picked a moment ago leaves the focus on its radio button: that is no text field.
      const choice = event.target instanceof HTMLInputElement && (event.target.type === 'radio' || event.target.type === 'checkbox');
      if ((!choice && isTypingTarget(event.target)) || document.querySelector('dialog[open]')) return;
      event.preventDefault();
      latest.current();
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
