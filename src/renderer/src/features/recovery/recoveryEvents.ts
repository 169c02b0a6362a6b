/** Opening the recovery dialogs (backups, deleted quotes) from the command palette or a banner. */
const EVENT = 'quotebook:recovery';

export type RecoveryDialog = 'backups' | 'trash';

/** Opens "Restore from a backup…" or "Deleted quotes…". */
export function openRecoveryDialog(which: RecoveryDialog): void {
  window.dispatchEvent(new CustomEvent<RecoveryDialog>(EVENT, { detail: which }));
}

/** Calls `listener` whenever a dialog is asked for; returns the unsubscribe function. */
export function onRecoveryRequest(listener: (which: RecoveryDialog) => void): () => void {
  const handler = (event: Event) => listener((event as CustomEvent<RecoveryDialog>).detail);
  window.addEventListener(EVENT, handler);
  return () => window.removeEventListener(EVENT, handler);
}
