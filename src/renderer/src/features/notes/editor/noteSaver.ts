/**
 * When a note is saved, without React or the editor: a moment after typing stops, at once when
 * asked (leaving the note, hiding or closing the window), never two saves at a time, and a change
 * made during a save is saved right after it. Kept apart from AutosavePlugin so the order of
 * saves, including the last one before the window closes, is tested in plain Node.
 */
import type { ApiError, Result } from '../../../../../shared/api/result';
import type { Note } from '../../../../../shared/model';

export type SaveState = 'saved' | 'unsaved' | 'saving' | 'failed';

export interface NoteSaverDeps {
  /** Sends the note as it is now (its latest text and title). */
  send(): Promise<Result<Note>>;
  /** Keeps the unsaved state as a local draft (synchronous: it must survive the page closing). */
  keepDraft(): void;
  removeDraft(): void;
  report(state: SaveState): void;
  onSaved(note: Note): void;
  onError(error: ApiError): void;
  /** After this pause in changes the note is saved; after a failure, the next attempt. */
  delays: { save: number; retry: number };
  setTimer(fn: () => void, ms: number): unknown;
  clearTimer(timer: unknown): void;
}

export interface NoteSaver {
  /** The note changed (typing, the title). */
  changed(): void;
  /** Saves now if anything is unsaved; true when the notebook has the latest state. */
  flush(): Promise<boolean>;
  /** Something is unsaved or being saved. */
  pending(): boolean;
  /** Stops the timers (the note was closed; call flush first). */
  dispose(): void;
}

export function createNoteSaver(deps: NoteSaverDeps): NoteSaver {
  let revision = 0;
  let savedRevision = 0;
  let saving: Promise<void> | null = null;
  let timer: unknown = null;
  let failedBefore = false;

  const stopTimer = () => {
    if (timer !== null) deps.clearTimer(timer);
    timer = null;
  };
  const schedule = (ms: number) => {
    stopTimer();
    timer = deps.setTimer(() => void save(), ms);
  };

  const save = async (): Promise<void> => {
    stopTimer();
    // One save at a time: a second one could reach the notebook first and be overwritten.
    while (saving) await saving;
    if (revision === savedRevision) return;
    const target = revision;
    deps.report('saving');
    saving = deps.send().then((result) => {
      saving = null;
      if (result.ok) {
        failedBefore = false;
        savedRevision = Math.max(savedRevision, target);
        deps.onSaved(result.value);
        if (savedRevision === revision) {
          deps.removeDraft();
          deps.report('saved');
        } else schedule(deps.delays.save);
        return;
      }
      deps.keepDraft();
      deps.report('failed');
      // The same failure again and again would bury the screen in messages: tell once per streak.
      if (!failedBefore) deps.onError(result.error);
      failedBefore = true;
      if (result.error.code !== 'not-found') schedule(deps.delays.retry);
    });
    await saving;
  };

  return {
    changed() {
      revision++;
      deps.report('unsaved');
      schedule(deps.delays.save);
    },
    async flush() {
      if (revision !== savedRevision) deps.keepDraft();
      // Saves until nothing newer is left: a change made while the last save ran is saved too.
      for (let attempt = 0; attempt < 3 && (revision !== savedRevision || saving); attempt++) {
        const before = savedRevision;
        await save();
        if (savedRevision === before && revision !== savedRevision) break; // failed: the draft is kept
      }
      return revision === savedRevision;
    },
    pending: () => revision !== savedRevision || saving !== null,
    dispose: stopTimer,
  };
}

/**
 * Holds the desktop window open while the note still has a save to make, then closes it. In
 * Electron a `beforeunload` that calls preventDefault cancels the close silently (no prompt), so
 * the last save is never cut off by the window going away while an earlier one is in flight. If
 * that save fails, the window stays open with the failure shown; closing again then goes through,
 * the draft being kept on this computer.
 */
export function createCloseGuard(saver: Pick<NoteSaver, 'flush' | 'pending'>, closeWindow: () => void) {
  let heldAfterFailure = false;
  return (event: Pick<BeforeUnloadEvent, 'preventDefault' | 'returnValue'>): void => {
    if (!saver.pending() || heldAfterFailure) return;
    event.preventDefault();
    event.returnValue = '';
    void saver.flush().then((saved) => {
      if (saved) closeWindow();
      else heldAfterFailure = true;
    });
  };
}
