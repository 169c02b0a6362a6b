/**
 * The colour theme: follow the system (default) or a manual choice, remembered across runs and
 * applied as `data-theme` on <html>, which switches every light-dark() token at once.
 */
import { useEffect } from 'react';
import { readStored, usePersistentState } from './usePersistentState';

export type ThemeChoice = 'system' | 'light' | 'dark';

const CHOICES: readonly ThemeChoice[] = ['system', 'light', 'dark'];
const accept = (value: unknown): ThemeChoice | null => (CHOICES.includes(value as ThemeChoice) ? (value as ThemeChoice) : null);

/** Applies a choice to the document. */
export function applyTheme(choice: ThemeChoice): void {
  if (choice === 'system') document.documentElement.removeAttribute('data-theme');
  else document.documentElement.setAttribute('data-theme', choice);
}

/** Applies the remembered theme before React renders, so the first paint has the right colours. */
export function applyStoredTheme(): void {
  applyTheme(readStored<ThemeChoice>('theme', 'system', accept));
}

/** The next choice in the toggle's cycle. */
export function nextTheme(choice: ThemeChoice): ThemeChoice {
  return CHOICES[(CHOICES.indexOf(choice) + 1) % CHOICES.length]!;
}

/** The current theme choice and a setter; the document follows it. */
export function useTheme(): [ThemeChoice, (choice: ThemeChoice) => void] {
  const [choice, setChoice] = usePersistentState<ThemeChoice>('theme', 'system', accept);
  useEffect(() => applyTheme(choice), [choice]);
  return [choice, setChoice];
}
