/**
 * Gives the keyboard back to the selected suggestion card, after the next frame (the card may
 * re-render first), so A, Enter and Delete act on it again.
 */
export function focusSelectedCard(options?: FocusOptions): void {
  requestAnimationFrame(() => document.querySelector<HTMLElement>('.suggestion-card[aria-selected="true"]')?.focus(options));
}
