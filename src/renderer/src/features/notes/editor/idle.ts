/**
 * Work that may wait (drafts, counts, the outline) runs when the browser is idle, so it never
 * delays the paint of a keystroke. `timeout` bounds the wait when the page is never idle.
 */

/** Runs `work` in an idle period (within `timeout` ms); returns a function that cancels it. */
export function whenIdle(work: () => void, timeout: number): () => void {
  if (typeof window.requestIdleCallback === 'function') {
    const id = window.requestIdleCallback(() => work(), { timeout });
    return () => window.cancelIdleCallback(id);
  }
  const id = window.setTimeout(work, Math.min(timeout, 200));
  return () => window.clearTimeout(id);
}

/**
 * A task that runs at most once per `interval` ms while changes keep coming, always in an idle
 * period, and once more after the last change. `now` runs it at once (cancelling a pending run).
 */
export function idleThrottle(work: () => void, interval: number): { schedule: () => void; now: () => void; cancel: () => void } {
  let cancel: (() => void) | null = null;
  let last = 0;
  const run = () => {
    cancel = null;
    last = performance.now();
    work();
  };
  return {
    schedule() {
      if (cancel) return;
      const wait = Math.max(0, interval - (performance.now() - last));
      let idleCancel: (() => void) | null = null;
      const timer = window.setTimeout(() => (idleCancel = whenIdle(run, interval)), wait);
      cancel = () => {
        window.clearTimeout(timer);
        idleCancel?.();
      };
    },
    now() {
      cancel?.();
      run();
    },
    cancel() {
      cancel?.();
      cancel = null;
    },
  };
}
