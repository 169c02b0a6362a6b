/**
 * When to refresh the lists after changes made elsewhere. Typing in a live note changes the note
 * with every keystroke, and each refresh re-renders the whole window: refreshing while the analyst
 * types puts that work between two keystrokes. So a batch runs once changes have been quiet for a
 * moment (at most `maxWait` after the first), in an idle period of the page.
 */

/** After this long without a change, the batch runs. */
export const QUIET_MS = 400;
/** A steady stream of changes (a long sync round, long typing) still refreshes this often. */
export const MAX_WAIT_MS = 3000;

export interface QuietBatch {
  /** A change came in: (re)start the wait. */
  schedule: () => void;
  cancel: () => void;
}

/** Runs `work` once changes have been quiet for `quiet` ms (or `maxWait` ms passed), when the page is idle. */
export function quietBatch(work: () => void, { quiet = QUIET_MS, maxWait = MAX_WAIT_MS } = {}): QuietBatch {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let idle: (() => void) | null = null;
  let firstAt = 0;
  const run = () => {
    timer = null;
    firstAt = 0;
    idle = onIdle(() => {
      idle = null;
      work();
    }, quiet);
  };
  return {
    schedule() {
      if (idle) return; // already waiting for an idle period: that run sees this change too
      const now = Date.now();
      firstAt ||= now;
      if (timer) clearTimeout(timer);
      timer = setTimeout(run, Math.max(0, Math.min(quiet, firstAt + maxWait - now)));
    },
    cancel() {
      if (timer) clearTimeout(timer);
      idle?.();
      timer = null;
      idle = null;
      firstAt = 0;
    },
  };
}

function onIdle(work: () => void, timeout: number): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(() => work(), { timeout });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(work, 0);
  return () => clearTimeout(id);
}
