/**
 * "Put the keyboard in the search box" from anywhere (the shortcut, the navigator). The search view
 * is loaded on first use, so a request made before it is drawn waits here until it is.
 */
let focusRequested = false;

/** Puts the keyboard in the search box (now, or when the view next appears). */
export function focusSearchBox(): void {
  const box = document.getElementById('search-box');
  if (box) box.focus();
  else focusRequested = true;
}

/** For the search view once drawn: true (once) when the box should take the keyboard. */
export function takeFocusRequest(): boolean {
  const requested = focusRequested;
  focusRequested = false;
  return requested;
}
