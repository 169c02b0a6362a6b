/**
 * Codebook events between parts of the app that do not contain each other: a command asking the
 * Tags section to start a new tag, and "the codebook changed" so tag counts reload.
 */
type Listener = () => void;

const newTagListeners = new Set<Listener>();
const changeListeners = new Set<Listener>();

/** Asks the Tags section to show its new-tag field (it is shown first if needed). */
export function requestNewTag(): void {
  document.getElementById('nav-tab-tags')?.click();
  // The section mounts on the click; give it a frame before asking.
  requestAnimationFrame(() => newTagListeners.forEach((l) => l()));
}

export function onNewTagRequest(listener: Listener): () => void {
  newTagListeners.add(listener);
  return () => newTagListeners.delete(listener);
}

/** Says that tags or the quotes' tags changed (counts and lists reload). */
export function codebookChanged(): void {
  changeListeners.forEach((l) => l());
}

export function onCodebookChange(listener: Listener): () => void {
  changeListeners.add(listener);
  return () => changeListeners.delete(listener);
}
