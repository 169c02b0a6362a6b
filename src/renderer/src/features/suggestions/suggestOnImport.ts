/**
 * "Suggest on import": an article imported on its own (one file, or pasted or dropped text) opens
 * with its suggested quotes already shown, as dashed highlights to accept or reject. Nothing is
 * saved until the analyst accepts. On by default; an analyst coding by hand (say, for an
 * agreement study) turns it off in the Suggestions section.
 */
import { readStored } from '../../ui/usePersistentState';

const KEY = 'suggestOnImport';
const acceptFlag = (value: unknown) => (typeof value === 'boolean' ? value : null);

export const suggestOnImport = (): boolean => readStored(KEY, true, acceptFlag);

export function setSuggestOnImport(on: boolean): void {
  try {
    window.localStorage.setItem(`quotebook.${KEY}`, JSON.stringify(on));
  } catch {
    // Storage full or disabled: the preference simply is not remembered.
  }
}
