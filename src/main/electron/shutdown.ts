/**
 * Ending the app without losing work. The notebook is closed exactly once, whichever way the app
 * ends: a normal quit (`will-quit`, held back until the close is done), Windows' shutdown, restart
 * or log-off (`session-end` on a window: before-quit and will-quit never fire then), or the system
 * shutting down on Linux and macOS (powerMonitor `shutdown`). Closing waits for the work the
 * window started (an import arriving, a note being saved), then for the store's queued writes,
 * then releases `.lock`, so the next start does not find a lock left behind.
 */
import type { PendingWork } from './pendingWork';
import { unsavedSummary } from './pendingWork';

export interface ShutdownDeps {
  pending: PendingWork;
  /** Closes the notebook: waits for its queued writes and releases its lock. */
  closeNotebook(): Promise<void>;
  /** Something is still running at a normal quit: true to keep waiting, false to quit without it. */
  askToWait(summary: string): Promise<boolean>;
  /** Tells the user what was not saved (a dialog at a normal quit, the log when the system ends). */
  report(title: string, message: string): void;
  /** How long to wait for running work before asking (normal quit) or giving up (system ending). */
  waitMs: { quit: number; systemEnding: number };
}

export interface Shutdown {
  /** The one close of the notebook; `interactive` is false when the system is ending and no dialog can wait. */
  close(interactive: boolean): Promise<void>;
  readonly done: boolean;
}

export function createShutdown(deps: ShutdownDeps): Shutdown {
  let closing: Promise<void> | null = null;
  let done = false;

  const run = async (interactive: boolean): Promise<void> => {
    deps.pending.stopAccepting();
    let abandoned: string | null = null;
    for (;;) {
      if (await deps.pending.settle(interactive ? deps.waitMs.quit : deps.waitMs.systemEnding)) break;
      const summary = unsavedSummary(deps.pending.unfinished());
      if (!summary) break;
      if (!interactive || !(await deps.askToWait(summary))) {
        abandoned = summary;
        break;
      }
    }
    try {
      await deps.closeNotebook();
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      deps.report('Quotebook could not finish saving', `${detail}\n\nEvery file in the notebook is as it was after its last complete save.`);
    }
    if (abandoned) deps.report('Quotebook quit before this was saved', `${abandoned}\n\nNone of it was saved; do it again after restarting Quotebook.`);
  };

  return {
    close(interactive) {
      closing ??= run(interactive).finally(() => {
        done = true;
      });
      return closing;
    },
    get done() {
      return done;
    },
  };
}
